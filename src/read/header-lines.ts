/**
 * Forms flattened into lines of words and numbers separated by spaces, the way copied PDFs and Word files lose
 * their grid:
 *
 *     二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
 *     预算数 6.84 到位数 6.84 执行数 6.84 100.00
 *
 * A header line names the columns; the numbers that end a line below it belong to the header's last columns,
 * right to left (100.00 is the 预算执行进度(%)). Words inside a row may hold spaces too, so only that trailing run
 * of numbers is placed. Under a header naming targets (预期指标值, 年度指标值), a number with a direction
 * (>= 98 %) is the target, not a threshold of a rule.
 */
import type { DocumentModel } from '../model/document.js';
import { normalizeSegments, spansOf, type MappedText } from '../text/mapped-text.js';
import type { FigureDraft } from './draft.js';
import { CELL, classify, meaning, parseCell, type ColumnMeaning } from './columns.js';
import type { MoneyUnit } from './prose.js';
import { parseNumber } from './numbers.js';

const COLUMN_WORD =
  /预算数|执行数|到位数|执行率|分值|得分|指标值|完成值|实际值|决算数|权重|占比|金额|目标值|资金总额|控制率|执行情况|安排情况|到位情况|执行进度|完成率|完成情况|一级指标|二级指标|三级指标/;
