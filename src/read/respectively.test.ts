/** 分别 runs: each value of the name in its place, or, where names and values do not pair, of no figure before. */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../test/harness/extract.js';

/** Each figure as `value→what it is about` (its own label when about nothing). */
function pairs(text: string): string[] {
  const { figures, places } = figuresOf(text);
  const byId = new Map(figures.map((f) => [f.id, f]));
  return figures.map((f) => {
    const about = places.get(f.id)?.about;
    return `${f.value}→${about ? byId.get(about)!.value : f.label}`;
  });
}

describe('分别: values paired with their names in order', () => {
  it.each([
    [
      'amounts with their names, and the shares of them after',
      '全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元，占全市政府采购规模比例为44.96%、17.27%和37.77%。',
      ['147100→全市货物', '56500→工程', '123600→服务政府采购规模', '44.96→147100', '17.27→56500', '37.77→123600'],
    ],
    [
      'amounts each named on its own, then 占…分别为 and their shares in order',
      '分类型看,乐透型彩票2273.37亿元,竞猜型彩票1219.42亿元,即开型彩票285.22亿元,占彩票销售总量的比重分别为60.3%、32.3%和7.6%。',
      ['22733700→乐透型彩票', '12194200→竞猜型彩票', '2852200→即开型彩票', '60.3→22733700', '32.3→12194200', '7.6→2852200'],
    ],
    [
      'a change among the amounts before a share run: the run does not pair them in order (60 % is not the change’s)',
      '教育支出120万元,同比增支10万元,卫生支出80万元,占总支出的比重分别为60%、40%。',
      ['120→教育支出', '10→120', '80→卫生支出', '60→占总支出的比重', '40→卫生支出'],
    ],
    [
      'growths of the amounts, in a second 分别 run',
      '加格达奇区、呼玛县和塔河县地方公共财政预算收入分别完成9305万元、2016万元和3402万元，分别增长43.5%、15.5%和11.8%。',
      ['9305→加格达奇区', '2016→呼玛县', '3402→塔河县地方公共财政预算收入', '43.5→9305', '15.5→2016', '11.8→3402'],
    ],
    [
      'growths of names with no amount here are about none of the figures before',
      '全省一般公共预算支出5812.6亿元，增长1.4%，其中，科技、就业补助、农村综合改革支出分别增长30.7%、22.3%、18.7%。',
      ['58126000→全省一般公共预算支出', '1.4→58126000', '30.7→科技', '22.3→就业补助', '18.7→农村综合改革支出'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('leaves values that do not pair with the names about nothing', () => {
    const read = pairs('全市一般公共预算收入100亿元，增长5.0%。一季度、上半年同比分别增长9.4%、9.3%和9.1%。');
    expect(read.filter((p) => p.startsWith('9.')).length).toBeGreaterThan(0);
    expect(read.filter((p) => p.startsWith('9.') && p.endsWith('→1000000'))).toEqual([]);
  });
});
