/**
 * What a label names, without the words that say which measure or period it is: 公務接待費支出決算 and the table
 * row 公務接待費 both name 公务接待费. Rules match figures about the same thing by these names.
 */
import { unmapped } from '../text/mapped-text.js';
import { FUND_NAMES } from '../read/words.js';

const MEASURE_WORDS =
  /(?:一般公共预算)?(?:财政拨款)?(?:支出)?(?:决算数?|预算数?|执行数|实际数|完成数)|实际支出|支出|决算|预算|金额|数额|合计|总额|本年|当年|全年|年度/g;

/** The row label of a table figure (`row › header`), or the whole label of a prose figure. */
export function rowPart(label: string): string {
  return label.split(' › ')[0] ?? '';
}

export function coreName(label: string): string {
  return unmapped(rowPart(label))
    .text.replace(/^(?:其中|包括|含)[:：]?/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][\d一二三四五六七八九十]{1,2}[）)]|[①-⑳])/, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/[“”"'‘’\s]/g, '')
    .replace(MEASURE_WORDS, '')
    .replace(/[:：]$/, '');
}


/** 预算 or 执行 (决算, 实际, 支出数, 已支出) or neither, from the figure's role or its label. */
export function measureOf(f: { role: string; label: string }): string {
  if (f.role === '预算' || f.role === '执行') return f.role;
  if (f.role === '实际') return '执行';
  // 一般公共预算收入, 政府性基金预算支出: the fund's name, not a budget.
  const label = unmapped(f.label.split(' › ').pop() ?? '').text.replace(FUND_NAMES, '');
  // 年初各级人大批准的…收入: what was approved is the budget.
  if (/预算|计划|批准的/.test(label)) return '预算';
  if (/决算|实际|执行数|支出数|已支出|已支付|已拨付/.test(label)) return '执行';
  return '';
}

/** Which way money flows in a label: in (收入, 来源), out (支出), or unsaid. */
export function flowOf(label: string): 'in' | 'out' | '' {
  const income = /收入|来源/.test(label);
  const spending = /支出/.test(label);
  return income === spending ? '' : income ? 'in' : 'out';
}
