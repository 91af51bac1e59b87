/**
 * Tables that go on over a page break: a table that ends its page continues in the table that starts the next
 * page when both have the same columns. The chain becomes one table that records all its pages; header rows
 * repeated on the later pages are marked by `buildTable`.
 */
import type { PageLayout, PageTable } from './layout.js';

export interface TableRef {
  /** Index into the page list. */
  page: number;
  /** Index into that page's tables. */
  table: number;
}

/** Lines that may stand between a page top and a continued table: 续表 captions and unit notes. */
const CONTINUATION = /^\s*(?:续表|\(续\)|（续）|续)|(?:金额)?单位\s*[:：]/;

function isContent(page: PageLayout, i: number): boolean {
  const l = page.lines[i]!;
  return l.kind !== 'running' && l.text.trim() !== '';
}

/** No reading text after the table on its page. */
function endsPage(page: PageLayout, t: PageTable): boolean {
  const last = t.lines[t.lines.length - 1]!;
  for (let i = last + 1; i < page.lines.length; i++) if (isContent(page, i)) return false;
  return true;
}

/** Nothing but running lines and continuation captions before the table on its page. */
function startsPage(page: PageLayout, t: PageTable): boolean {
  const first = t.lines[0]!;
  for (let i = 0; i < first; i++) if (isContent(page, i) && !CONTINUATION.test(page.lines[i]!.text)) return false;
  return true;
}

function sameColumns(a: PageTable, b: PageTable, pageWidth: number): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const tolerance = Math.max(3, 0.03 * pageWidth);
  return a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= tolerance);
}

/** Every table of the document as a chain of page tables, in reading order. */
export function tableChains(pages: PageLayout[]): TableRef[][] {
  const chains: TableRef[][] = [];
  let open: TableRef[] | null = null;
  pages.forEach((page, p) => {
    page.tables.forEach((t, ti) => {
      const ref = { page: p, table: ti };
      const prev = open?.[open.length - 1];
      if (
        open &&
        prev &&
        ti === 0 &&
        prev.page === p - 1 &&
        startsPage(page, t) &&
        sameColumns(pages[prev.page]!.tables[prev.table]!, t, page.width)
      ) {
        open.push(ref);
      } else {
        open = [ref];
        chains.push(open);
      }
      if (!(ti === page.tables.length - 1 && endsPage(page, t))) open = null;
    });
    // A page without tables ends any open chain (unless it is empty: a blank page inside a table is unlikely).
    if (page.tables.length === 0) open = null;
  });
  return chains;
}
