/**
 * Normalised text with a map back to the original characters.
 *
 * Extractors match on normalised text (half-width digits and %, no spaces between CJK and numbers, no Markdown
 * marks, thousands commas unified, simplified characters, no pinyin glued into words), but every fact must quote and point at the original. Each normalised
 * character keeps the line index and offset of the source character it came from, so any match maps back to
 * spans of original lines, as pdf.js's find controller does with `getOriginalIndex`.
 */
import type { Span } from '../model/document.js';
import { simplifiedCode } from './traditional.js';

export interface MappedText {
  text: string;
  /** Per normalised UTF-16 unit: index of the source line. */
  line: Int32Array;
  /** Per normalised UTF-16 unit: offset in the source line. */
  offset: Int32Array;
}

export interface Segment {
  line: number;
  text: string;
  /** Offset of `text` in its source line (when only part of a line is taken, e.g. one table cell). */
  start?: number;
}

const CJK_CHAR = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’「」『』【】《》〈〉…—·]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

/** isCjk for a UTF-16 unit (-1 for none), without making a string for the common cases. */
function isCjkCode(code: number): boolean {
  if (code < 0x2010) return code === 0xb7; // ·
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f)) return true;
  return CJK_CHAR.test(String.fromCharCode(code));
}

const isBlankCode = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d;

/** Full-width forms folded to ASCII. CJK punctuation that separates clauses (，：；（）！？) is kept as is. */
function foldChar(code: number): string | null {
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  switch (code) {
    case 0xff05: // ％
    case 0xfe6a: // ﹪
      return '%';
    case 0xff0e: // ．
      return '.';
    case 0xff0b:
      return '+';
    case 0xff0d: // －
    case 0x2212: // −
      return '-';
    case 0xff1d: // ＝
    case 0xfe66: // ﹦
      return '=';
    case 0xff1c:
      return '<';
    case 0xff1e:
      return '>';
    case 0x2266: // ≦
      return '≤';
    case 0x2267: // ≧
      return '≥';
    case 0xff0f:
      return '/';
    case 0x00a0:
    case 0x3000:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b:
    case 0xfeff:
    case 0x09:
    case 0x0b:
    case 0x0c:
      return ' ';
    default:
      return null;
  }
}

/**
 * A growing run of UTF-16 units with their source line and offset, in typed arrays (large documents). Sized to
 * the text it is built from: most runs are one table cell, and small typed arrays are far cheaper to make.
 */
class Builder {
  private codes: Uint16Array;
  private lineOf: Int32Array;
  private offsetOf: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const size = Math.max(8, capacity);
    this.codes = new Uint16Array(size);
    this.lineOf = new Int32Array(size);
    this.offsetOf = new Int32Array(size);
  }
  push(ch: string, line: number, offset: number): void {
    this.pushCode(ch.charCodeAt(0), line, offset);
  }
  pushCode(code: number, line: number, offset: number): void {
    if (this.length === this.codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.codes = grow(this.codes);
      this.lineOf = grow(this.lineOf);
      this.offsetOf = grow(this.offsetOf);
    }
    this.codes[this.length] = code;
    this.lineOf[this.length] = line;
    this.offsetOf[this.length] = offset;
    this.length++;
  }
  at(i: number): string | undefined {
    return i >= 0 && i < this.length ? String.fromCharCode(this.codes[i]!) : undefined;
  }
  /** The UTF-16 unit at i, -1 outside the run. */
  codeAt(i: number): number {
    return i >= 0 && i < this.length ? this.codes[i]! : -1;
  }
  line(i: number): number {
    return this.lineOf[i]!;
  }
  offset(i: number): number {
    return this.offsetOf[i]!;
  }
  slice(start: number, end: number): string {
    return this.text(start, Math.min(end, this.length));
  }
  text(start = 0, end = this.length): string {
    let out = '';
    for (let i = start; i < end; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(end, i + 8192)));
    return out;
  }
  done(): MappedText {
    return { text: this.text(), line: this.lineOf.slice(0, this.length), offset: this.offsetOf.slice(0, this.length) };
  }
}

