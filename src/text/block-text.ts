/** The normalised text of a document's block, made once per block: sections, identity, facts and figures all read it. */
import type { Cell, DocumentModel } from '../model/document.js';
import { normalizeSegments, type MappedText } from './mapped-text.js';

const blockTexts = new WeakMap<number[], MappedText>();

/** `lines` is a block's own line list (its identity keys the cache); a document's lines do not change once read. */
export function blockText(doc: DocumentModel, lines: number[]): MappedText {
  let mt = blockTexts.get(lines);
  if (!mt) blockTexts.set(lines, (mt = normalizeSegments(lines.map((l) => ({ line: l, text: doc.lines[l]!.text })))));
  return mt;
}

const cellTexts = new WeakMap<Cell, MappedText>();

/**
 * The normalised text of a table cell, made once per cell: the table readers (figures, vocabulary, score forms)
 * each read every cell. A cell without spans (made, not read) is normalised from its own text.
 */
export function cellText(doc: DocumentModel, cell: Cell): MappedText {
  let mt = cellTexts.get(cell);
  if (!mt) {
    mt = cell.spans.length
      ? normalizeSegments(cell.spans.map((s) => ({ line: s.line, text: doc.lines[s.line]!.text.slice(s.start, s.end), start: s.start })))
      : normalizeSegments([{ line: -1, text: cell.text }]);
    cellTexts.set(cell, mt);
  }
  return mt;
}
