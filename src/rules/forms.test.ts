/**
 * The form rules (form-execution, indicator-scores, form-totals, and score-totals and rubric-scores where the
 * vocabulary reads the form) on project forms: each case plants one mistake in a consistent form and names the rule
 * and the flag it must raise; the consistent form raises none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesOf } from '../../test/harness/extract.js';
import { ruleCases } from '../../test/harness/rule-cases.js';

const FORM = `| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| | 年度资金总额 | 320.00 | 300.00 | 285.60 | 10 | 95.20% | 9.52 | |
| | 其中：本年财政拨款 | 320.00 | 300.00 | 285.60 | — | — | — | |
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| | 产出指标（50分） | 数量指标 | 窗口服务人员配置数 | ≥40人 | 38人 | 10 | 9.5 | 离职 |
| | | 数量指标 | 设备运维巡检次数 | ≥12次 | 12次 | 20 | 20 | |
| | | 成本指标 | 临时救助标准 | ≤5300元/户 | 5200元/户 | 20 | 20 | |
| | 效益指标（40分） | 社会效益指标 | 办事等候时间 | ≤15分钟 | 12分钟 | 20 | 20 | |
| | | 可持续影响指标 | 机制长效运行 | 长期有效 | 有效 | 20 | 20 | |
| 总分 | | | | | | 100 | 99.02 | |
`;

const planted: Array<[string, string, string, string, string, string]> = [
  // [what, replace, with, rule, check, reported]
  ['a rate its spending and budget do not give', '| 95.20% |', '| 93.20% |', 'ratios', 'ratio_mismatch', '93.20'],
  ['the score of a rate its spending and budget do not give', '| 95.20% |', '| 93.20% |', 'form-execution', 'score_mismatch', '9.52'],
  ['a score its weight and rate do not give', '| 95.20% | 9.52 |', '| 95.20% | 8.52 |', 'rubric-scores', 'score_mismatch', '8.52'],
  ['a score above its weight', '| 20 | 20 | |\n| | 效益', '| 20 | 21 | |\n| | 效益', 'indicator-scores', 'score_mismatch', '21'],
  ['a ceiling exceeded at full marks', '| 5200元/户 |', '| 5830元/户 |', 'rubric-scores', 'score_mismatch', '20'],
  // Four integer scores of 20 allow ±2 before a total of 99.02 is out of reach.
  ['a total that is not the sum of the scores', '| 100 | 99.02 |', '| 100 | 96.02 |', 'score-totals', 'score_total_mismatch', '96.02'],
  ['a total weight that is not the sum of the weights', '| 100 | 99.02 |', '| 90 | 99.02 |', 'score-totals', 'score_total_mismatch', '90'],
  ['a group weight that is not the sum of its items', '产出指标（50分）', '产出指标（40分）', 'form-totals', 'score_mismatch', '40'],
];

describe('form rules', () => {
  it('raise nothing on a consistent form (38 of ≥40 人 scored 9.5 of 10 is pro rata)', () => {
    expect(rulesOf(FORM).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });

  it.each(planted)('%s', (_what, from, to, rule, check, reported) => {
    expect(FORM.includes(from)).toBe(true);
    const flags = rulesOf(FORM.replace(from, to)).flags;
    expect(flags.map((f) => [f.rule, f.check, f.reported])).toContainEqual([rule, check, reported]);
  });

  it('raise nothing on the synthetic national form of the fixtures', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/project-form/national-2023.md'), 'utf8');
    expect(rulesOf(text).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });
});

// A scoring table flattened with spaces between cells: group weights in the first cells, a weight and a score
// per item, the rule's wording between them, and a total row whose empty cell leaves a double space.
const SPACED = `一级指标 二级指标 三级指标 分值 评分标准 得分
决策(15分) 目标设定(15分) 目标合理性 8 目标与职能相符的，得8分。 8
目标明确性 7 目标已细化为可衡量指标的，得7分。 6.5
管理(35分) 资金管理(20分) 预算执行率 10 执行率每降低1个百分点扣0.5分。 9
资金使用合规性 10 资金使用合规的，得10分。 10
业务管理(15分) 制度执行有效性 15 制度执行有效的，得15分。 14
绩效(50分) 产出(50分) 任务完成率 25 完成率每降低1个百分点扣1分。 25
完成及时性 25 按计划完成的，得25分。 24
总分 100  96.5
`;

const plantedSpaced: Array<[string, string, string, string, string, string]> = [
  ['a group weight that is not the sum of its items', '资金管理(20分)', '资金管理(25分)', 'form-totals', 'score_mismatch', '25'],
  ['a score above its weight', '按计划完成的，得25分。 24', '按计划完成的，得25分。 26', 'indicator-scores', 'score_mismatch', '26'],
  ['a total that is not the sum of the scores', '100  96.5', '100  91.5', 'form-totals', 'score_total_mismatch', '91.5'],
  // Beside 6.5, the integer scores are read to one decimal (8 is 8.0): two points off is beyond rounding.
  ['a total two points off the scores', '100  96.5', '100  98.5', 'form-totals', 'score_total_mismatch', '98.5'],
];

describe('form rules on a table flattened with spaces', () => {
  it('raise nothing on the consistent table', () => {
    expect(rulesOf(SPACED).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });

  it.each(plantedSpaced)('%s', (_what, from, to, rule, check, reported) => {
    expect(SPACED.includes(from)).toBe(true);
    const flags = rulesOf(SPACED.replace(from, to)).flags;
    expect(flags.map((f) => [f.rule, f.check, f.reported])).toContainEqual([rule, check, reported]);
  });
});

// A project form flattened into pipe rows reads as two tables (funds, indicators); its 总分 counts the funds
// row's 分值 10 as well as the indicators' 90.
const PIPED = `项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 | 年度资金总额 | 500.00 | 480.00 | 456.00 | 10 | 95.00% | 9.5
 | 其中:当年财政拨款 | 500.00 | 480.00 | 456.00 | — | 95.00% | —
年度总体目标 | 预期目标 | | | 实际完成情况 | | |
 | 为辖区老人提供上门服务。 | | | 全年服务老人3120人次。 | | |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因
 | 产出指标 | 数量指标 | 服务老人人次 | ≥3000人次 | 3120人次 | 40 | 40 |
 | | 质量指标 | 服务合格率 | ≥95% | 97% | 30 | 30 |
 | 满意度指标 | 服务对象满意度指标 | 老人满意度 | ≥90% | 92% | 20 | 20 |
总分 | | | | | | 100 | 99.5 |
`;

describe('form rules on a project form printed as two pipe tables', () => {
  it('raise nothing when the total counts the funds row too', () => {
    expect(rulesOf(PIPED).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });

  it.each([
    ['a total weight that is not the sum of both tables’ weights', '| 100 | 99.5 |', '| 90 | 99.5 |', 'score-totals', 'score_total_mismatch', '90'],
    ['a total score that is not the sum of both tables’ scores', '| 100 | 99.5 |', '| 100 | 89.5 |', 'score-totals', 'score_total_mismatch', '89.5'],
  ])('%s', (_what, from, to, rule, check, reported) => {
    expect(PIPED.includes(from)).toBe(true);
    expect(rulesOf(PIPED.replace(from, to)).flags.map((f) => [f.rule, f.check, f.reported])).toContainEqual([rule, check, reported]);
  });
});

const SCORES = (total: string) => `| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n| 预算编制 | 20 | 18 |\n| 预算执行 | 30 | 28 |\n| 产出 | 30 | 27 |\n| 效益 | 20 | 19 |\n| 总分 | 100 | ${total} |`;

ruleCases('form-totals', {
  fires: [
    ['a total four integer scores cannot give (92 ± 2)', SCORES('85'), '85', '92.00'],
    ['the text’s self-score against the one score table’s total', `经自评，本部门2023年度整体支出绩效自评得分95分。\n${SCORES('92')}`, '95', '92'],
    [
      'group scores whose 满分 make 100 are the whole (15 + 18.5 + 36 + 22 = 91.5)',
      '自评总分为94.5分。其中：预算编制得分15分（满分15分）；预算执行得分18.5分（满分20分），扣1.5分；产出指标得分36分（满分40分），扣4分；效益指标得分22分（满分25分），扣3分。',
      '94.5',
      '91.50',
    ],
    [
      'group scores each after its worth (投入20分，得分18分), the worths making 100',
      '部门整体支出绩效自评得分为93.5分，评价等级为“优”。其中，投入20分，得分18分；过程20分，得分19.5分；产出40分，得分37分；效益20分，得分18分。',
      '93.5',
      '92.50',
    ],
  ],
  silent: [
    ['a total within the rounding of four integer scores', SCORES('90')],
    ['the text’s self-score is the table’s total', `经自评，本部门2023年度整体支出绩效自评得分92分。\n${SCORES('92')}`],
    [
      'two score tables: the text’s score may be either’s',
      `经自评，本部门2023年度整体支出绩效自评得分95分。\n${SCORES('92')}\n\n项目自评表\n\n${SCORES('95').replace('| 产出 | 30 | 27 |', '| 产出 | 30 | 30 |')}`,
    ],
    ['group scores each after its worth that add up', '部门整体支出绩效自评得分为92.5分。其中，投入20分，得分18分；过程20分，得分19.5分；产出40分，得分37分；效益20分，得分18分。'],
    ['group scores whose 满分 do not make 100 may leave groups out', '自评总分为90分。其中：预算执行得分18分（满分20分）；产出指标得分36分（满分40分）。'],
    [
      'group scores that add up',
      '自评总分为91.5分。其中：预算编制得分15分（满分15分）；预算执行得分18.5分（满分20分），扣1.5分；产出指标得分36分（满分40分），扣4分；效益指标得分22分（满分25分），扣3分。',
    ],
  ],
});

// A funds row whose score column prints its formula in the header (得分 (20分*执行率)), with no 分值 column.
const SCORE_BY_HEADER = (score: string) => `| 预算执行情况（万元）（20分） | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
| --- | --- | --- | --- | --- |
| 年度财政资金总额 | 200 | 195.5 | 97.75% | ${score} |`;

ruleCases('form-execution', {
  fires: [['a score its header’s formula (20分*执行率) does not give', SCORE_BY_HEADER('17.60'), '17.60', '19.55']],
  silent: [['a score its header’s formula gives', SCORE_BY_HEADER('19.55')]],
});
