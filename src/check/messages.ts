/** Flag messages, Chinese first. Each says what the report states and what its own figures give. */
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'unit-suspect': {
    zh: '{label}写作 {raw}{unit}，与报告其他数据不符；按 {raw}{meant} 理解时各项勾稽关系均成立，疑为单位错误。',
    en: '{label} is written {raw} {unit}, which the other figures contradict; read as {raw} {meant}, every check passes: likely a unit slip.',
  },
});
