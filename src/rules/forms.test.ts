/**
 * The form rules on project forms as Markdown tables: each case plants one mistake in a consistent form and
 * names the flag it must raise; the consistent form raises none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesOf } from '../../test/harness/extract.js';

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

const planted: Array<[string, string, string, string, string]> = [
  // [what, replace, with, check, reported]
  ['a rate its spending and budget do not give', '| 95.20% |', '| 93.20% |', 'ratio_mismatch', '93.20'],
  ['a score its weight and rate do not give', '| 95.20% | 9.52 |', '| 95.20% | 8.52 |', 'score_mismatch', '8.52'],
  ['a score above its weight', '| 20 | 20 | |\n| | 效益', '| 20 | 21 | |\n| | 效益', 'score_mismatch', '21'],
  ['a ceiling exceeded at full marks', '| 5200元/户 |', '| 5830元/户 |', 'score_mismatch', '20'],
  // Four integer scores of 20 allow ±2 before a total of 99.02 is out of reach.
  ['a total that is not the sum of the scores', '| 100 | 99.02 |', '| 100 | 96.02 |', 'score_total_mismatch', '96.02'],
  ['a total weight that is not the sum of the weights', '| 100 | 99.02 |', '| 90 | 99.02 |', 'score_total_mismatch', '90'],
  ['a group weight that is not the sum of its items', '产出指标（50分）', '产出指标（40分）', 'score_mismatch', '40'],
];

describe('form rules', () => {
  it('raise nothing on a consistent form (38 of ≥40 人 scored 9.5 of 10 is pro rata)', () => {
    expect(rulesOf(FORM).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });

  it.each(planted)('%s', (_what, from, to, check, reported) => {
    expect(FORM.includes(from)).toBe(true);
    const flags = rulesOf(FORM.replace(from, to)).flags;
    expect(flags.map((f) => [f.check, f.reported])).toContainEqual([check, reported]);
  });

  it('raise nothing on the synthetic national form of the fixtures', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/project-form/national-2023.md'), 'utf8');
    expect(rulesOf(text).flags.map((f) => [f.check, f.reported, f.expected])).toEqual([]);
  });
});
