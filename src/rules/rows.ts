/** Figures grouped by the table row they were read from, in document order. */
import type { Figure } from '../model/audit.js';
import type { RuleContext } from './rule.js';

export interface FormRow {
  table: number;
  row: number;
  figures: Figure[];
}

/** Figures read from a form's cells by their column: a table's cells, or the cells of a glued form line. */
export function byColumn(f: Figure): boolean {
  return f.extractor === 'table' || f.extractor === 'glued' || f.extractor === 'header-line';
}

/**
 * Form rows with the figures read from their cells by column, or also those read from the words in a cell
 * (`table-text`: 产出指标（50分）) when asked. A form is a table, or the lines under a glued form's header line.
 */
export function tableRows(ctx: RuleContext, withText = false): FormRow[] {
  const rows = new Map<string, FormRow>();
  for (const f of ctx.figures) {
    const form = ctx.place(f)?.form;
    if (!form || (!byColumn(f) && !withText)) continue;
    const key = `${f.location.file}|${form.id}|${form.row}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { table: form.id, row: form.row, figures: [] }));
    row.figures.push(f);
  }
  return [...rows.values()];
}

/** The header part of a table figure's label (`row › header`). */
export function headerOf(f: Figure): string {
  const parts = f.label.split(' › ');
  return parts.length > 1 ? parts[parts.length - 1]! : '';
}
