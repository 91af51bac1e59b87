/**
 * A table's row (or column) of changes in percent against its rows (or columns) of two years' figures:
 *
 *     年度                 | 合计  | 车辆购置 | 车辆运行
 *     2015年               | 2840  | 73       | 1277
 *     2016年               | 2364  | 37       | 959
 *     2016年比2015年增减%  | -16.77| -47.95   | -24.98
 *
 * Each change must be (later − earlier) ÷ earlier × 100 of its own column (row), within rounding. The years come
 * from the change's label (2016年比2015年) or, when it names none, from the two year rows (the later over the
 * earlier). A table with other than two years to choose from is not checked.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { mul, point, relativeChange, severityOf, type Interval, midText } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';

const YEAR = /((?:19|20)\d{2})\s*年/;
const VERSUS = /((?:19|20)\d{2})\s*年?度?\s*(?:比|较|与|对比)\s*((?:19|20)\d{2})\s*年/;

function parts(f: Figure): { row: string; header: string } {
  const [row, ...rest] = f.label.split(' › ');
  return { row: row ?? '', header: rest.join(' › ') };
}

function yearOf(text: string): string | null {
  const m = YEAR.exec(text);
  return m && !VERSUS.test(text) ? m[1]! : null;
}

/** The two figures a change compares: in its column (rows by year) or in its row (columns by year). */
function compared(ctx: RuleContext, change: Figure, cells: Figure[]): { current: Figure; base: Figure } | null {
  const at = ctx.place(change)!.form!;
  const { row, header } = parts(change);
  for (const axis of ['column', 'row'] as const) {
    const along = cells.filter((f) => f.kind === 'amount' && (axis === 'column' ? ctx.place(f)!.form!.col === at.col && ctx.place(f)!.form!.row !== at.row : ctx.place(f)!.form!.row === at.row && ctx.place(f)!.form!.col !== at.col));
    // A year with two figures on this axis (预算数 and 决算数 of 2016) cannot say which is compared, unless the
    // change stands under one of them (2020年执行数 over 金额 | 比上年增长%): that one is.
    const own = (axis === 'column' ? row : header).split(' ').slice(0, -1).join(' ');
    const byYear = new Map<string, Figure | null>();
    for (const f of along) {
      const name = axis === 'column' ? parts(f).row : parts(f).header;
      const year = yearOf(name);
      if (!year) continue;
      const other = byYear.get(year);
      const underOwn = (g: Figure) => own !== '' && (axis === 'column' ? parts(g).row : parts(g).header).startsWith(`${own} `);
      if (other === undefined) byYear.set(year, f);
      else if (other && underOwn(other) !== underOwn(f)) byYear.set(year, underOwn(other) ? other : f);
      else byYear.set(year, null);
    }
    const named = VERSUS.exec(axis === 'column' ? row : header);
    const years = named ? [named[1]!, named[2]!] : [...byYear.keys()].sort().reverse();
    if (years.length !== 2) continue;
    const current = byYear.get(years[0]!);
    const base = byYear.get(years[1]!);
    if (!current || !base) continue;
    return { current, base };
  }
  return null;
}

export const tableChanges: Rule = {
  id: 'table-changes',
  check: 'difference_mismatch',
  description: 'A table’s change in percent must be its two years’ figures’ change.',
  messages: {
    'rule.table-change': {
      zh: '表中“{label}”为 {reported}%，按 {current} 与 {base} 计算应为 {expected}%。',
      en: 'The table gives {label} as {reported}%; {current} against {base} gives {expected}%.',
    },
  },
  run(ctx) {
    const byTable = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      const form = ctx.place(f)?.form;
      if (!form || f.extractor !== 'table') continue;
      const key = `${f.location.file}|${form.id}`;
      byTable.set(key, [...(byTable.get(key) ?? []), f]);
    }
    for (const cells of byTable.values()) {
      for (const change of cells) {
        if (change.kind !== 'growth') continue;
        const pair = compared(ctx, change, cells);
        if (!pair) continue;
        const { current, base } = pair;
        const expected = (iv: IntervalOf): Interval | null => {
          const ratio = relativeChange(iv(current), iv(base));
          return ratio ? mul(ratio, point(100)) : null;
        };
        ctx.relate({
          check: 'difference_mismatch',
          kind: 'change',
          stated: change,
          alternatives: [
            {
              inputs: [
                ['current', current],
                ['base', base],
              ],
              expected,
              formula: () => `(${current.raw} − ${base.raw}) ÷ ${base.raw} × 100`,
            },
          ],
          severity: (margin) => severityOf(margin, new Decimal(change.value)),
          message: (e) => ({
            code: 'rule.table-change',
            params: {
              label: change.label,
              reported: change.raw,
              current: `${parts(current).row || parts(current).header} ${current.raw}`,
              base: `${parts(base).row || parts(base).header} ${base.raw}`,
              expected: midText(e),
            },
          }),
        });
      }
    }
  },
};
