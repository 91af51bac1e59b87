/**
 * Running headers, footers and page numbers: lines in the top or bottom margin band that are page numbers, or
 * whose text (digits aside) recurs in that band on many pages. They stay as lines (provenance) with kind
 * `running`, so paragraphs and tables do not read through them.
 */
import type { PageLayout } from './layout.js';

/** Share of the page height, from the top or the bottom edge, where running lines live. */
const BAND = 0.1;
/** How many lines from the top/bottom of a page are considered. */
const DEPTH = 3;

const PAGE_NUMBER =
  /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4})\s*$/i;

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Candidate lines of a page: up to DEPTH non-table lines from each end, inside the margin bands. */
function candidates(page: PageLayout): number[] {
  const out: number[] = [];
  const top = page.height * (1 - BAND);
  const bottom = page.height * BAND;
  const idx = page.lines.map((_, i) => i);
  for (const i of idx.slice(0, DEPTH)) if (page.lines[i]!.kind === 'text' && page.lines[i]!.y >= top) out.push(i);
  for (const i of idx.slice(-DEPTH)) if (page.lines[i]!.kind === 'text' && page.lines[i]!.y <= bottom && !out.includes(i)) out.push(i);
  return out;
}

/** Marks running lines in place; returns how many were marked. */
export function markRunning(pages: PageLayout[]): number {
  const perPage = pages.map(candidates);
  const counts = new Map<string, number>();
  perPage.forEach((cands, p) => {
    const seen = new Set<string>();
    for (const i of cands) {
      const k = (pages[p]!.lines[i]!.y > pages[p]!.height / 2 ? 'T' : 'B') + key(pages[p]!.lines[i]!.text);
      if (!seen.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
      seen.add(k);
    }
  });
  const textPages = pages.filter((p) => p.lines.length > 0).length;
  const minRepeats = Math.max(2, Math.ceil(textPages * 0.4));
  let marked = 0;
  perPage.forEach((cands, p) => {
    const page = pages[p]!;
    for (const i of cands) {
      const line = page.lines[i]!;
      const k = (line.y > page.height / 2 ? 'T' : 'B') + key(line.text);
      // A bare number at the page's first or last line is a page number; elsewhere it may be text.
      const outermost = i === 0 || i === page.lines.length - 1;
      const pageNumber = PAGE_NUMBER.test(line.text) && (outermost || !/^\s*\d{1,4}\s*$/.test(line.text));
      if (pageNumber || (textPages >= 2 && (counts.get(k) ?? 0) >= minRepeats && key(line.text).length > 0)) {
        line.kind = 'running';
        marked++;
      }
    }
  });
  return marked;
}
