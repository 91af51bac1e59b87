/**
 * sum_mismatch: parts that do not add up to their stated whole, beyond the sum of their rounding half-units
 * (Calculations 1.1). Two sources:
 * - identities of the vocabulary (基本 + 项目 = 总, 人员 + 公用 = 基本, the 三公 parts), with the parts looked for
 *   in the whole's own section; when some parts are not stated, only "parts exceed the whole" can be judged;
 * - tables: 小计 against its items, 合计 against its subtotals or top-level rows, a numbered parent row against
 *   its children (其中 lists are partial: they may sum to less).
 */
import { Decimal } from 'decimal.js';
import type { Evidence, Fact } from '../model/audit.js';
import type { CheckContext } from './context.js';
import type { IdentityDef } from '../vocabulary/lexicon.js';
import { combinations } from './context.js';
import { add, gap, overlaps, roundingInterval, show, sumOf as sum, type Interval, severityOf } from '../math/interval.js';
import type { TableAnalysis } from '../vocabulary/tables.js';
import type { RowInfo } from '../read/table-rows.js';
import { footings, rowQuote } from '../read/table-rows.js';


/** Identity check on facts; `parts` are the present ones; `complete` when none of the alternative is missing. */
export function identityHolds(whole: Interval, parts: Interval[], complete: boolean): boolean {
  const total = sum(parts);
  if (overlaps(total, whole)) return true;
  // Missing parts can only add: a shortfall is not a finding unless every part is stated.
  return !complete && total.hi.lt(whole.lo);
}

export interface IdentityTrial {
  ok: boolean;
  complete: boolean;
  /** The combination of parts nearest to the whole (for the flag's evidence). */
  parts: Fact[];
}

/** Evaluate one identity for one stated whole, with the parts stated in the whole's own section. */
export function identityTrial(ctx: CheckContext, identity: IdentityDef, whole: Fact): IdentityTrial | null {
  const wholePlace = ctx.place(whole);
  if (!wholePlace) return null;
  const local = (metric: string) =>
    ctx.candidates(metric, whole).filter((f) => {
      const p = ctx.place(f);
      return p && (p.unit === wholePlace.unit || p.block === wholePlace.block || p.section === wholePlace.section);
    });
  // The alternative with the most parts stated; required parts must all be there.
  let best: { metrics: string[]; lists: Fact[][]; missing: string[] } | null = null;
  for (const alt of identity.parts) {
    const lists = alt.map((m) => local(m));
    const missing = alt.filter((_, i) => lists[i]!.length === 0);
    if (missing.some((m) => !identity.optional?.includes(m))) continue;
    const present = alt.length - missing.length;
    if (present < 2) continue;
    if (!best || present > best.metrics.length - best.missing.length) best = { metrics: alt, lists, missing };
  }
  if (!best) return null;
  const lists = best.lists.filter((l) => l.length);
  const complete = best.missing.length === 0;
  let nearest: Fact[] | null = null;
  for (const combo of combinations(lists)) {
    if (identityHolds(ctx.interval(whole), combo.map((f) => ctx.interval(f)), complete)) return { ok: true, complete, parts: combo };
    nearest ??= combo;
  }
  return nearest ? { ok: false, complete, parts: nearest } : null;
}

export function checkIdentities(ctx: CheckContext): void {
  for (const identity of ctx.lex.identities) {
    for (const whole of ctx.byMetric.get(identity.whole) ?? []) {
      const trial = identityTrial(ctx, identity, whole);
      if (!trial) continue;
      ctx.checked++;
      if (trial.ok) continue;
      const nearest = trial.parts;
      const total = sum(nearest.map((f) => ctx.interval(f)));
      const margin = gap(total, ctx.interval(whole));
      ctx.flag({
        rule: 'vocabulary-sums',
        check: 'sum_mismatch',
        severity: severityOf(margin, ctx.value(whole)),
        metric: whole.metric,
        reported: ctx.reported(whole),
        expected: show(total),
        margin,
        formula: `${ctx.label(whole.metric)} = ${nearest.map((f) => ctx.label(f.metric)).join(' + ')} = ${nearest.map((f) => `${f.raw}`).join(' + ')} = ${show(total)}`,
        message: trial.complete ? 'sum-mismatch' : 'sum-exceeds',
        params: { label: ctx.label(whole.metric), reported: `${whole.raw}${whole.rawUnit}`, expected: show(total) },
        evidence: [ctx.evidence('whole', whole), ...nearest.map((f) => ctx.evidence('part', f))],
      });
    }
  }
}

/** Evidence for a table cell without a fact: the cell as a figure. */
export function cellEvidence(t: TableAnalysis, row: RowInfo, col: number, role: string, fileOf: string): Evidence {
  const v = row.values.get(col)!;
  const spans = t.table.rows[row.index]![col]!.spans;
  return {
    role,
    metric: '',
    key: `${row.label} / ${t.headers[col] ?? ''}`,
    value: v.token.value.toFixed(),
    raw: `${v.token.raw}${v.token.unit}`,
    location: { file: fileOf, page: null, line: 0, quote: rowQuote(t, row.index), spans, table: { id: t.table.id, row: row.index, col } },
  };
}

export function cellInterval(row: RowInfo, col: number): Interval | null {
  const v = row.values.get(col);
  if (!v) return null;
  return roundingInterval(v.token.value, v.token.decimals);
}

