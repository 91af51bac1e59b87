/**
 * Rebuild paragraphs from lines of running text. Text extracted from PDFs (and text files made from them) breaks
 * lines in the middle of names and numbers (`深圳市龙华区政务服务数` / `据管理局`, `95.` / `10%`); extractors need
 * the sentence whole. A line is joined to the next when it does not end a sentence, it is as long as a full line
 * of its document (or long in absolute terms), and the next line does not start a heading, a list item or a
 * `label：` field.
 */
import type { Block, Line } from '../model/document.js';

const SENTENCE_END = /[。！？；!?;」』]\s*$|[。！？][”’"]\s*$/;
const ITEM_START =
  /^\s*(?:#{1,6}\s|第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[、.．](?!\d)|[①-⑳]|附件|附表|表\s*\d)/;
const FIELD_START = /^\s*[\u4e00-\u9fff（）()]{2,16}[：:]/;
const HEADING_LINE = /^\s*#{1,6}\s/;
const LIST_START = /^其中\s*[:：,，]/;
/** The end of a sentence: 。；, or a Latin full stop after words (…284.45万元.), never one inside a number. */
const SENTENCE_STOP = /(?:[。；;]|(?<=[\u4e00-\u9fff%％）)])\.)$/;
/** An amount or a headcount: what a 其中 list can be the parts of. */
const AMOUNT = /\d\s*(?:万元|亿元|千元|元|萬元|億元|人)/;

/** The last sentence of a line that ends one. */
function lastSentence(text: string): string {
  const body = text.slice(0, -1);
  return body.slice(Math.max(body.lastIndexOf('。'), body.lastIndexOf('；'), body.lastIndexOf(';')) + 1);
}

/** Display width: CJK characters count 1, others ½. */
function width(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5;
  return w;
}

/** The width of a full line in this document: the 80th percentile of non-trivial line widths. */
export function typicalWidth(lines: Line[]): number {
  const widths = lines.filter((l) => l.kind === 'text').map((l) => width(l.text)).filter((w) => w >= 8).sort((a, b) => a - b);
  // Too few lines to tell: assume an A4 line of Chinese text.
  if (widths.length < 8) return 36;
  return widths[Math.floor(widths.length * 0.8)]!;
}

export function shouldJoin(prev: string, next: string, fullWidth: number): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (p === '' || n === '') return false;
  // A sentence that opens with 其中： lists the parts of the last figure of the sentence before it: one paragraph
  // with it. Fields one per line (年度预算资金总额: 1084.25 / 其中:中央补助 668.00) stay lines of their own.
  if (LIST_START.test(n) && !HEADING_LINE.test(prev) && SENTENCE_STOP.test(p) && /[，,；;。]/.test(n) && AMOUNT.test(lastSentence(p))) return true;
  if (SENTENCE_END.test(p)) return false;
  if (HEADING_LINE.test(prev) || ITEM_START.test(n) || FIELD_START.test(n)) return false;
  const w = width(p);
  // A numbered line with no clause in it (一、一般公共预算财政拨款“三公”经费支出决算总体情况) is a heading, however long.
  if (ITEM_START.test(p) && !/[，,。；;：:]/.test(p) && !/\d/.test(p.replace(ITEM_START, ''))) return false;
  // A full line was wrapped; a long line was cut mid-sentence (page breaks).
  if (w >= 0.75 * fullWidth || w >= 40) return true;
  // A short numbered line is a heading (（一）主要经验、做法), never continued.
  if (ITEM_START.test(p) && w < 25) return false;
  // A field whose value ran over (部门名称（公章）：深圳市龙华区政务服务数 / 据管理局).
  if (FIELD_START.test(p) && n.length <= 12 && !/[，。；：:,;]/.test(n) && w >= 12) return true;
  // A number cut in two (95. / 10%, 1,148 / 万元).
  if ((/\d[.,，]$/.test(p) && /^\d/.test(n)) || (/\d$/.test(p) && /^(?:万元|亿元|元|%|％)/.test(n))) return true;
  // A label whose value went to the next line (…调整后预算数 / 50.69 万元).
  if (/^[\d.,，]+\s*(?:万元|亿元|元|%|％|人|个|项|分)/.test(n) && /[\u4e00-\u9fff]$/.test(p)) return true;
  // Running text (it has clause punctuation) cut short by a page break.
  return w >= 12 && /[，、,。]/.test(p);
}

/**
 * Group the given text lines (indices into `lines`, in order, tables excluded) into paragraph and heading blocks.
 * Blank lines between two wrapped halves of a sentence do not separate them.
 */
export function paragraphBlocks(lines: Line[], indices: number[], fullWidth = typicalWidth(lines)): Block[] {
  const blocks: Block[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'paragraph', lines: current });
    current = [];
  };
  for (const idx of indices) {
    const line = lines[idx]!;
    if (line.kind === 'running') continue;
    if (line.text.trim() === '') continue;
    if (line.kind === 'heading' || HEADING_LINE.test(line.text)) {
      flush();
      blocks.push({ kind: 'heading', lines: [idx] });
      continue;
    }
    const last = current[current.length - 1];
    if (last !== undefined && shouldJoin(lines[last]!.text, line.text, fullWidth)) {
      current.push(idx);
    } else {
      flush();
      current = [idx];
    }
  }
  flush();
  return blocks;
}

/**
 * All blocks of a document in reading order: paragraphs rebuilt from the text lines between tables, and the
 * table blocks given by the adapter. Wrapped text is never joined across a table.
 */
export function documentBlocks(lines: Line[], tableBlocks: Block[]): Block[] {
  const fullWidth = typicalWidth(lines);
  const inTable = new Map<number, Block>();
  for (const b of tableBlocks) for (const l of b.lines) inTable.set(l, b);
  const blocks: Block[] = [];
  let run: number[] = [];
  const emitted = new Set<Block>();
  for (let i = 0; i < lines.length; i++) {
    const table = inTable.get(i);
    if (table) {
      // A loop, not push(...): a spread of 100k+ blocks overflows the call stack.
      if (run.length) for (const b of paragraphBlocks(lines, run, fullWidth)) blocks.push(b);
      run = [];
      if (!emitted.has(table)) {
        blocks.push(table);
        emitted.add(table);
      }
    } else {
      run.push(i);
    }
  }
  if (run.length) for (const b of paragraphBlocks(lines, run, fullWidth)) blocks.push(b);
  return blocks;
}
