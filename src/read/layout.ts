/** Turn normalised-text ranges back into what a reader checks: page, line, the quote as printed, spans. */
import type { DocumentModel, Span } from '../model/document.js';
import type { Location } from '../model/audit.js';
import { spansOf, type MappedText } from '../text/mapped-text.js';

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