export function checkTableSums(ctx: CheckContext, tables: TableAnalysis[]): void {
  for (const t of tables) {
    const amountCols = t.columns.filter((c) => c.role === 'amount');
    for (const f of footings(t)) {
      for (const col of amountCols) {
        const whole = cellInterval(f.total, col.col);
        if (!whole) continue;
        const partIntervals = f.parts.map((p) => cellInterval(p, col.col));
        // A placeholder (—, -, /) or an empty cell in a row of nothing else is none; a part whose cell is missing
        // while the row has other figures (an OCR or layout loss) leaves the sum unknown.
        if (partIntervals.every((p) => p === null)) continue;
        const unknown = f.parts.some((p, i) => {
          if (partIntervals[i]) return false;
          const text = t.table.rows[p.index]![col.col]!.text.trim();
          if (text !== '' && !/^[-—–－/\\…]+$/.test(text)) return true;
          return text === '' && p.values.size > 0;
        });
        if (unknown) continue;
        const present = partIntervals.filter((p): p is Interval => p !== null);
        const total = sum(present);
        ctx.checked++;
        const ok = overlaps(total, whole) || (f.partial && total.hi.lte(whole.hi));
        if (ok) continue;
        if (f.without) {
          const alternative = f.without.map((p) => cellInterval(p, col.col)).filter((p): p is Interval => p !== null);
          if (overlaps(sum(alternative), whole)) continue;
        }
        const margin = gap(total, whole);
        const fact = t.facts.find((x) => x.location.table?.row === f.total.index && x.location.table?.col === col.col);
        const evidence: Evidence[] = [
          fact ? ctx.evidence('whole', fact) : cellEvidence(t, f.total, col.col, 'whole', ctx.extraction.doc.file),
          ...f.parts.filter((p) => p.values.has(col.col)).map((p) => cellEvidence(t, p, col.col, 'part', ctx.extraction.doc.file)),
        ];
        fillCellLocations(ctx, evidence);
        const totalToken = f.total.values.get(col.col)!.token;
        const reportedValue = totalToken.value.toFixed(totalToken.decimals);
        ctx.flag({
          rule: 'table-sums',
          check: 'sum_mismatch',
          severity: severityOf(margin, new Decimal(reportedValue)),
          metric: fact?.metric ?? '',
          key: `${t.table.caption ?? ''} ${f.total.label} / ${col.header}`.trim(),
          reported: reportedValue,
          expected: show(total),
          margin,
          formula: `${f.total.label || col.header} = ${f.parts.map((p) => p.label).join(' + ')} = ${present.map((p) => show(p)).join(' + ')} = ${show(total)}`,
          message: f.partial ? 'table-sum-exceeds' : 'table-sum-mismatch',
          params: { row: f.total.label, column: col.header, reported: f.total.values.get(col.col)!.token.raw, expected: show(total) },
          evidence,
        });
      }
    }
  }
}

/** Table evidence built from cells needs page and line from the document lines. */
export function fillCellLocations(ctx: CheckContext, evidence: Evidence[]): void {
  const lines = ctx.extraction.doc.lines;
  for (const e of evidence) {
    const span = e.location.spans[0];
    if (!span || e.location.line) continue;
    const line = lines[span.line];
    if (line) {
      e.location.page = line.page;
      e.location.line = line.lineNo;
    }
  }
}

/** 调整前 + 调整数 = 调整后, row by row, where a table has those three columns. */
export function checkRowIdentities(ctx: CheckContext, tables: TableAnalysis[]): void {
  for (const t of tables) {
    const find = (re: RegExp) => t.columns.find((c) => c.role === 'amount' && re.test(t.headers[c.col]!.replace(/\s+/g, '')));
    const before = find(/调整前|年初/);
    const delta = find(/调整数|调整金额|调增|调减|增减/);
    const after = find(/调整后/);
    if (!before || !delta || !after) continue;
    for (const row of t.rows) {
      const a = cellInterval(row, before.col);
      const d = cellInterval(row, delta.col);
      const b = cellInterval(row, after.col);
      if (!a || !d || !b) continue;
      const total = add(a, d);
      ctx.checked++;
      if (overlaps(total, b)) continue;
      const margin = gap(total, b);
      const file = ctx.extraction.doc.file;
      const evidence = [cellEvidence(t, row, after.col, 'whole', file), cellEvidence(t, row, before.col, 'part', file), cellEvidence(t, row, delta.col, 'part', file)];
      fillCellLocations(ctx, evidence);
      ctx.flag({
        rule: 'table-row-sums',
        check: 'sum_mismatch',
        severity: severityOf(margin, row.values.get(after.col)!.token.value),
        metric: '',
        key: row.label,
        reported: row.values.get(after.col)!.token.value.toFixed(row.values.get(after.col)!.token.decimals),
        expected: show(total),
        margin,
        formula: `${t.headers[after.col]} = ${t.headers[before.col]} + ${t.headers[delta.col]} = ${show(a)} + ${show(d)} = ${show(total)}`,
        message: 'table-sum-mismatch',
        params: { row: row.label, column: t.headers[after.col]!, reported: row.values.get(after.col)!.token.raw, expected: show(total) },
        evidence,
      });
    }
  }
}

