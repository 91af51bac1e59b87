/**
 * Text items → lines by position. PDF producers cut text into runs anywhere (LibreOffice starts a new item at
 * every font-subset switch, mid-word), so lines are rebuilt from baselines and x order, never from item order,
 * and joining must not invent spaces inside Chinese text nor lose the real ones between numbers and words.
 */
import type { PositionedItem } from './geometry.js';

/** Gap (in font sizes) above which two runs on one baseline are separate segments (table cells, columns). */
export const SEGMENT_GAP = 1.5;
/** Gap (in font sizes) above which a space is written between two non-CJK runs. */
export const SPACE_GAP = 0.15;

const CJK_RE =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u{20000}-\u{3134f}]/u;

/** Han, kana, CJK and full-width punctuation, and the quotes/dashes Chinese text sets full-width. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

function lastChar(s: string): string | undefined {
  const cps = Array.from(s);
  return cps[cps.length - 1];
}

function firstChar(s: string): string | undefined {
  return s.codePointAt(0) === undefined ? undefined : String.fromCodePoint(s.codePointAt(0)!);
}

/** One visual line: items on (nearly) one baseline, left to right. */
export interface TextLine {
  /** Baseline of the line's largest text. */
  y: number;
  /** Largest font size on the line. */
  fontSize: number;
  items: PositionedItem[];
}

const isBlank = (s: string) => s.trim() === '';

/**
 * Cluster items into lines: same line when the baselines differ by less than half the larger font size (so a
 * superscript stays on its line while table rows 1.5 font sizes apart do not merge). Whitespace-only items are
 * dropped: gaps are measured from positions instead, because producers disagree on whether spaces are glyphs.
 */
export function groupLines(items: PositionedItem[]): TextLine[] {
  const kept = items.filter((it) => !isBlank(it.str) && it.fontSize > 0);
  kept.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextLine[] = [];
  let current: TextLine | null = null;
  for (const it of kept) {
    if (current && Math.abs(current.y - it.y) < 0.5 * Math.max(current.fontSize, it.fontSize)) {
      current.items.push(it);
      if (it.fontSize > current.fontSize) {
        current.fontSize = it.fontSize;
        current.y = it.y;
      }
      continue;
    }
    current = { y: it.y, fontSize: it.fontSize, items: [it] };
    lines.push(current);
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    // Fake bold (the same run printed twice, slightly offset) would double every character.
    line.items = line.items.filter(
      (it, i, all) => !all.slice(Math.max(0, i - 3), i).some((p) => p.str === it.str && Math.abs(p.x - it.x) < 0.2 * it.fontSize),
    );
  }
  // Sorting merged lines by their first item; re-sort by the final baselines.
  lines.sort((a, b) => b.y - a.y);
  return lines;
}

/** The separator between two runs on one line, from the gap between them. */
export function separator(prev: PositionedItem, next: PositionedItem): string {
  const fs = Math.min(prev.fontSize, next.fontSize);
  const gap = next.x - (prev.x + prev.width);
  if (gap > SEGMENT_GAP * fs) return '  ';
  const a = lastChar(prev.str);
  const b = firstChar(next.str);
  if (gap <= SPACE_GAP * fs) return '';
  if (a === undefined || b === undefined || /\s/.test(a) || /\s/.test(b)) return '';
  return isCjk(a) && isCjk(b) ? '' : ' ';
}

/** Join runs (sorted by x) into text; `ranges[i]` is where item i's text landed. */
export function joinItems(items: PositionedItem[]): { text: string; ranges: Array<[number, number]> } {
  let text = '';
  const ranges: Array<[number, number]> = [];
  items.forEach((it, i) => {
    if (i > 0) text += separator(items[i - 1]!, it);
    ranges.push([text.length, text.length + it.str.length]);
    text += it.str;
  });
  return { text, ranges };
}

/**
 * How two pieces of one table cell from consecutive lines join: nothing between CJK, nor inside a number cut by
 * the cell edge (`15,037.5` / `1`); a space between Latin words.
 */
export function wrapJoiner(before: string, after: string): string {
  const a = lastChar(before.trimEnd());
  const b = firstChar(after.trimStart());
  if (a === undefined || b === undefined) return '';
  if (isCjk(a) || isCjk(b)) return '';
  if (/[\d.,%-]/.test(a) && /[\d.,%]/.test(b)) return '';
  if (/[-/(（]/.test(a) || /[)）,.;:%]/.test(b)) return '';
  return ' ';
}

/** Largest horizontal gap between runs of a line, in font sizes. */
export function maxGap(line: TextLine): number {
  let max = 0;
  for (let i = 1; i < line.items.length; i++) {
    const p = line.items[i - 1]!;
    const n = line.items[i]!;
    max = Math.max(max, (n.x - (p.x + p.width)) / Math.min(p.fontSize, n.fontSize));
  }
  return max;
}

/**
 * Cut an item at x positions (column edges). Glyph widths are not known per character, so they are estimated:
 * CJK characters one em, others half. Returns the pieces with their own x and width.
 */
export function splitItemAt(item: PositionedItem, edges: number[]): PositionedItem[] {
  const inside = edges.filter((e) => e > item.x + 0.1 && e < item.x + item.width - 0.1);
  if (inside.length === 0) return [item];
  const chars = Array.from(item.str);
  const weights = chars.map((c) => (isCjk(c) ? 1 : 0.5));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const pieces: PositionedItem[] = [];
  let acc = 0;
  let start = 0;
  let startX = item.x;
  let edgeIdx = 0;
  for (let i = 0; i < chars.length; i++) {
    const left = item.x + (item.width * acc) / total;
    const centre = left + (item.width * weights[i]!) / total / 2;
    while (edgeIdx < inside.length && centre > inside[edgeIdx]!) {
      if (i > start) {
        const str = chars.slice(start, i).join('');
        pieces.push({ ...item, str, x: startX, width: left - startX });
      }
      start = i;
      startX = left;
      edgeIdx++;
    }
    acc += weights[i]!;
  }
  const str = chars.slice(start).join('');
  if (str) pieces.push({ ...item, str, x: startX, width: item.x + item.width - startX });
  return pieces;
}
