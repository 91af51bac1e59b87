/** Re-scoring messages, Chinese first. Each says what the report states and what the framework gives. */
import { defineMessages } from '../../i18n/messages.js';

defineMessages({
  'rubric-used-table': {
    zh: '按《{title}》（{region}，{year}，{checkedZh}）复核，依评分表的指标与分值识别：{computed} 项指标按报告自身数据重新计分，{judgment} 项判断类或缺少数据的指标按自评得分计。',
    en: 'Re-scored with “{title}” ({region}, {year}, {checkedEn}), recognised from the score table’s items and weights: {computed} items recomputed from the report’s own figures, {judgment} judgment items or items lacking data taken as stated.',
  },
  'rubric-used-forced': {
    zh: '按 --rubric 指定的《{title}》（{region}，{year}，{checkedZh}）复核：{computed} 项指标按报告自身数据重新计分，{judgment} 项判断类或缺少数据的指标按自评得分计。',
    en: 'Re-scored with “{title}” ({region}, {year}, {checkedEn}) as given with --rubric: {computed} items recomputed from the report’s own figures, {judgment} judgment items or items lacking data taken as stated.',
  },
  'rubric-used-form': {
    zh: '按《{title}》（{region}，{year}，{checkedZh}）复核项目支出绩效自评表（依表头识别）：{computed} 项按表中数据重新计分，{judgment} 项定性或缺少数据的指标按自评得分计。',
    en: 'Project form re-scored with “{title}” ({region}, {year}, {checkedEn}), recognised from its headers: {computed} items recomputed from the form’s figures, {judgment} qualitative items or items lacking data taken as stated.',
  },
  'rubric-used-region-year': {
    zh: '报告未附评分表，依地区与年度推定为《{title}》（{region}，{year}，{checkedZh}）：{computed} 项指标按报告自身数据计分，判断类指标按 0 至满分计，故区间上限即按本框架可得的最高分。',
    en: 'No score table in the report; framework inferred from region and year as “{title}” ({region}, {year}, {checkedEn}): {computed} items scored from the report’s own figures, judgment items counted from 0 to full marks, so the upper bound is the most this framework allows.',
  },
  'rubric-invalid': {
    zh: '指定的评分框架“{rubric}”无法使用：{detail}。未复核自评分数。',
    en: 'The scoring framework “{rubric}” cannot be used: {detail}. The self-score was not re-checked.',
  },
  'rubric-error': {
    zh: '复核自评分数时出错（{detail}），未复核；其余审核结果不受影响。请将此文件提交给维护者。',
    en: 'Re-scoring failed ({detail}); the score was not re-checked, the rest of the audit stands. Please report this file to the maintainers.',
  },
  'rubric-kind-mismatch': {
    zh: '指定的评分框架“{rubric}”与报告中的评分表类型不符，未按其复核。',
    en: 'The scoring framework “{rubric}” does not fit the report’s score table; not used.',
  },
  'score-item-mismatch': {
    zh: '指标“{item}”自评得分 {reported}，按《{title}》评分标准及报告自身数据（{rate}；{tier}）应得 {expected}。',
    en: 'Item “{item}” is scored {reported}; by “{title}” and the report’s own figures ({rate}; {tier}) it earns {expected}.',
  },
  'score-total-above-max': {
    zh: '自评得分 {reported} 高于按《{title}》及报告自身数据可得的最高分 {expected}。',
    en: 'The self-score {reported} is above {expected}, the most “{title}” allows given the report’s own figures.',
  },
  'score-weights-vs-rubric': {
    zh: '评分表各项分值合计 {reported}，而《{title}》总分为 {expected}。',
    en: 'The score table’s weights add up to {reported}; “{title}” totals {expected}.',
  },
  'form-exec-score-mismatch': {
    zh: '预算执行率得分 {reported}，按“{rule}”（执行率 {rate}，分值 {weight}）应为 {expected}。',
    en: 'The budget-execution score is {reported}; by “{rule}” (rate {rate}, weight {weight}) it is {expected}.',
  },
  'indicator-below-target-full': {
    zh: '指标“{item}”实际完成值 {actual} 未达到年度指标值 {target}，却得满分 {score}（分值 {weight}）。',
    en: 'Indicator “{item}”: actual {actual} falls short of the target {target}, yet it scores full marks {score} (weight {weight}).',
  },
  'indicator-met-marked-down': {
    zh: '指标“{item}”实际完成值 {actual} 已达到年度指标值 {target}，得分 {score} 却低于分值 {weight}。',
    en: 'Indicator “{item}”: actual {actual} meets the target {target}, yet it scores {score} of {weight}.',
  },
  'indicator-score-vs-proportion': {
    zh: '指标“{item}”未达年度指标值（{actual} / {target}），按完成值与指标值的比例应得 {expected}，自评 {score}。',
    en: 'Indicator “{item}” missed its target ({actual} / {target}); pro rata it earns {expected}, scored {score}.',
  },
});
