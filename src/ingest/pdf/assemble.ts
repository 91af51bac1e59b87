/**
 * Page layouts → the document model: running lines marked, headings recognised by size, tables stitched over
 * page breaks and built like every other format's (`buildTable`), paragraphs rebuilt by `documentBlocks`.
 */
import type { Block, Line, Table } from '../../model/document.js';
import { documentBlocks } from '../../text/paragraphs.js';
import { findCaption } from '../../text/captions.js';
import { buildTable, isNumericText, type RawCell } from '../../text/table-grid.js';
import type { PageLayout } from './layout.js';
import { wrapJoiner } from './lines.js';
import { markRunning } from './running.js';
import { tableChains } from './stitch.js';

/** Larger than the body text by this factor, a short line is a heading. */
const HEADING_RATIO = 1.15;
const HEADING_MAX_CHARS = 60;

/** OCR'd pages are left out both ways: their font sizes are estimates from glyph boxes. */
function markHeadings(pages: PageLayout[]): void {
  const weight = new Map<number, number>();
  for (const p of pages) {
    if (p.ocr) continue;
    for (const l of p.lines) {
      if (l.kind !== 'text') continue;
      const size = Math.round(l.fontSize * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + l.text.length);
    }
  }
  let body = 0;
  let best = -1;
  for (const [size, w] of weight) if (w > best) [body, best] = [size, w];
  if (body === 0) return;
  for (const p of pages) {
    if (p.ocr) continue;
    for (const l of p.lines) {
      const chars = l.text.replace(/\s/g, '').length;
      if (l.kind === 'text' && l.fontSize >= body * HEADING_RATIO && chars > 0 && chars <= HEADING_MAX_CHARS && !/[。；;]\s*$/.test(l.text)) {
        l.kind = 'heading';
      }
    }
  }
}

const SENTENCE_END = /[。；;！!？?]\s*$/;
const ITEM_START = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])/;

/**
 * A row cut by a page break goes on in the first row of the next page: that row fills only cells the row above
 * has text in, leaves some of those empty (the cells that fitted, such as the name and score columns), puts no
 * number under a number, and a continued cell above ends mid-sentence. Returns the rejoined row, or null when the row is a row of its own.
 */
export function joinCutRow(prev: RawCell[], next: RawCell[]): RawCell[] | null {
  if (prev.length !== next.length) return null;
  if ([...prev, ...next].some((c) => c.mergedFrom || (c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1)) return null;
  const filled = (c: RawCell) => c.text.trim() !== '';
  const cont = next.map((c, i) => (filled(c) ? i : -1)).filter((i) => i >= 0);
  if (cont.length === 0) return null;
  if (!cont.every((i) => filled(prev[i]!))) return null;
  if (!prev.some((c, i) => filled(c) && !filled(next[i]!))) return null;
  // Numbers do not wrap over a page break: a number under a number is the next row's.
  if (cont.some((i) => isNumericText(prev[i]!.text) && isNumericText(next[i]!.text))) return null;
  if (!cont.some((i) => !SENTENCE_END.test(prev[i]!.text) && !ITEM_START.test(next[i]!.text))) return null;
  return prev.map((c, i) => {
    const n = next[i]!;
    if (!filled(n)) return c;
    return { ...c, text: c.text + wrapJoiner(c.text, n.text) + n.text, spans: [...c.spans, ...n.spans] };
  });
}

export interface Assembled {
  lines: Line[];
  tables: Table[];
  blocks: Block[];
}

export function assemble(pages: PageLayout[]): Assembled {
  markRunning(pages);
  markHeadings(pages);
  const lines: Line[] = [];
  const offsets: number[] = [];
  for (const p of pages) {
    offsets.push(lines.length);
    p.lines.forEach((l, i) => {
      lines.push({ page: p.page, lineNo: i + 1, text: l.text, kind: l.kind, ...(p.ocr ? { ocr: true } : {}) });
    });
  }

  const tables: Table[] = [];
  const tableBlocks: Block[] = [];
  for (const chain of tableChains(pages)) {
    const rows: RawCell[][] = [];
    const tableLines: number[] = [];
    const pageNumbers: number[] = [];
    for (const ref of chain) {
      const page = pages[ref.page]!;
      const t = page.tables[ref.table]!;
      const offset = offsets[ref.page]!;
      const partRows = t.rows.map((row) =>
        row.map((c) => ({ ...c, spans: c.spans.map((s) => ({ ...s, line: s.line + offset })) })),
      );
      // The first row of a continuation may be the rest of the row the page break cut.
      if (rows.length > 0 && partRows.length > 0) {
        const joined = joinCutRow(rows[rows.length - 1]!, partRows[0]!);
        if (joined) {
          rows[rows.length - 1] = joined;
          partRows.shift();
        }
      }
      const base = rows.length;
      for (const row of partRows) {
        rows.push(
          row.map((c) => (c.mergedFrom ? { ...c, mergedFrom: [c.mergedFrom[0] + base, c.mergedFrom[1]] as [number, number] } : c)),
        );
      }
      tableLines.push(...t.lines.map((l) => l + offset));
      if (!pageNumbers.includes(page.page)) pageNumbers.push(page.page);
    }
    if (rows.length === 0) continue;
    const id = tables.length;
    const { caption, unitNote } = findCaption(lines, tableLines[0]!);
    tables.push(buildTable(rows, { id, pages: pageNumbers, caption, unitNote, origin: 'layout' }));
    tableBlocks.push({ kind: 'table', lines: tableLines, table: id });
  }
  return { lines, tables, blocks: documentBlocks(lines, tableBlocks) };
}