const TARGET_HEADER = /指标值|目标值|预期/;
const DIRECTED = /(>=|≥|<=|≤|＞|＜|>|<)[\s|]*(\d+(?:\.\d+)?)[\s|]*(%|[\u4e00-\u9fff]{1,3})?/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Cells of a line: runs between the separators (spaces, kept as `|` by lineText). */
function tokens(text: string): Token[] {
  return [...text.matchAll(/[^|]+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The same, with an empty cell where two spaces or more stand between two cells (总分 100  93.6). */
function cellsWithEmpties(text: string): Token[] {
  const out: Token[] = [];
  const trimmed = text.replace(/^\|+|\|+$/g, '');
  const lead = text.length - text.replace(/^\|+/, '').length;
  let at = lead;
  for (const piece of trimmed.split('|')) {
    out.push({ text: piece, start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  return out;
}

/** A group's weight in a name cell: 投入(20分), 预算配置（12分）. */
const GROUP_WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]/;

function isHeaderLine(toks: Token[]): boolean {
  if (toks.length < 3) return false;
  if (toks.some((t) => CELL.test(t.text.replace(/[（(][^）)]*[）)]/g, '')) && /\d/.test(t.text.replace(/[（(][^）)]*[）)]/g, '')))) return false;
  return toks.filter((t) => COLUMN_WORD.test(t.text)).length >= 2;
}

/** One line as a mapped text, its spaces turned into `|` one for one: here they separate cells. */
function lineText(doc: DocumentModel, line: number): MappedText {
  return normalizeSegments([{ line, text: doc.lines[line]!.text.replace(/\s/g, '|') }]);
}

/** A token that is one number (with a unit or a direction): its parse, in the line's coordinates. */
function parseToken(mt: MappedText, tok: Token): ReturnType<typeof parseCell> {
  const p = parseCell({ text: tok.text, line: mt.line.subarray(tok.start, tok.end), offset: mt.offset.subarray(tok.start, tok.end) });
  return p ? { ...p, start: tok.start + p.start, end: tok.start + p.end } : null;
}

function lineDraft(
  mt: MappedText,
  start: number,
  end: number,
  kind: FigureDraft['kind'],
  label: string,
  value: FigureDraft['value'],
  unit: string,
  raw: string,
  rawUnit: string,
  decimals: number,
  role: string,
  extractor: string,
  form: FigureDraft['form'],
): FigureDraft {
  return { mt, start, end, context: [0, mt.text.length], kind, label, value, unit, raw, rawUnit, decimals, comparator: '=', period: '', comparison: '', direction: 0, role, extractor, form };
}

/** Where a row's criteria cell stands (评分标准: 得4分、每降低1个百分点扣0.5分): its numbers are the rule's, not figures. */
export interface CriteriaSpan {
  line: number;
  start: number;
  end: number;
}

export interface HeaderLineReading {
  drafts: FigureDraft[];
  criteria: CriteriaSpan[];
}

export function readHeaderLines(doc: DocumentModel, lines: number[], unitAt: (line: number) => MoneyUnit | null): HeaderLineReading {
  const out: FigureDraft[] = [];
  const criteria: CriteriaSpan[] = [];
  let header: ColumnMeaning[] | null = null;
  let headerLine = -1;
  let targets = false;
  for (const line of lines) {
    const raw = doc.lines[line]!;
    if (raw.kind === 'running') continue;
    // Until a header is found only a header matters, and a header has three cells or more.
    if (!header && raw.text.trim().split(/\s+/).length < 3) continue;
    const mt = lineText(doc, line);
    const toks = tokens(mt.text);
    if (!toks.length) continue;
    if (isHeaderLine(toks)) {
      header = toks.map((t) => meaning(t.text));
      headerLine = line;
      targets ||= TARGET_HEADER.test(mt.text);
      continue;
    }
    if (!header) continue;
    const form = (col: number) => ({ id: -1 - headerLine, row: line, col });
    // A row with as many cells as the header or fewer (merged name cells left out): its cells right-aligned
    // under the header, when every figure lands in a column for figures and every word in a column for words.
    const cells = cellsWithEmpties(mt.text);
    if (cells.length <= header.length && cells.length >= 2) {
      const offset = header.length - cells.length;
      const placed = cells.map((cell, i) => ({ cell, col: header![offset + i]!, at: offset + i }));
      const valued = (c: ColumnMeaning) => !c.label && !c.criteria && (c.role !== '' || c.percent || c.money !== null);
      const fits = placed.every(({ cell, col }) => {
        const t = cell.text.trim();
        if (t === '') return true;
        const number = CELL.test(t) && /\d/.test(t);
        return number ? valued(col) : !valued(col) || col.role === '目标' || col.role === '实际';
      });
      if (fits && placed.some(({ cell, col }) => valued(col) && cell.text.trim() !== '')) {
        const name = (placed.filter(({ col }) => col.label && !col.criteria).map(({ cell }) => cell.text.trim()).filter(Boolean).pop() ?? '').slice(0, 30);
        for (const { cell, col, at } of placed) {
          const t = cell.text.trim();
          if (col.criteria && t) {
            const spans = spansOf(mt, cell.start, cell.end);
            if (spans.length) criteria.push({ line: spans[0]!.line, start: spans[0]!.start, end: spans.at(-1)!.end });
            continue;
          }
          const weight = col.label ? GROUP_WEIGHT.exec(t) : null;
          if (weight) {
            const parsed = parseNumber(weight[1]!);
            const start = cell.start + t.indexOf(weight[1]!);
            if (parsed) out.push(lineDraft(mt, start, start + weight[1]!.length + 1, 'weight', t.replace(GROUP_WEIGHT, ''), parsed.value, '分', weight[1]!, '分', parsed.decimals, '分值', 'header-line-group', form(at)));
            continue;
          }
          if (!valued(col) || t === '') continue;
          const p = parseToken(mt, cell);
          if (!p) continue;
          const what = classify(p, col, { label: name, rowUnit: null, tableUnit: unitAt(line), people: false, staffContext: name + col.plain });
          if (!what) continue;
          out.push({ ...lineDraft(mt, p.start, p.end, what.kind, [name, col.header].filter(Boolean).join(' › '), what.value, what.unit, p.raw, p.unit, p.decimals, col.role, 'header-line', form(at)), comparator: p.comparator, period: col.period });
        }
        continue;
      }
    }
    // The numbers ending the line, right to left under the header's last columns. In a line of label–number
    // pairs (预算数 6.84 到位数 6.84 执行数 6.84 100.00) the first of them is its label's; only the rest are placed.
    const isNumber = (t: Token) => CELL.test(t.text) && /\d/.test(t.text);
    let trailing: Token[] = [];
    for (let i = toks.length - 1; i >= 0 && isNumber(toks[i]!); i--) trailing.unshift(toks[i]!);
    const head = toks.slice(0, toks.length - trailing.length + 1);
    const pairs = head.length >= 2 && head.every((t, i) => isNumber(t) === (i % 2 === 1));
    if (pairs) trailing = trailing.slice(1);
    const name = toks.slice(0, Math.min(3, toks.length - trailing.length)).map((t) => t.text).join(' ').slice(0, 30);
    if (trailing.length && trailing.length < toks.length && trailing.length <= header.length) {
      trailing.forEach((tok, k) => {
        const col = header![header!.length - trailing.length + k]!;
        const cell = parseToken(mt, tok);
        if (!cell) return;
        const what = classify(cell, col, { label: name, rowUnit: null, tableUnit: unitAt(line), people: false, staffContext: name + col.plain });
        if (!what) return;
        out.push({
          mt,
          start: cell.start,
          end: cell.end,
          context: [0, mt.text.length],
          kind: what.kind,
          label: [name, col.header].filter(Boolean).join(' › '),
          value: what.value,
          unit: what.unit,
          raw: cell.raw,
          rawUnit: cell.unit,
          decimals: cell.decimals,
          comparator: cell.comparator,
          period: col.period,
          comparison: '',
          direction: 0,
          role: col.role,
          extractor: 'header-line',
        });
      });
    }
    if (!targets) continue;
    for (const m of mt.text.matchAll(DIRECTED)) {
      const parsed = parseNumber(m[2]!);
      if (!parsed) continue;
      const start = m.index! + m[0].indexOf(m[2]!);
      out.push({
        mt,
        start,
        end: m.index! + m[0].length,
        context: [0, mt.text.length],
        kind: m[3] === '%' ? 'rate' : 'quantity',
        label: `${name} › 目标`,
        value: parsed.value,
        unit: m[3] ?? '',
        raw: m[2]!,
        rawUnit: m[3] ?? '',
        decimals: parsed.decimals,
        comparator: m[1]!.startsWith('<') || m[1] === '≤' || m[1] === '＜' ? '≤' : '≥',
        period: '',
        comparison: '',
        direction: 0,
        role: '目标',
        extractor: 'header-line',
      });
    }
  }
  return { drafts: out, criteria };
}
