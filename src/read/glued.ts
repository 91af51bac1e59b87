/**
 * Forms whose cells were glued together when a PDF or a web page lost the grid:
 *
 *     项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分
 *     年度资金总额:4860.005120.003716.121072.58%10
 *     一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
 *     产出指标数量指标线路运营里程≥3600万公里3412万公里2018.96疫情期间部分线路停运
 *     总分10095.30
 *
 * The header names the columns in order; a glued run of digits under it is cut into those columns, each cut
 * checked against what its column holds (amounts with the same decimals, a weight of at most 100, a percent, a
 * score). Only a run that can be cut exactly one way is read: `4860.00|5120.00|3716.12|10|72.58%|10`,
 * `20|18.96`, `100|95.30`. An indicator's target and achievement keep their units (≥3600万公里, 3412万公里), so
 * they are read by their units.
 */
import { Decimal } from 'decimal.js';
import type { DocumentModel } from '../model/document.js';
import { normalizeSegments, type MappedText } from '../text/mapped-text.js';
import { parseNumber } from './numbers.js';
import type { FigureDraft } from './draft.js';
import type { FigureKind } from '../model/audit.js';
import type { MoneyUnit } from './prose.js';

type ColumnType = 'money' | 'weight' | 'percent' | 'score' | 'target' | 'actual';

interface Column {
  name: string;
  type: ColumnType;
  role: string;
}

/** Header words, longest first so that 全年预算数 is not read as 预算数. */
const HEADER_WORDS: Array<[RegExp, ColumnType, string]> = [
  [/年初预算数/, 'money', '预算'],
  [/全年预算数|调整后预算数|全年\(调整\)预算数/, 'money', '预算'],
  [/全年执行数|预算执行数|执行数|实际支出数/, 'money', '执行'],
  [/年度指标值|预期指标值|指标值|目标值/, 'target', '目标'],
  [/实际完成值|全年实际值|完成值|实际值/, 'actual', '实际'],
  [/执行率|完成率/, 'percent', ''],
  [/分值|权重/, 'weight', '分值'],
  [/得分/, 'score', '得分'],
];

/**
 * All header words in one pattern, one group per entry in the order above: at each place the first entry that
 * matches wins, and the scan goes on after it, as reading the line word by word does.
 */
const HEADER_SCAN = new RegExp(HEADER_WORDS.map(([re]) => `(${re.source})`).join('|'), 'g');

/** The columns a glued header line names, in order; null when it names fewer than three. */
export function gluedHeader(text: string): Column[] | null {
  if (/\d/.test(text.replace(/[（(][^）)]*[）)]/g, ''))) return null;
  const out: Column[] = [];
  for (const m of text.matchAll(HEADER_SCAN)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const [, type, role] = HEADER_WORDS[k]!;
    out.push({ name: m[0], type, role });
  }
  return out.length >= 3 ? out : null;
}

const PART: Record<ColumnType, RegExp> = {
  money: /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,4})?$/,
  weight: /^(?:[1-9]\d?|100)(?:\.\d)?$/,
  percent: /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%$/,
  score: /^(?:0|[1-9]\d?|100)(?:\.\d{1,2})?$/,
  target: /^$/,
  actual: /^$/,
};

/**
 * Every way to cut `run` into one part per column type (a placeholder — for a column left empty); amounts of one
 * run share their decimals. At most a few thousand tries: the runs are short.
 */
export function cuts(run: string, types: ColumnType[]): string[][] {
  const out: string[][] = [];
  const walk = (at: number, k: number, parts: string[]) => {
    if (out.length > 2) return;
    if (k === types.length) {
      if (at === run.length) out.push([...parts]);
      return;
    }
    if (/[—–-]/.test(run[at] ?? '') && types[k] !== 'money') {
      walk(at + 1, k + 1, [...parts, '—']);
      return;
    }
    for (let end = at + 1; end <= Math.min(run.length, at + 16); end++) {
      const piece = run.slice(at, end);
      if (!PART[types[k]!].test(piece)) continue;
      walk(end, k + 1, [...parts, piece]);
    }
  };
  walk(0, 0, []);
  return out.filter((parts) => {
    const decimals = new Set(parts.filter((p, i) => types[i] === 'money' && p !== '—').map((p) => p.split('.')[1]?.length ?? 0));
    return decimals.size <= 1;
  });
}

function lineText(doc: DocumentModel, line: number): MappedText {
  return normalizeSegments([{ line, text: doc.lines[line]!.text }]);
}

const KIND: Record<ColumnType, FigureKind> = { money: 'amount', weight: 'weight', percent: 'rate', score: 'score', target: 'quantity', actual: 'quantity' };

function draft(mt: MappedText, start: number, raw: string, col: Column, label: string, money: MoneyUnit | null, form: FigureDraft['form']): FigureDraft | null {
  const number = raw.replace(/%$/, '');
  const parsed = parseNumber(number);
  if (!parsed) return null;
  const kind = KIND[col.type];
  const value = kind === 'amount' && money ? parsed.value.times(money.scale) : parsed.value;
  return {
    mt,
    start,
    end: start + raw.length,
    context: [0, mt.text.length],
    kind,
    label: `${label} › ${col.name}`,
    value,
    unit: kind === 'amount' ? (money ? '万元' : '') : kind === 'rate' ? '%' : kind === 'quantity' ? '' : '分',
    raw: number,
    rawUnit: raw.endsWith('%') ? '%' : '',
    decimals: parsed.decimals,
    comparator: '=',
    period: '',
    comparison: '',
    direction: 0,
    role: col.role,
    extractor: 'glued',
    form,
  };
}

