/**
 * A 其中 list ends where a sibling of its whole begins:
 *
 *     上缴中央彩票公益金17,812万元，其中：福利彩票公益金14,196万元，体育彩票公益金3,616万元；
 *     省本级留成彩票公益金10,316万元，其中：福利彩票公益金7,998万元，体育彩票公益金2,318万元；市县分成…
 *
 * The item after the semicolon opens a 其中 of its own whose items carry the names of the parts before it: it is
 * broken down as the whole is, so it stands beside the whole, not in its list. Told apart from a part that has parts
 * (支出100万元，其中：基本支出60万元，其中：人员经费50万元…；项目支出40万元), whose own items have other names.
 */
import { unmapped } from '../text/mapped-text.js';
import type { FigureDraft } from './draft.js';

const LEAD = /^[\s其中包括含:：，,、；;]+/;

/** An item's own words, without the list words before them (not names.ts's nameOf, which qualifies a label). */
function itemName(d: FigureDraft): string {
  return unmapped(d.label).text.replace(LEAD, '').replace(/\s+/g, '');
}

/** Takes out of their list the items of a paragraph's drafts that begin a sibling of the list's whole, and those after. */
export function endListsAtParallels(drafts: FigureDraft[]): void {
  const lists = new Map<FigureDraft[], FigureDraft[]>();
  for (const d of drafts) {
    if (!d.partOf || d.table) continue;
    const list = lists.get(d.partOf);
    if (list) list.push(d);
    else lists.set(d.partOf, [d]);
  }
  for (const parts of lists.values()) {
    parts.sort((a, b) => a.start - b.start);
    for (let k = 1; k < parts.length; k++) {
      const item = parts[k]!;
      const previous = parts[k - 1]!;
      if (previous.mt !== item.mt || !/[；;]/.test(item.mt.text.slice(previous.end, item.start))) continue;
      const own = drafts.filter((d) => d.partOf?.includes(item) && d.mt === item.mt && d.start > item.end);
      const ownNames = own.map(itemName);
      if (own.length < 2 || new Set(ownNames).size < 2 || ownNames.some((n) => !n)) continue;
      const before = new Set(parts.slice(0, k).map(itemName));
      if (!ownNames.every((n) => before.has(n))) continue;
      for (const later of parts.slice(k)) delete later.partOf;
      break;
    }
  }
}
