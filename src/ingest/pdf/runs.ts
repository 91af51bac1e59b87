/**
 * Characters → text runs. PDFium reports one character at a time (with the line breaks and word spaces it
 * infers marked as generated); the layout code works on runs of text like the items of a text layer. A run is a
 * stretch of characters on one baseline, in one size, each starting where the previous one ended, with the
 * printed spaces between them (the seeds' own text has spaces between Han characters, and they are kept). Any
 * gap wider than a sliver ends the run, and so do spaces at its ends: `lines.ts` decides from the measured gap
 * whether a space, nothing or a column break stands there, as it does between the runs of any producer. The
 * spaces PDFium infers are dropped for that reason.
 */
import type { PositionedItem } from './geometry.js';
import { SPACE_GAP } from './lines.js';

/** One character in page space. */
export interface Glyph {
  text: string;
  /** Inserted by PDFium (line break, inferred space), not printed. */
  generated: boolean;
  /** Origin (left end of the baseline). */
  x: number;
  y: number;
  /** Where the advance ends along the baseline. */
  right: number;
  fontSize: number;
  /** Left to right, upright in page space; anything else is read as a stamp or vertical text. */
  horizontal: boolean;
  /** PDFium's handle of the text object the character belongs to (0 for generated ones). */
  source: number;
}

/** Baseline shift (font sizes) that starts a new run: a superscript, the next line. */
const BASELINE_SHIFT = 0.1;
/** Overlap (font sizes) beyond which the next character is not the continuation of this run. */
const MAX_OVERLAP = 0.5;

function continues(run: PositionedItem, prevRight: number, g: Glyph): boolean {
  const fs = run.fontSize;
  if (Math.abs(g.fontSize - fs) > 0.02 * fs || Math.abs(g.y - run.y) > BASELINE_SHIFT * fs) return false;
  const gap = g.x - prevRight;
  return gap <= SPACE_GAP * fs && gap >= -MAX_OVERLAP * fs;
}

const isSpace = (s: string) => s.trim() === '';

export function glyphRuns(glyphs: Glyph[]): { items: PositionedItem[]; skewed: PositionedItem[] } {
  const items: PositionedItem[] = [];
  const skewed: PositionedItem[] = [];
  let run: PositionedItem | null = null;
  let right = 0;
  let runHorizontal = true;
  for (const g of glyphs) {
    if (g.generated || g.text === '') {
      run = null;
      continue;
    }
    const space = isSpace(g.text);
    // Rotated text keeps PDFium's reading order, with no geometry of its own to check.
    const joins = run !== null && runHorizontal === g.horizontal && (!g.horizontal || continues(run, right, g));
    if (joins) {
      run!.str += g.text;
      right = g.right;
      // A run's extent is its ink: trailing spaces are trimmed below, and their width belongs to the gap.
      if (!space) run!.width = right - run!.x;
      continue;
    }
    if (space) {
      run = null;
      continue;
    }
    run = { str: g.text, x: g.x, y: g.y, width: g.right - g.x, height: g.fontSize, fontSize: g.fontSize };
    right = g.right;
    runHorizontal = g.horizontal;
    (g.horizontal ? items : skewed).push(run);
  }
  for (const r of items) r.str = r.str.trimEnd();
  for (const r of skewed) r.str = r.str.trimEnd();
  return { items, skewed };
}
