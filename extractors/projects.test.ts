import { describe, expect, it } from 'vitest';
import { valuesOf } from '../test/harness/extract.js';

const cases: Array<[string, Record<string, string[]>]> = [
  ['全年执行二级项目数 48 个，完成二级项目数 48 个，完成率 100%。', { projects_planned: ['48'], projects_done: ['48'] }],
  ['我局需完成预算安排的项目总计28个，所有项目均按计划完成。', { projects_planned: ['28'] }],
  ['二级项目共计 25 个，预算执行率均达到 95%及以上。', { projects_planned: ['25'] }],
  ['计划完成项目 12 项，按期完成项目数 11 项，项目完成率 91.67%。', { projects_planned: ['12'], projects_done: ['11'], project_completion_rate: ['91.67'] }],
];

describe('项目完成', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(valuesOf(text)).toMatchObject(expected);
  });
  it('a completion rate that its counts do not give is flagged', async () => {
    const { checksOf } = await import('../test/harness/extract.js');
    const flags = checksOf('计划完成项目 12 项，按期完成项目数 11 项，项目完成率 95.67%。').flags;
    expect(flags.map((f) => [f.check, f.metric, f.reported])).toEqual([['ratio_mismatch', 'project_completion_rate', '95.67']]);
  });
});
