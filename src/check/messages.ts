/** Flag messages, Chinese first. Each says what the report states and what its own figures give. */
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'ratio-mismatch': {
    zh: '{label}报告为 {reported}，按报告自身数据计算应为 {expected}，扣除四舍五入的误差后仍相差 {margin}。',
    en: '{label} is stated as {reported}; the report’s own figures give {expected}, still {margin} apart once rounding is allowed for.',
  },
  'table-ratio-mismatch': {
    zh: '表中“{row}”的{column}为 {reported}，按同行数据计算应为 {expected}。',
    en: 'Row “{row}”: {column} is {reported}; the row’s own figures give {expected}.',
  },
  'conflicting-mentions': {
    zh: '{label}前后表述不一致：{reported} 与 {expected}，即使考虑四舍五入也不可能同时成立。',
    en: '{label} is stated as {reported} and as {expected}; both cannot be true even allowing for rounding.',
  },
  'sum-mismatch': {
    zh: '{label}为 {reported}，但各组成部分合计为 {expected}。',
    en: '{label} is {reported}, but its parts add up to {expected}.',
  },
  'sum-exceeds': {
    zh: '{label}为 {reported}，但已列明的组成部分合计已达 {expected}，超过总数。',
    en: '{label} is {reported}, but the parts stated already add up to {expected}, more than the whole.',
  },
  'table-sum-mismatch': {
    zh: '表中“{row}”的{column}为 {reported}，但分项合计为 {expected}。',
    en: 'Row “{row}”, column {column}: {reported}, but the items add up to {expected}.',
  },
  'table-sum-exceeds': {
    zh: '表中“{row}”的{column}为 {reported}，但其中所列分项合计 {expected} 已超过该数。',
    en: 'Row “{row}”, column {column}: {reported}, but the listed sub-items already add up to {expected}.',
  },
  'share-mismatch': {
    zh: '{part}“占{whole}”的比例报告为 {reported}，按报告自身数据计算应为 {expected}。',
    en: '{part} is said to be {reported} of “{whole}”; the report’s own figures give {expected}.',
  },
  'difference-mismatch': {
    zh: '所述增减额 {reported} 与报告自身数据计算的 {expected} 不符。',
    en: 'The stated change {reported} does not match {expected} from the report’s own figures.',
  },
  'growth-mismatch': {
    zh: '所述增减幅度 {reported} 与报告自身数据计算的 {expected} 不符。',
    en: 'The stated growth rate {reported} does not match {expected} from the report’s own figures.',
  },
  'unit-suspect': {
    zh: '{label}写作 {raw}{unit}，与报告其他数据不符；按 {raw}{meant} 理解时各项勾稽关系均成立，疑为单位错误。',
    en: '{label} is written {raw} {unit}, which the other figures contradict; read as {raw} {meant}, every check passes: likely a unit slip.',
  },
  'period-mismatch': {
    zh: '在 {reportYear} 年度报告中，{label}的数据标注为 {year} 年，请核实所属年度。',
    en: 'In a {reportYear} report, a {label} figure is attributed to {year}; check which year it belongs to.',
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
