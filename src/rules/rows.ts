/** Figures grouped by the table row they were read from, in document order. */
import type { Figure } from '../model/audit.js';
import type { RuleContext } from './rule.js';

export interface FormRow {
  table: number;
  row: number;
  figures: Figure[];
}

/**
 * Table rows with the figures read from their cells by column (`table`), or also those read from the words in
 * a cell (`table-text`: 产出指标（50分）) when asked.
 */
export function tableRows(ctx: RuleContext, withText = false): FormRow[] {
  const rows = new Map<string, FormRow>();
  for (const f of ctx.figures) {
    const t = f.location.table;
    if (!t || (f.extractor !== 'table' && !withText)) continue;
    const key = `${f.location.file}|${t.id}|${t.row}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { table: t.id, row: t.row, figures: [] }));
    row.figures.push(f);
  }
  return [...rows.values()];
}

/** The header part of a table figure's label (`row › header`). */
export function headerOf(f: Figure): string {
  const parts = f.label.split(' › ');
  return parts.length > 1 ? parts[parts.length - 1]! : '';
}
