/** Flag messages, Chinese first. Each says what the report states and what its own figures give. */
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'unit-suspect': {
    zh: '{label}写作 {raw}{unit}，与报告其他数据不符；按 {raw}{meant} 理解时各项勾稽关系均成立，疑为单位错误。',
    en: '{label} is written {raw} {unit}, which the other figures contradict; read as {raw} {meant}, every check passes: likely a unit slip.',
  },
  'score-above-weight': {
    zh: '指标“{item}”得分 {score} 超过其分值 {weight}。',
    en: 'Item “{item}” is scored {score}, above its weight {weight}.',
  },
  'score-items-vs-total': {
    zh: '评分表合计为 {reported}，但 {items} 项指标得分相加为 {expected}。',
    en: 'The score table total is {reported}, but its {items} item scores add up to {expected}.',
  },
  'score-weights-vs-total': {
    zh: '评分表总分值为 {reported}，但 {items} 项指标分值相加为 {expected}。',
    en: 'The table’s total weight is {reported}, but its {items} item weights add up to {expected}.',
  },
  'score-stated-vs-table': {
    zh: '正文所述自评得分 {reported} 与评分表得分 {expected} 不符。',
    en: 'The self-score stated in the text, {reported}, differs from the score table’s {expected}.',
  },
});
