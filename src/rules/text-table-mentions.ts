/**
 * The same figure stated in the text and in a table with values that cannot both be true: 公务接待费支出决算
 * 5.12 万元 in the text, 5.21 under 决算数 in the row 公务接待费. Two figures are the same when they name the same
 * thing (their names without measure words are equal), with the same measure (预算 / 执行 / neither), the same
 * period and the same kind and unit, and nothing else of that name says otherwise: exactly one value in the text
 * and one in the tables. Figures a name cannot pin down are not compared.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import type { DocumentModel } from '../model/document.js';
import { severityOf } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { coreName, measureOf } from './names.js';

function keyOf(ctx: RuleContext, f: Figure): string | null {
  if (f.direction !== 0 || f.comparison || (f.kind !== 'amount' && f.kind !== 'rate' && f.kind !== 'headcount')) return null;
  const name = ctx.derived('core', f, (x) => coreName(x.label));
  if (name.length < 2) return null;
  const period = f.period && /^\d{4}$/.test(f.period) && Number(f.period) === ctx.year ? '' : f.period;
  // A table without a unit note holds its amounts as printed: they pair with the text's 万元.
  const unit = f.kind === 'amount' && (f.unit === '' || f.unit === '万元') ? '万元' : f.unit;
  return `${name}|${measureOf(f)}|${period}|${f.kind}|${unit}`;
}

/**
 * A table rebuilt from one cell per line whose data row holds more numbers than its header has names: a header
 * row was lost (a group header above 小计 | 购置费 | 运行费), so which number is under which name is a guess.
 */
function misaligned(docs: DocumentModel[], cell: Figure): boolean {
  const at = cell.location.table;
  const doc = docs.find((d) => d.file === cell.location.file);
  const table = at && doc ? doc.tables.find((t) => t.id === at.id) : undefined;
  if (!table || table.origin !== 'cells' || table.headerRows === 0) return false;
  const named = table.rows[table.headerRows - 1]!.filter((c) => c.text.trim() !== '').length;
  const numbers = table.rows[at!.row]!.filter((c) => /\d/.test(c.text)).length;
  return numbers > named;
}

export const textTableMentions: Rule = {
  id: 'text-table-mentions',
  check: 'conflicting_mentions',
  description: 'A figure stated in the text and in a table must have one value.',
  messages: {
    'rule.text-table-mentions': {
      zh: '“{label}”在正文中为 {reported}，在表中为 {expected}，即使考虑四舍五入也不可能同时成立。',
      en: '“{label}” is {reported} in the text and {expected} in the table; both cannot be true even allowing for rounding.',
    },
  },
  run(ctx) {
    const groups = new Map<string, { text: Figure[]; table: Figure[] }>();
    for (const f of ctx.figures) {
      const key = keyOf(ctx, f);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { text: [], table: [] }));
      (f.location.table ? g.table : g.text).push(f);
    }
    for (const { text, table } of groups.values()) {
      const textValues = new Set(text.map((f) => f.value));
      const tableValues = new Set(table.map((f) => f.value));
      if (textValues.size !== 1 || tableValues.size !== 1) continue;
      const reported = text[0]!;
      const other = table[0]!;
      if (misaligned(ctx.input.docs, other)) continue;
      ctx.relate({
        check: 'conflicting_mentions',
        kind: 'mention',
        stated: reported,
        alternatives: [{ inputs: [['mention', other]], expected: (iv: IntervalOf) => iv(other), formula: () => `${reported.label}: ${reported.raw}${reported.rawUnit} ≠ ${other.raw}${other.rawUnit}` }],
        severity: (margin) => severityOf(margin, new Decimal(other.value)),
        message: () => ({ code: 'rule.text-table-mentions', params: { label: reported.label, reported: `${reported.raw}${reported.rawUnit}`, expected: `${other.raw}${other.rawUnit || reported.rawUnit}` } }),
      });
    }
  },
};
