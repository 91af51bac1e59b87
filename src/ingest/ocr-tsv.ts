
/** A positioned text run in PDF user space (points), origin bottom-left, y = baseline, like text-layer runs. */
export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/**
 * Tesseract TSV (word boxes in image pixels) → positioned items in PDF points.
 *
 * Tesseract's Chinese model splits running Han text into arbitrary "words" (部 门 名 称 : 深圳 市 坪山 区 …).
 * Words on one tesseract line are joined into one item while the gap between them is narrower than a fraction
 * of the line's character height, so an item is a run of text as a text layer would give it, and a wide gap
 * (the next table column) starts a new item.
 */

export interface TsvWord {
  block: number;
  par: number;
  line: number;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

export interface TsvPage {
  /** Page image size in pixels (the level-1 row). */
  width: number;
  height: number;
  words: TsvWord[];
}

export function parseTsv(tsv: string): TsvPage {
  const page: TsvPage = { width: 0, height: 0, words: [] };
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] === 'level') continue;
    const n = f.slice(0, 11).map(Number);
    if (n[0] === 1) {
      page.width = n[8]!;
      page.height = n[9]!;
    } else if (n[0] === 5) {
      page.words.push({ block: n[2]!, par: n[3]!, line: n[4]!, left: n[6]!, top: n[7]!, width: n[8]!, height: n[9]!, conf: n[10]!, text: f.slice(11).join('\t') });
    }
  }
  return page;
}

/** Join words closer than this many line heights. Han characters sit ~0–0.5 apart; table columns are wider. */
export const JOIN_GAP = 0.8;
/**
 * Extra allowance after closing / before opening full-width punctuation: the glyph fills only half of its em
 * box (`，` left, `（` right), so the visible gap next to it is half a character wider than the real one.
 */
export const PUNCT_GAP = 0.6;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CLOSING = /[，。、；：！？）》」』”’〉】,.;:]$/;
const OPENING = /^[（《「『“‘〈【]/;
/** A part starting with a comma or full stop continues the text before it: no cell starts that way. */
const CONTINUES = /^[，。、；：！？）》」』”’]/;
/** Table rules read as text (`|`, often glued to a neighbour: `“|`). They separate cells, they are not text. */
const RULE = /[|丨｜]/;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** Between two joined words: nothing next to a Han character or CJK punctuation, a space between Latin/digits. */
function joiner(left: string, right: string): string {
  const a = left[left.length - 1] ?? '';
  const b = right[0] ?? '';
  if (HAN.test(a) || HAN.test(b) || a > '\u2fff' || b > '\u2fff') return '';
  return ' ';
}

export function wordsToItems(tsv: TsvPage, dpi: number): { width: number; height: number; items: PositionedItem[]; confidence: number } {
  const k = 72 / dpi;
  const pageHeight = tsv.height * k;
  const lines = new Map<string, TsvWord[]>();
  let confSum = 0;
  let confChars = 0;
  for (const w of tsv.words) {
    const text = w.text.trim();
    if (text.replace(new RegExp(RULE.source, 'g'), '') === '') continue;
    const key = `${w.block}.${w.par}.${w.line}`;
    const list = lines.get(key) ?? [];
    list.push({ ...w, text });
    lines.set(key, list);
    if (w.conf >= 0) {
      confSum += w.conf * text.length;
      confChars += text.length;
    }
  }
  const items: PositionedItem[] = [];
  for (const words of lines.values()) {
    words.sort((a, b) => a.left - b.left);
    // One baseline and size per line: box bottoms and heights vary with the glyphs (（ 2021 支出 …).
    const lineHeight = median(words.map((w) => w.height));
    const baseline = median(words.map((w) => w.top + w.height));
    let run: { text: string; left: number; right: number } | null = null;
    const flush = () => {
      if (!run) return;
      items.push({
        str: run.text,
        x: run.left * k,
        y: pageHeight - baseline * k,
        width: (run.right - run.left) * k,
        height: lineHeight * k,
        fontSize: lineHeight * k,
      });
      run = null;
    };
    for (const w of words) {
      // A rule inside a word splits it: the part before may join the run, the part after starts a new one.
      const parts = w.text.split(RULE);
      const step = w.width / Math.max(1, w.text.length);
      let offset = 0;
      parts.forEach((part, i) => {
        if (i > 0) flush();
        const left = w.left + offset * step;
        offset += part.length + 1;
        if (part === '') return;
        const right = left + part.length * step;
        const allowed = (JOIN_GAP + (run && (CLOSING.test(run.text) || OPENING.test(part) || CONTINUES.test(part)) ? PUNCT_GAP : 0)) * lineHeight;
        if (run && left - run.right <= allowed) {
          run.text += joiner(run.text, part) + part;
          run.right = Math.max(run.right, right);
        } else {
          flush();
          run = { text: part, left, right };
        }
      });
    }
    flush();
  }
  return { width: tsv.width * k, height: pageHeight, items, confidence: confChars ? confSum / confChars / 100 : 0 };
}
