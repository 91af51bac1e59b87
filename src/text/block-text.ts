/** The normalised text of a document's block, made once per block: sections, identity, facts and figures all read it. */
import type { DocumentModel } from '../model/document.js';
import { normalizeSegments, type MappedText } from './mapped-text.js';

const blockTexts = new WeakMap<number[], MappedText>();

/** `lines` is a block's own line list (its identity keys the cache); a document's lines do not change once read. */
export function blockText(doc: DocumentModel, lines: number[]): MappedText {
  let mt = blockTexts.get(lines);
  if (!mt) blockTexts.set(lines, (mt = normalizeSegments(lines.map((l) => ({ line: l, text: doc.lines[l]!.text })))));
  return mt;
}