/** A run of glued digits: digits, dots, commas, % and the dash of an empty cell. */
const RUN = /[\d.,%—–-]{3,}/g;
/** A target or an achievement with its unit: ≥3600万公里, 3412万公里, 91.3%. */
const WITH_UNIT = /(≥|≤|>=|<=|>|<)?(\d+(?:\.\d+)?)(%|万?[\u4e00-\u9fff]{1,3}(?:\/[\u4e00-\u9fff]{1,2})?)/g;

const FORM_FOOTER = /填报人|填表人|联系电话|填报日期|填表日期|单位负责人|盖章/;

export function readGluedForms(doc: DocumentModel, lines: number[], unitAt: (line: number) => MoneyUnit | null): FigureDraft[] {
  const out: FigureDraft[] = [];
  let header: Column[] | null = null;
  let headerLine = -1;
  for (const line of lines) {
    // Until a header is found only a header matters, and a header has no digit outside brackets: such lines are
    // passed over before the cost of normalising them.
    if (!header && /\d/.test(doc.lines[line]!.text.replace(/[（(][^）)]*[）)]/g, ''))) continue;
    const mt = lineText(doc, line);
    const text = mt.text;
    if (!text.trim() || /\s\S+\s/.test(text.trim())) {
      // Lines with spaces between cells are the header-line reader's.
      if (text.trim()) header = null;
      continue;
    }
    const named = gluedHeader(text);
    if (named) {
      // A form's blocks (funds, indicators) share one form: its 总分 adds up both.
      if (!header) headerLine = line;
      header = named;
      continue;
    }
    if (!header) continue;
    // The form's signature lines (填报人, 联系电话, 填报日期) end it: their digits are a phone number and a date.
    if (FORM_FOOTER.test(text)) {
      header = null;
      continue;
    }
    const label = (/^[^\d≥≤<>]+/.exec(text)?.[0] ?? '').replace(/[:：]$/, '').slice(-20);
    // A piece of a row cut by a line break (91. / 3%1010) has no label: its cells cannot be told.
    if (!label.trim()) continue;
    const form = { id: -1 - headerLine, row: line, col: 0 };
    const numeric = header.filter((c) => c.type !== 'target' && c.type !== 'actual');
    const indicators = header.some((c) => c.type === 'target');
    if (!indicators) {
      // A funds row: one run under the numeric columns.
      const run = [...text.matchAll(RUN)].find((m) => /\d/.test(m[0]));
      if (!run) continue;
      const found = cuts(run[0], numeric.map((c) => c.type));
      if (found.length !== 1) continue;
      let at = run.index!;
      found[0]!.forEach((part, k) => {
        const d = part === '—' ? null : draft(mt, at, part, numeric[k]!, label, unitAt(line), form);
        if (d) out.push(d);
        at += part === '—' ? 1 : part.length;
      });
      continue;
    }
    // An indicator row: its target and achievement by their units, then its weight and score glued.
    const valued = [...text.matchAll(WITH_UNIT)];
    const target = header.find((c) => c.type === 'target')!;
    const actual = header.find((c) => c.type === 'actual')!;
    valued.slice(0, 2).forEach((m, k) => {
      const col = k === 0 ? target : actual;
      const parsed = parseNumber(m[2]!);
      if (!parsed) return;
      const start = m.index! + (m[1]?.length ?? 0);
      out.push({
        mt,
        start,
        end: start + m[2]!.length + m[3]!.length,
        context: [0, mt.text.length],
        kind: m[3] === '%' ? 'rate' : 'quantity',
        label: `${label} › ${col.name}`,
        value: parsed.value,
        unit: m[3]!,
        raw: m[2]!,
        rawUnit: m[3]!,
        decimals: parsed.decimals,
        comparator: m[1] ? (m[1].startsWith('≤') || m[1].startsWith('<') ? '≤' : '≥') : '=',
        period: '',
        comparison: '',
        direction: 0,
        role: col.role,
        extractor: 'glued',
        form,
      });
    });
    const afterValues = valued.length >= 2 ? valued[1]!.index! + valued[1]![0].length : label.length;
    const rest = text.slice(afterValues);
    const run = /^[\d.]{2,}/.exec(rest);
    const points = numeric.filter((c) => c.type === 'weight' || c.type === 'score');
    if (!run || points.length !== 2) continue;
    const found = cuts(run[0], points.map((c) => c.type));
    if (found.length !== 1) continue;
    const [weight, score] = found[0]!;
    if (new Decimal(score!).gt(weight!)) continue;
    const w = draft(mt, afterValues, weight!, points[0]!, label, null, form);
    const s = draft(mt, afterValues + weight!.length, score!, points[1]!, label, null, form);
    if (w && s) out.push(w, s);
  }
  return out;
}
