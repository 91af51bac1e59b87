/**
 * Sections of a report: the blocks under one heading. Parts of a total (the three 三公 items under (1)三公经费)
 * are usually stated in the same section as the total, in separate paragraphs; a sum check looks there.
 * A heading is a heading block, or a short numbered paragraph (（二）日常公用经费, 2.效率性).
 */
import type { DocumentModel } from '../model/document.js';
import { blockText } from '../text/block-text.js';

const MARKERS: Array<[RegExp, number]> = [
  [/^第[一二三四五六七八九十]+[章部分]/, 1],
  [/^[一二三四五六七八九十]+[、.．]/, 2],
  [/^[（(][一二三四五六七八九十]+[）)]/, 3],
  [/^\d{1,2}[.、．](?!\d)/, 4],
  [/^[（(]\d{1,2}[）)]/, 5],
  [/^[①-⑳]/, 6],
];

export function headingLevel(text: string): number | null {
  const t = text.trim().replace(/^#+\s*/, '');
  for (const [re, level] of MARKERS) if (re.test(t)) return level;
  return null;
}

/** For each block, the id of the section it is in (the index of the innermost heading block, or -1). */
export function sectionOfBlocks(doc: DocumentModel): number[] {
  let sections = sectionsOf.get(doc);
  if (!sections) sectionsOf.set(doc, (sections = findSections(doc)));
  return sections;
}

/** Read once per document: the vocabulary and the figure reader both ask. */
const sectionsOf = new WeakMap<DocumentModel, number[]>();

function findSections(doc: DocumentModel): number[] {
  const stack: Array<{ level: number; block: number }> = [];
  const out: number[] = [];
  doc.blocks.forEach((block, b) => {
    if (block.kind !== 'table') {
      const text = blockText(doc, block.lines).text;
      // A numbered short line without a figure in it is a heading (（2）三公经费); ①…0.00 万元。 is not.
      const hasFigure = /\d[\d,.]*\s*(?:万元|亿元|元|%|人|个|项)/.test(text);
      const isHeading = block.kind === 'heading' || (text.length <= 30 && !hasFigure && headingLevel(text) !== null);
      if (isHeading) {
        const level = headingLevel(text) ?? (block.kind === 'heading' ? 1 : 7);
        while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
        stack.push({ level, block: b });
      }
    }
    out.push(stack.length ? stack[stack.length - 1]!.block : -1);
  });
  return out;
}
