/**
 * How sure a flag is: a rate or an amount that its expectation gives when cut off rather than rounded, and a relation that fails
 * only through an input another relation already finds wrong, are worth a look (info), not findings; the same
 * sentences with the gap left unexplained stay errors or warnings.
 */
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';

const cases: Array<[string, string, string, string, 'info' | 'raised']> = [
  ['a total in 亿元 cut off from its parts in 万元 (2.35607 printed 2.35)', '全市共筹集公益金2.35亿元，其中甲类彩票筹集公益金18000.6万元，乙类彩票筹集公益金5000.2万元，丙类彩票筹集公益金559.9万元。', 'parts-sum', '2.35', 'info'],
  ['a total in 亿元 that neither rounding nor cutting off gives', '全市共筹集公益金2.34亿元，其中甲类彩票筹集公益金18000.6万元，乙类彩票筹集公益金5000.2万元，丙类彩票筹集公益金559.9万元。', 'parts-sum', '2.34', 'raised'],
  ['a rate cut off, not rounded (32.266 printed 32.26)', '年初预算798.15万元，实际支出257.53万元，预算执行率32.26%。', 'ratios', '32.26', 'info'],
  ['a growth rate rounded twice (20.548 → 20.55 → 20.6)', '一般公共预算收入完成503.7亿元，比上年同期增加85.8亿元，增长20.6%。', 'change-growth', '20.6', 'info'],
  ['a growth rate a full tenth of its last digit off', '一般公共预算收入完成503.7亿元，比上年同期增加85.8亿元，增长20.7%。', 'change-growth', '20.7', 'raised'],
  ['a rate that neither rounding nor cutting off gives', '年初预算798.15万元，实际支出257.53万元，预算执行率32.24%。', 'ratios', '32.24', 'raised'],
  [
    'a total’s rate read from its parts’ rates, one of which contradicts its own change',
    '“三公”经费支出110万元，比上年减少10万元，下降8.33%。其中：公务接待费支出50万元，比上年减少5万元，下降20%；公务用车运行维护费支出60万元，比上年减少5万元，下降7.69%。',
    'growth-sums',
    '8.33',
    'info',
  ],
  [
    'the part’s wrong rate itself',
    '“三公”经费支出110万元，比上年减少10万元，下降8.33%。其中：公务接待费支出50万元，比上年减少5万元，下降20%；公务用车运行维护费支出60万元，比上年减少5万元，下降7.69%。',
    'change-growth',
    '20',
    'raised',
  ],
  [
    'a total’s rate that neither its change nor its parts’ rates give, no part found wrong on its own',
    '“三公”经费支出110万元，比上年减少10万元，下降12.50%。其中：公务接待费支出50万元，比上年减少5万元，下降9.09%；公务用车运行维护费支出60万元，比上年减少5万元，下降7.69%。',
    'change-growth',
    '12.50',
    'raised',
  ],
];

/**
 * A total its parts do not make, borne out by the total above it (its siblings and it make that one): the flag says
 * the slip is in a part, and shows the relation that bears the total out; a total nothing bears out keeps its message.
 */
const blamed: Array<[string, string, string, 'in a part' | 'as stated']> = [
  [
    'a total its siblings bear out',
    '本年支出500.00万元。其中：1、基本支出300.00万元，包括：人员经费250.00万元，公用经费49.10万元；2、项目支出200.00万元。',
    '300.00',
    'in a part',
  ],
  [
    'a total its siblings do not bear out',
    '本年支出500.00万元。其中：1、基本支出300.00万元，包括：人员经费250.00万元，公用经费49.10万元；2、项目支出201.00万元。',
    '300.00',
    'as stated',
  ],
  ['a total with nothing above it', '基本支出300.00万元，包括：人员经费250.00万元，公用经费49.10万元。', '300.00', 'as stated'],
];

describe('a flag on a total its parts do not make', () => {
  it.each(blamed)('%s', (_why, text, reported, want) => {
    const flag = rulesOf(text).flags.find((f) => f.check === 'sum_mismatch' && f.reported === reported);
    expect(flag).toBeDefined();
    expect(flag!.message.code === 'rule.parts-off' ? 'in a part' : 'as stated').toBe(want);
    if (want === 'in a part') expect(flag!.evidence.filter((e) => e.role === 'confirms').map((e) => e.raw)).toEqual(['500.00万元', '200.00万元']);
  });
});

describe('severity of a flag', () => {
  it.each(cases)('%s', (_why, text, rule, reported, want) => {
    const flag = rulesOf(text).flags.find((f) => f.rule === rule && f.reported === reported);
    expect(flag).toBeDefined();
    expect(flag!.severity === 'info' ? 'info' : 'raised').toBe(want);
  });
});

/**
 * A stated figure another relation bears out (the change that its parts' changes make), and that the value its own
 * inputs give would break: the flag says the slip is more likely in the inputs.
 */
const borneOut: Array<[string, string, string, 'in an input' | 'as stated']> = [
  [
    'a change its parts’ changes make, against a prior level that lost a digit',
    '“三公”经费支出431万元，比上年累计支出390万元减少2万元。其中，因公出国(境)费用没有；公务用车运行维护费支出251万元，比上年累计支出285万元下降34万元；公务用车购置支出56万元比上年增加56万元；公务接待支出124万元，比上年累计支出148万元下降24万元。',
    '2',
    'in an input',
  ],
  ['a change nothing else bears out', '“三公”经费支出431万元，比上年累计支出390万元减少2万元。', '2', 'as stated'],
];

describe('a flag on a figure another relation bears out', () => {
  it.each(borneOut)('%s', (_why, text, reported, want) => {
    const flag = rulesOf(text).flags.find((f) => f.check === 'difference_mismatch' && f.reported === reported);
    expect(flag).toBeDefined();
    expect(flag!.message.code === 'rule.inputs-off' ? 'in an input' : 'as stated').toBe(want);
  });
});