/** LaTeX-ish and Markdown marks that reports carry over from their drafting tools; removed or replaced, mapped. */
const MARKUP: Array<[RegExp, string]> = [
  [/\\text\{|\\mathrm\{/y, ''],
  [/\\%/y, '%'],
  [/\\leq?(?![a-z])/y, '≤'],
  [/\\geq?(?![a-z])/y, '≥'],
  [/\\times(?![a-z])/y, '×'],
  [/\\div(?![a-z])/y, '÷'],
  [/\*\*|__/y, ''],
];

/**
 * Pinyin glued after a character by mirror sites (`預(yù)算`, `經(jīng)費`): a lower-case syllable with a tone mark
 * in brackets. The tone mark is required so that `(a)`, `(B/A)` and English words stay.
 */
const PINYIN = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/y;

/**
 * Normalise a run of segments (the lines of one paragraph, or one cell) into a MappedText.
 * Joining lines adds no character, except a space between two Latin letters so that words stay apart.
 */
export function normalizeSegments(segments: Segment[]): MappedText {
  const first = new Builder(segments.reduce((n, s) => n + s.text.length + 1, 0));
  let braceDepth = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const base = seg.start ?? 0;
    let text = seg.text;
    let i = 0;
    // Markdown heading marks at the start of a line.
    const heading = /^\s{0,3}#{1,6}\s+/.exec(text);
    if (heading) i = heading[0].length;
    if (s > 0 && first.length > 0) {
      const prev = first.at(first.length - 1)!;
      const next = text.slice(i).trimStart()[0];
      if (/[A-Za-z]/.test(prev) && next !== undefined && /[A-Za-z]/.test(next)) first.push(' ', seg.line, base + i);
    }
    outer: while (i < text.length) {
      if (text[i] === '\\' || text[i] === '*' || text[i] === '_') {
        for (const [re, rep] of MARKUP) {
          re.lastIndex = i;
          const m = re.exec(text);
          if (m) {
            if (m[0].endsWith('{')) braceDepth++;
            for (const ch of rep) first.push(ch, seg.line, base + i);
            i += m[0].length;
            continue outer;
          }
        }
      }
      const code = text.charCodeAt(i);
      if ((code === 0x28 || code === 0xff08) && isCjkCode(first.codeAt(first.length - 1))) {
        PINYIN.lastIndex = i;
        const m = PINYIN.exec(text);
        if (m && m[0].length <= 9) {
          i += m[0].length;
          continue;
        }
      }
      if (code === 0x24 /* $ */) {
        i++;
        continue;
      }
      if (code === 0x7d /* } */ && braceDepth > 0) {
        braceDepth--;
        i++;
        continue;
      }
      const folded = foldChar(code);
      if (folded !== null) first.push(folded, seg.line, base + i);
      else first.pushCode(simplifiedCode(code) ?? code, seg.line, base + i);
      i++;
    }
  }
  return squeeze(first);
}

/**
 * Second pass: collapse white space and drop it where it only reflects layout: next to CJK, inside numbers
 * (`28, 220.95`), before % or a unit. Full-width commas between thousands groups become ASCII commas.
 */
function squeeze(b: Builder): MappedText {
  const out = new Builder(b.length);
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const code = b.codeAt(i);
    if (isBlankCode(code)) {
      let j = i;
      while (j < n && isBlankCode(b.codeAt(j))) j++;
      const prev = out.at(out.length - 1);
      const next = b.at(j);
      const drop =
        prev === undefined ||
        next === undefined ||
        isCjkCode(out.codeAt(out.length - 1)) ||
        isCjkCode(b.codeAt(j)) ||
        (/\d/.test(prev) && /[%‰]/.test(next)) ||
        (/[,.]/.test(prev) && /\d/.test(next) && /\d/.test(out.at(out.length - 2) ?? '')) ||
        (/\d/.test(prev) && /[.,]/.test(next) && /\d/.test(b.at(j + 1) ?? '')) ||
        /[（(“‘:：，。；、≤≥<>=×÷]/.test(prev) ||
        /[）)”’，。；、：:≤≥<>=×÷]/.test(next);
      if (!drop) out.push(' ', b.line(i), b.offset(i));
      i = j - 1;
      continue;
    }
    const last = out.codeAt(out.length - 1);
    if (code === 0xff0c /* ， */ && last >= 0x30 && last <= 0x39) {
      // 51，019.77 → 51,019.77 (a thousands separator), but 91%，12项 keeps its clause comma.
      if (/^\d{3}(?!\d)/.test(b.slice(i + 1, i + 5))) {
        out.push(',', b.line(i), b.offset(i));
        continue;
      }
    }
    out.pushCode(code, b.line(i), b.offset(i));
  }
  return out.done();
}

/** Original spans covered by the normalised range [start, end). */
export function spansOf(mt: MappedText, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, mt.text.length); i++) {
    const line = mt.line[i]!;
    const off = mt.offset[i]!;
    const last = spans[spans.length - 1];
    if (last && last.line === line && off >= last.start && off <= last.end + 4) {
      last.end = Math.max(last.end, off + 1);
    } else {
      spans.push({ line, start: off, end: off + 1 });
    }
  }
  return spans;
}

/** A MappedText for a plain string with no source (used in tests and for synthetic text). */
export function unmapped(text: string, line = 0): MappedText {
  if (line !== 0 || text.length > 80) return normalizeSegments([{ line, text }]);
  // Labels are normalised again and again by the rules (names, measures, rows): short ones are kept.
  let mt = unmappedLabels.get(text);
  if (!mt) {
    if (unmappedLabels.size >= 20000) unmappedLabels.clear();
    unmappedLabels.set(text, (mt = normalizeSegments([{ line, text }])));
  }
  return mt;
}

const unmappedLabels = new Map<string, MappedText>();
