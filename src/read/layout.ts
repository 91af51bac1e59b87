/**
 * Turn normalised-text ranges back into what a reader checks: page, line, the quote as printed, spans; and where a
 * number starts, which is how the readers of one number find each other.
 */
import type { DocumentModel, Span } from '../model/document.js';
import type { Location } from '../model/audit.js';
import { spansOf, type MappedText } from '../text/mapped-text.js';
import type { NumberToken } from './numbers.js';

const QUOTE_MAX = 160;

/** The original text covered by normalised [start, end), read from the source lines (so it is as printed). */
export function originalText(doc: DocumentModel, mt: MappedText, start: number, end: number): string {
  const spans = spansOf(mt, start, end);
  const parts: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const text = doc.lines[s.line]?.text ?? '';
    const prev = spans[i - 1];
    // Within one line, keep what lies between two spans (spaces the normaliser dropped).
    if (prev && prev.line === s.line && prev.end < s.start) parts.push(text.slice(prev.end, s.start));
    parts.push(text.slice(s.start, s.end));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A quote around [start, end) within the sentence [sStart, sEnd), cut to a readable length. */
export function quoteAround(doc: DocumentModel, mt: MappedText, sentence: [number, number], start: number, end: number): string {
  let [a, b] = sentence;
  if (b - a > QUOTE_MAX) {
    a = Math.max(a, start - QUOTE_MAX / 2);
    b = Math.min(b, end + QUOTE_MAX / 2);
  }
  const text = originalText(doc, mt, a, b);
  return (a > sentence[0] ? '…' : '') + text + (b < sentence[1] ? '…' : '');
}

export function locate(doc: DocumentModel, mt: MappedText, start: number, end: number, sentence: [number, number]): Location {
  const spans: Span[] = spansOf(mt, start, end);
  const first = spans[0] ?? { line: mt.line[start] ?? 0, start: 0, end: 0 };
  const line = doc.lines[first.line];
  return {
    file: doc.file,
    page: line?.page ?? null,
    line: line?.lineNo ?? 0,
    quote: quoteAround(doc, mt, sentence, start, end),
    spans,
  };
}

/**
 * Where a printed number starts: its file, its line and the offset of its first character there. Every reader
 * that reads one number agrees on it, so it is how what one reader says about a number reaches another's figure.
 */
export interface NumberAt {
  file: string;
  line: number;
  start: number;
}

/** The start of the number a location is of; null when it has no characters in the document (a cell without spans). */
export function numberAt(location: Location): NumberAt | null {
  const span = location.spans[0];
  return span ? { file: location.file, line: span.line, start: span.start } : null;
}

/** The start of a number token of a normalised text, as `numberAt` gives it for the token's location. */
export function tokenAt(doc: DocumentModel, mt: MappedText, token: NumberToken): NumberAt | null {
  const span = spansOf(mt, token.start, token.unitEnd)[0];
  return span ? { file: doc.file, line: span.line, start: span.start } : null;
}

/** A position as a map key. */
export function atKey(at: NumberAt): string {
  return `${at.file}|${at.line}:${at.start}`;
}

/** A number as a reader read it, where it is printed: enough to make a figure of it. */
export interface LocatedNumber {
  /** Decimal string in `unit`: the number as printed times the scale of its printed unit. */
  value: string;
  unit: string;
  /** The number as printed. */
  raw: string;
  /** The unit as printed. */
  rawUnit: string;
  /** Decimals as printed. */
  decimals: number;
  ocr?: boolean;
  location: Location;
}

/** A number token of a normalised text, located; `context` is the range its quote is cut from. */
export function locateNumber(doc: DocumentModel, mt: MappedText, token: NumberToken, context: [number, number], unit: string, table?: Location['table']): LocatedNumber {
  const location = locate(doc, mt, token.start, token.unitEnd, context);
  if (table) location.table = table;
  const ocr = location.spans.some((s) => doc.lines[s.line]?.ocr);
  return { value: token.value.times(token.scale).toFixed(), unit, raw: token.raw, rawUnit: token.unit, decimals: token.decimals, ...(ocr ? { ocr: true } : {}), location };
}
