/**
 * Whole audits of short texts, as real reports word them: the flags both layers (vocabulary checks and rules over
 * every figure) raise together. Each case is one fixture string with what it must flag, or nothing at all (no
 * error or warning) — the relations that look comparable but are not.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/api.js';

const audit = (text: string) => auditDocument({ name: 'case.txt', data: text }, { ocr: 'off' });

const flagged: Array<[string, string, string, string]> = [
  // [why, fixture, check, reported]
];

const clean: Array<[string, string]> = [
  [
    'rates about different subjects (全区 and 区本级 revenue) are different figures',
    '全区一般公共预算总收入410338万元,完成调整后预算的97.3%,下降6.4%。\n区本级一般公共预算总收入221615万元,完成调整后预算的110.8%,下降1.6%。',
  ],
  [
    'the numbered items of a list of projects each have their own spending',
    '1、南村农田道路建设项目,铺建砂石路11公里。2021年下达财政专项扶贫资金197万元,截止到2021年12月31日,实际已支付186.98万元,支付完成率为94.91%。\n2、北村旅游扶贫交易市场建设项目,新建30平方米管理用房一座。2021年度下达财政专项扶贫资金108万元,截至2021年12月31日,实际已支付101.59万元,支付完成率为94.06%。',
  ],
];

describe('whole audits of short texts', () => {
  it.each(flagged)('%s', async (_why, text, check, reported) => {
    const report = await audit(text);
    const hit = report.flags.find((f) => f.check === check && f.reported === reported);
    expect(hit, JSON.stringify(report.flags.map((f) => [f.check, f.reported, f.expected]))).toBeDefined();
    for (const e of hit!.evidence) expect(e.location.quote.length).toBeGreaterThan(0);
  });

  it.each(clean)('no error or warning: %s', async (_why, text) => {
    const report = await audit(text);
    expect(report.flags.filter((f) => f.severity !== 'info').map((f) => [f.check, f.metric, f.reported, f.expected])).toEqual([]);
  });
});
