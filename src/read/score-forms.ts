/**
 * The score table (评分表): one row per indicator with its weight (分值 / 分数 / 权重 / 参考分值) and the score
 * given (得分 / 得分情况 / *分数). Tables printed page by page are read as one: header rows repeated on a new page
 * are skipped, a row cut by the page break (项目 / 管理, 项目实施程 / 序) is joined to the row above, and the
 * 一级/二级 names carry down. Column roles come from the headers and are confirmed by the data, because page
 * segments of one table can be misaligned (a header cell lost at a page break).
 *
 * Two layouts:
 *  - department (部门整体支出绩效评价指标评分表): fixed indicators under 一级/二级 groups, with a 合计 row;
 *  - project form (项目支出绩效自评表): a funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 for
 *    年度资金总额 and its 其中 rows) and an indicator block (一级/二级/三级指标, 年度指标值, 实际完成值, 分值,
 *    得分, 偏差原因), then 总分. Its sections are found by their header rows wherever they sit in the grid, since
 *    the form's title rows (项目名称, 主管部门) defeat generic header detection.
 *
 * Deductions the text states ("该项指标扣2分", "我局公用经费控制率指标扣 1 分") are read here too, linked to the
 * table's items by name, so the checks can compare them with the table.
 *
 * The reader says what each number is as the form says it (an item's weight, the form's total score, a cell of
 * the funds block); the vocabulary gives each its metric (src/vocabulary/score-forms.ts).
 */
import type { DocumentModel, Table } from '../model/document.js';
import type { Location } from '../model/audit.js';
import type { MappedText } from '../text/mapped-text.js';
import { blockText, cellText as cachedCellText } from '../text/block-text.js';
import { columnHeaders } from '../text/table-grid.js';
import { scanNumbers, type NumberToken } from './numbers.js';
import { locate, locateNumber, type LocatedNumber } from './layout.js';
import { Decimal } from 'decimal.js';

/**
 * What the form says a number is: an indicator's weight or score, a group's weight, the form's total weight or
 * score, a cell of the funds block — of the scored row (年度资金总额: the project's budget, spending and rate) or
 * of a 其中 row (本年财政拨款, 上年结转资金) — or a deduction the text states.
 */
export type FormRole =
  | 'item-weight'
  | 'item-score'
  | 'group-weight'
  | 'total-weight'
  | 'total-score'
  | 'funds-initial'
  | 'funds-full'
  | 'funds-spend'
  | 'funds-rate'
  | 'funds-part-initial'
  | 'funds-part-full'
  | 'funds-part-spend'
  | 'funds-part-rate'
  | 'deduction';

/** A number of a score form: what the form says it is and what it is of, and the number as read. */
export interface FormNumber extends LocatedNumber {
  role: FormRole;
  /** What it is of: the indicator's or the group's name, 合计 or 总分, the project a funds row is of. */
  key: string;
}

/** A target or an actual value of a project indicator, as printed (≥40人, 98.2%, 长期有效). */
export interface IndicatorValue {
  text: string;
  /** ≥ / ≤ / = when the cell states a direction (≥, 不低于, ≤, 以内), null for a bare value. */
  comparator: '≥' | '≤' | '=' | null;
  value: Decimal | null;
  decimals: number;
  unit: string;
  location: Location;
}

/**
 * `F`: a number of the form — as read here (`FormNumber`), as the vocabulary named it, or the report's figure it
 * is.
 */
export interface ScoreItem<F = FormNumber> {
  name: string;
  level1: string;
  level2: string;
  weight: F | null;
  score: F | null;
  /** Text of the deduction column (扣分情况说明, 偏差原因分析), if any. */
  note: string;
  table: number;
  row: number;
  /** Project forms: the indicator's 年度指标值 and 实际完成值. */
  target?: IndicatorValue | null;
  actual?: IndicatorValue | null;
}

export interface ScoreGroup<F = FormNumber> {
  level: 1 | 2;
  name: string;
  weight: F;
}

/** A deduction the text states, with the table item it names (null when it names none of them). */
export interface Deduction<F = FormNumber> {
  item: string | null;
  fact: F;
}

/** One row of a project form's funds block: 年度资金总额, 其中：本年财政拨款, 上年结转资金, 其他资金. */
export interface FundsRow<F = FormNumber> {
  label: string;
  initial: F | null;
  full: F | null;
  spend: F | null;
  weight: F | null;
  rate: F | null;
  score: F | null;
  table: number;
  row: number;
}

export interface ProjectForm<F = FormNumber> {
  funds: FundsRow<F>[];
  /** The row that is scored (年度资金总额 / 总额), usually the first. */
  total: FundsRow<F> | null;
  /** Header words of the form as printed (for telling layouts apart: 全年预算数 vs 调整后预算数, 分值 vs 权重). */
  headerWords: string[];
  /** 项目名称, when the form prints it. */
  project?: string;
}

export interface ScoreTable<F = FormNumber> {
  kind: 'department' | 'project-form';
  tableIds: number[];
  items: ScoreItem<F>[];
  groups: ScoreGroup<F>[];
  totalScore: F | null;
  totalWeight: F | null;
  /** Every number of the form, in reading order. */
  facts: F[];
  proseCells: Array<{ table: number; row: number; col: number; text: MappedText }>;
  /** Deductions stated in the report's text, read once per report (on its first score table). */
  deductions: Deduction<F>[];
  form?: ProjectForm<F>;
  /** The file the form is in. */
  file?: string;
}

const NAME_HEAD = /三级指标|指标名称|考核指标|评价指标|绩效指标|二级指标|指标/;
const WEIGHT_HEAD = /分值|权重|权数|标准分|满分|分数/;
const SCORE_HEAD = /得分|自评分|评分结果|评分|\*\s*分数|实得分|分数/;
/** A header that names the score given, as opposed to the weight (分数 alone is ambiguous: 002 prints 分数 and *分数). */
const GIVEN_HEAD = /得分|自评分|评分结果|实得分|\*\s*分数/;
const TOTAL_ROW = /^(?:合\s*计|总\s*分|总\s*计|总得分(?:情况)?|得分合计|综合得分|自评得分|总得分)$/;
const NOTE_HEAD = /扣分|偏差|原因|整改|备注/;

function isScoreTable(headers: string[]): boolean {
  const all = headers.join(' ');
  return NAME_HEAD.test(all) && WEIGHT_HEAD.test(all) && SCORE_HEAD.test(all) && /指标/.test(all);
}

function text(doc: DocumentModel, table: Table, r: number, c: number): MappedText {
  return cachedCellText(doc, table.rows[r]![c]!);
}

function scoreNumber(mt: MappedText): NumberToken | null {
  const t = mt.text.trim();
  if (!/^\d+(?:\.\d+)?\s*分?$/.test(t)) return null;
  const tokens = scanNumbers(t);
  const token = tokens[0];
  if (!token || token.value.gt(100)) return null;
  return { ...token, kind: 'score', unit: token.unit === '分' ? '分' : '' };
}

interface Roles {
  name: number;
  level1: number | null;
  level2: number | null;
  weight1: number | null;
  weight2: number | null;
  weight: number;
  score: number;
  note: number | null;
}

function numericShare(doc: DocumentModel, table: Table, col: number): number {
  let filled = 0;
  let numeric = 0;
  for (let r = table.headerRows; r < table.rows.length; r++) {
    // Header rows repeated on a later page are words, not data: counting them would hide a weight column.
    if (table.repeatedHeaderRows.includes(r)) continue;
    const t = table.rows[r]![col]!.text.trim();
    if (!t) continue;
    filled++;
    if (scoreNumber(text(doc, table, r, col))) numeric++;
  }
  return filled ? numeric / filled : 0;
}

function roles(doc: DocumentModel, table: Table, headers: string[]): Roles | null {
  const find = (re: RegExp, from = 0, exclude: RegExp | null = null) =>
    headers.findIndex((h, i) => i >= from && re.test(h) && !(exclude && exclude.test(h)));
  const level1 = find(/一级指标/, 0, /分值|分数|权重/);
  const level2 = find(/二级指标/, 0, /分值|分数|权重/);
  let name = find(/三级指标/, 0, /分值|分数|权重/);
  if (name < 0) name = find(/指标名称|考核指标|评价指标|绩效指标/, 0, /分值|分数|权重|说明|标准/);
  if (name < 0 && level2 >= 0) name = level2;
  if (name < 0) return null;
  const numericCols = headers.map((_, c) => numericShare(doc, table, c));
  const numeric = (c: number) => c > name && numericCols[c]! >= 0.6;
  // The weight: the first mostly-numeric column right of the name whose header says weight, else the first
  // mostly-numeric one. The score: the last mostly-numeric column whose header says score, else the last one.
  // Headers decide when they can (columns in another order); the data decides when a page lost a header cell.
  const numericIdx = headers.map((_, c) => c).filter(numeric);
  let weight = numericIdx.find((c) => WEIGHT_HEAD.test(headers[c]!) && !GIVEN_HEAD.test(headers[c]!)) ?? numericIdx[0] ?? -1;
  let score = [...numericIdx].reverse().find((c) => c !== weight && GIVEN_HEAD.test(headers[c]!)) ?? -1;
  if (score < 0) score = [...numericIdx].reverse().find((c) => c > weight) ?? -1;
  if (weight >= 0 && score >= 0 && score < weight && !GIVEN_HEAD.test(headers[score]!)) [weight, score] = [score, weight];
  if (weight < 0 || score < 0) return null;
  const weightNear = (col: number) => (col >= 0 && numericCols[col + 1]! >= 0.5 && col + 1 < name ? col + 1 : null);
  const note = headers.findIndex((h, c) => c > Math.max(score, weight) && NOTE_HEAD.test(h));
  return {
    name,
    level1: level1 >= 0 && level1 !== name ? level1 : null,
    level2: level2 >= 0 && level2 !== name ? level2 : null,
    weight1: weightNear(level1),
    weight2: weightNear(level2),
    weight,
    score,
    note: note >= 0 ? note : headers.length > score + 1 && score > weight ? score + 1 : null,
  };
}

/** A number of a form's cell, as the form says it is, quoted with its row. */
function formNumber(doc: DocumentModel, table: Table, r: number, c: number, mt: MappedText, token: NumberToken, unit: string, role: FormRole, key: string): FormNumber {
  const number = locateNumber(doc, mt, token, [0, mt.text.length], unit, { id: table.id, row: r, col: c });
  // Quote the whole row, so a reader sees the indicator, its weight and its score together.
  number.location.quote = rowQuote(table, r);
  return { ...number, role, key };
}

type ScoreCellReader = (r: number, c: number, role: FormRole, key: string) => FormNumber | null;

/** The points (分) of a cell of a table, when the cell holds nothing else. */
function scoreCells(doc: DocumentModel, table: Table): ScoreCellReader {
  return (r, c, role, key) => {
    const mt = text(doc, table, r, c);
    const token = scoreNumber(mt);
    return token ? formNumber(doc, table, r, c, mt, token, '分', role, key) : null;
  };
}

function rowQuote(table: Table, r: number): string {
  return table.rows[r]!.map((cell) => cell.text.trim()).filter((t) => t && t.length < 40).join(' | ');
}

const key = (s: string) => s.replace(/[\s\u3000]+/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Project forms (项目支出绩效自评表)

const FUNDS_COLUMNS: Array<[keyof Omit<FundsRow, 'label' | 'table' | 'row'>, RegExp]> = [
  ['initial', /^年初(?:预算|批复)(?:数|金额)?$/],
  ['full', /^(?:全年预算数?|调整后(?:的)?预算(?:数|金额)?|调整预算数?|全年调整预算数?|年度预算数)$/],
  ['spend', /^(?:全年执行数|(?:预算)?执行数|实际支出(?:数)?|全年支出数?|决算数)$/],
  ['weight', /^(?:分值|权重|标准分)$/],
  ['rate', /^(?:(?:预算)?执行率)$/],
  ['score', /^(?:得分|自评得分)$/],
];

const INDICATOR_COLUMNS: Array<[string, RegExp]> = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^三级指标/],
  ['target', /^(?:年度)?(?:指标值|目标值)|^预期(?:指标)?值|^年度目标值/],
  ['unit', /^度量单位$/],
  ['nature', /^指标性质$/],
  ['actual', /^(?:实际)?完成值|^实际值|^全年实际值|^实际完成(?:情况)?$/],
  ['weight', /^(?:分值|权重|标准分)/],
  ['score', /^(?:得分|自评得分)/],
  ['reason', /偏差|原因|改进措施|说明/],
];

function cellKeys(table: Table, r: number): string[] {
  return table.rows[r]!.map((c) => key(c.text).replace(/[（(].*?[）)]/g, ''));
}

function fundsHeader(table: Table, r: number): Map<string, number> | null {
  const cells = cellKeys(table, r);
  const cols = new Map<string, number>();
  for (const [role, re] of FUNDS_COLUMNS) {
    const c = cells.findIndex((t) => re.test(t));
    if (c >= 0) cols.set(role, c);
  }
  // A budget table has 年初/调整预算, 实际支出 and 执行率 too; what makes it a form is that the row is scored.
  return cols.has('full') && cols.has('spend') && cols.has('weight') && cols.has('score') ? cols : null;
}

function indicatorHeader(table: Table, r: number): Map<string, number> | null {
  const cells = cellKeys(table, r);
  const cols = new Map<string, number>();
  for (const [role, re] of INDICATOR_COLUMNS) {
    const c = cells.findIndex((t, i) => re.test(t) && ![...cols.values()].includes(i));
    if (c >= 0) cols.set(role, c);
  }
  return cols.has('name') && cols.has('target') && cols.has('actual') && cols.has('weight') ? cols : null;
}

const COMPARATORS: Array<[RegExp, '≥' | '≤' | '=']> = [
  [/^(?:≥|>=|＞=|不低于|不少于|大于等于|至少)/, '≥'],
  [/^(?:>|＞|大于|高于|超过)/, '≥'],
  [/^(?:≤|<=|不高于|不超过|不多于|小于等于|控制在)/, '≤'],
  [/^(?:<|＜|小于|低于)/, '≤'],
  [/^(?:=|＝|等于)/, '='],
];

function indicatorValue(
  doc: DocumentModel,
  table: Table,
  r: number,
  c: number | undefined,
  unitCol: number | undefined,
  natureCol: number | undefined,
): IndicatorValue | null {
  if (c === undefined) return null;
  const mt = text(doc, table, r, c);
  const raw = mt.text.trim();
  if (!raw || /^[-—–/\\]+$/.test(raw)) return null;
  let comparator: IndicatorValue['comparator'] = null;
  let rest = raw;
  // Forms with a 指标性质 column (≥ / ≤ / = / 定性) state the direction there instead of in the value.
  const nature = natureCol !== undefined ? table.rows[r]![natureCol]!.text.trim() : '';
  comparator = COMPARATORS.find(([re]) => re.test(nature))?.[1] ?? null;
  for (const [re, cmp] of COMPARATORS) {
    const m = re.exec(rest);
    if (m) {
      comparator ??= cmp;
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  if (/以上$|及以上$/.test(rest)) comparator ??= '≥';
  if (/以内$|以下$|及以下$/.test(rest)) comparator ??= '≤';
  const token = scanNumbers(rest)[0];
  // A number must lead the cell (after the comparator) for the cell to be quantitative: "完成12项工作" is not a value.
  const leading = token && rest.slice(0, rest.indexOf(token.raw)).replace(/[约共计达]/g, '').trim() === '';
  const start = token ? raw.indexOf(token.raw) : 0;
  const location = locate(doc, mt, Math.max(0, start), token ? start + token.raw.length : raw.length, [0, mt.text.length]);
  location.quote = rowQuote(table, r);
  const unitText = unitCol !== undefined ? table.rows[r]![unitCol]!.text.trim() : '';
  return {
    text: raw,
    comparator,
    value: leading && token ? token.value : null,
    decimals: leading && token ? token.decimals : 0,
    unit: leading && token ? token.unit || unitText || rest.slice(rest.indexOf(token.raw) + token.raw.length).trim() : '',
    location,
  };
}

/** A money or percent cell of the funds block (万元 unless the block says 元). */
function fundsNumber(doc: DocumentModel, table: Table, r: number, c: number | undefined, role: FormRole, key: string, yuan: boolean): FormNumber | null {
  if (c === undefined) return null;
  const mt = text(doc, table, r, c);
  const t = mt.text.trim();
  if (!/^-?[\d,，]+(?:\.\d+)?\s*%?$/.test(t)) return null;
  const token = scanNumbers(t)[0];
  if (!token) return null;
  const percent = role === 'funds-rate' || role === 'funds-part-rate';
  if (percent !== (token.unit === '%')) {
    // A rate written without % (95.2) is still the rate; an amount with % is not an amount.
    if (!percent) return null;
  }
  const scaled: NumberToken = percent
    ? { ...token, kind: 'percent', unit: token.unit || '', scale: new Decimal(1) }
    : { ...token, kind: 'money', unit: token.unit, scale: new Decimal(yuan ? '0.0001' : 1) };
  const number = formNumber(doc, table, r, c, mt, scaled, percent ? '%' : '万元', role, key);
  // An amount printed bare is in the block's unit.
  number.rawUnit = token.unit || (percent ? '' : yuan ? '元' : '');
  return number;
}

/** Where a form's reading stopped, so that the next table (the form cut by a page break) goes on from there. */
interface FormState {
  funds: Map<string, number> | null;
  indicators: Map<string, number> | null;
  yuan: boolean;
  level1: string;
  level2: string;
  width: number;
}
const formStates = new WeakMap<ScoreTable, FormState>();

/** Read the project-form sections of one table; null when the table has none. */
function readProjectForm(doc: DocumentModel, table: Table, into: ScoreTable | null): ScoreTable | null {
  let st = into;
  const ensure = (): ScoreTable => {
    st ??= { kind: 'project-form', tableIds: [], items: [], groups: [], totalScore: null, totalWeight: null, facts: [], proseCells: [], deductions: [], form: { funds: [], total: null, headerWords: [] } };
    if (!st.tableIds.includes(table.id)) st.tableIds.push(table.id);
    if (project) st.form!.project ??= project;
    return st;
  };
  let project: string | undefined;
  const numberIn = scoreCells(doc, table);
  // A table of the same width right after a form is the form going on over a page break, even without its header.
  const carried = into ? formStates.get(into) : undefined;
  const goesOn = carried !== undefined && carried.width === (table.rows[0]?.length ?? 0);
  let funds: Map<string, number> | null = goesOn ? carried.funds : null;
  let indicators: Map<string, number> | null = goesOn ? carried.indicators : null;
  let yuan = goesOn ? carried.yuan : false;
  let level1 = goesOn ? carried.level1 : '';
  let level2 = goesOn ? carried.level2 : '';
  let found = false;
  for (let r = 0; r < table.rows.length; r++) {
    const cells = cellKeys(table, r);
    const fh = fundsHeader(table, r);
    if (fh) {
      // A second funds block is a second form (forms printed back to back without 项目名称).
      if (st?.form!.total) st = null;
      funds = fh;
      indicators = null;
      found = true;
      const s = ensure();
      s.form!.headerWords.push(...table.rows[r]!.map((c) => key(c.text)).filter(Boolean));
      // The unit is stated in the block's label cell (项目资金（万元）) or the table's unit note.
      const label = table.rows[r]!.map((c) => c.text).join('') + (table.unitNote ?? '');
      yuan = /[（(]\s*元\s*[）)]|单位[:：]\s*元/.test(label) && !/万元/.test(label);
      continue;
    }
    const ih = indicatorHeader(table, r);
    if (ih) {
      indicators = ih;
      funds = null;
      found = true;
      const s = ensure();
      s.form!.headerWords.push(...table.rows[r]!.map((c) => key(c.text)).filter(Boolean));
      level1 = '';
      level2 = '';
      continue;
    }
    const first = cells.find((t) => t !== '') ?? '';
    // The project's name (项目名称 | …) keys the form's total, so several forms in one report stay apart.
    const nameAt = cells.findIndex((t) => /^项目名称$/.test(t));
    if (nameAt >= 0) {
      const name = cells.slice(nameAt + 1).find((t) => t !== '');
      // Another project's name starts another form.
      if (st && name && st.form!.project && st.form!.project !== name) st = null;
      project = name ?? project;
      if (st && project) st.form!.project = project;
    }
    if (TOTAL_ROW.test(first) && (funds || indicators)) {
      const s = ensure();
      const cols = indicators ?? funds!;
      const w = cols.get('weight');
      const sc = cols.get('score');
      const totalKey = s.form!.project ?? '项目支出绩效自评表';
      const tw = w !== undefined ? numberIn(r, w, 'total-weight', '总分') : null;
      const ts = sc !== undefined ? numberIn(r, sc, 'total-score', totalKey) : null;
      // The total's numbers may sit in other columns when the row is merged across (总分 | | 100 | 93.52).
      const nums = table.rows[r]!.map((_, c) => c).filter((c) => c > cells.indexOf(first) && scoreNumber(text(doc, table, r, c)));
      s.totalWeight = tw ?? (nums.length >= 2 ? numberIn(r, nums[0]!, 'total-weight', '总分') : s.totalWeight);
      s.totalScore = ts ?? (nums.length >= 2 ? numberIn(r, nums[nums.length - 1]!, 'total-score', totalKey) : nums.length === 1 && !tw ? numberIn(r, nums[0]!, 'total-score', totalKey) : s.totalScore);
      for (const f of [s.totalWeight, s.totalScore]) if (f && !s.facts.includes(f)) s.facts.push(f);
      funds = null;
      indicators = null;
      continue;
    }
    if (funds) {
      const amountCols = ['initial', 'full', 'spend'].map((k) => funds!.get(k)).filter((c): c is number => c !== undefined);
      const firstAmount = Math.min(...amountCols);
      const label = cells.slice(0, firstAmount).filter((t) => t !== '').pop() ?? '';
      // The scored row (年度资金总额) is the project's budget, spending and rate, keyed by the project so that
      // several forms in one report, or a form in a department report, stay apart. The 其中 rows (本年财政拨款,
      // 上年结转资金) are its parts.
      const isTotal = !st?.form!.total && !/^其中/.test(label);
      const role = (scored: FormRole, part: FormRole) => (isTotal ? scored : part);
      const rowKey = isTotal ? (project ?? `${label}（表${table.id + 1}）`) : label;
      const row: FundsRow = {
        label,
        initial: fundsNumber(doc, table, r, funds.get('initial'), role('funds-initial', 'funds-part-initial'), rowKey, yuan),
        full: fundsNumber(doc, table, r, funds.get('full'), role('funds-full', 'funds-part-full'), rowKey, yuan),
        spend: fundsNumber(doc, table, r, funds.get('spend'), role('funds-spend', 'funds-part-spend'), rowKey, yuan),
        weight: null,
        rate: fundsNumber(doc, table, r, funds.get('rate'), role('funds-rate', 'funds-part-rate'), rowKey, yuan),
        score: null,
        table: table.id,
        row: r,
      };
      if (!row.initial && !row.full && !row.spend) {
        // Past the block: a row of another kind (年度总体目标) ends it.
        if (label) funds = null;
        continue;
      }
      // Only a row with amounts makes the table part of the form (a table is kept from the other readers then).
      const s = ensure();
      if (isTotal) {
        row.weight = funds.get('weight') !== undefined ? numberIn(r, funds.get('weight')!, 'item-weight', '预算执行率') : null;
        row.score = funds.get('score') !== undefined ? numberIn(r, funds.get('score')!, 'item-score', '预算执行率') : null;
        s.form!.total = row;
        s.items.push({ name: '预算执行率', level1: '预算执行', level2: '', weight: row.weight, score: row.score, note: '', table: table.id, row: r });
      }
      s.form!.funds.push(row);
      found = true;
      for (const f of [row.initial, row.full, row.spend, row.rate, row.weight, row.score]) if (f) s.facts.push(f);
      continue;
    }
    if (indicators) {
      const get = (role: string) => {
        const c = indicators!.get(role);
        return c === undefined ? '' : key(table.rows[r]![c]!.text);
      };
      const l1 = get('level1');
      const l2 = get('level2');
      const name = get('name');
      if (!l1 && !l2 && !name) continue;
      const s = ensure();
      found = true;
      if (l1) {
        level1 = l1.replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/, '');
        level2 = '';
        const w = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/.exec(l1);
        if (w) {
          const c = indicators.get('level1')!;
          const mt = text(doc, table, r, c);
          const token = scanNumbers(mt.text).find((t) => t.unit === '分');
          if (token) {
            const f = formNumber(doc, table, r, c, mt, { ...token, kind: 'score' }, '分', 'group-weight', level1);
            s.groups.push({ level: 1, name: level1, weight: f });
            s.facts.push(f);
          }
        }
      }
      if (l2) level2 = l2;
      if (!name) continue;
      const weight = numberIn(r, indicators.get('weight')!, 'item-weight', name);
      const score = indicators.get('score') !== undefined ? numberIn(r, indicators.get('score')!, 'item-score', name) : null;
      const reasonCol = indicators.get('reason');
      const item: ScoreItem = {
        name,
        level1,
        level2,
        weight,
        score,
        note: reasonCol !== undefined ? table.rows[r]![reasonCol]!.text.trim() : '',
        table: table.id,
        row: r,
        target: indicatorValue(doc, table, r, indicators.get('target'), indicators.get('unit'), indicators.get('nature')),
        actual: indicatorValue(doc, table, r, indicators.get('actual'), indicators.get('unit'), undefined),
      };
      s.items.push(item);
      for (const f of [weight, score]) if (f) s.facts.push(f);
    }
  }
  if (found && st) formStates.set(st, { funds, indicators, yuan, level1, level2, width: table.rows[0]?.length ?? 0 });
  return found ? st : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Deductions stated in the text

/** Words before 扣N分 that make it a rule being quoted (每…扣, 一项…扣), not a deduction made. */
const RULE_BEFORE = /(?:每|一项|各项|每项|每个|每有|一起|超出|超过|下降|低于|没有完成|未完成|发现|的，|，则)[^，。；]{0,12}$/;
const RULE_AFTER = /^[，,]?\s*(?:扣完为止|扣完即止|直至|最多|最高)/;

function readDeductions(doc: DocumentModel, names: string[], cells: Array<{ mt: MappedText; item: string }>): Deduction[] {
  const out: Deduction[] = [];
  const sorted = [...new Set(names.map(key))].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  // Paragraphs name the item they deduct from; a table's 扣分情况 cell belongs to its row's item.
  const texts: Array<{ mt: MappedText; item: string | null }> = doc.blocks
    .filter((b) => b.kind !== 'table')
    .map((b) => ({ mt: blockText(doc, b.lines), item: null }));
  texts.push(...cells);
  for (const { mt, item: owner } of texts) {
    const t = mt.text;
    if (!/扣/.test(t)) continue;
    // Quoted scoring standards (“…扣1分…”) are rules, not deductions: blank them out, keeping positions.
    const unquoted = t.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, (m) => ' '.repeat(m.length));
    for (const m of unquoted.matchAll(/扣\s*(?:除|减)?\s*(\d+(?:\.\d+)?)\s*分/g)) {
      const start = m.index!;
      const sentenceStart = Math.max(t.lastIndexOf('。', start), t.lastIndexOf('；', start)) + 1;
      const ends = [t.indexOf('。', start), t.indexOf('；', start)].filter((e) => e >= 0);
      const sentenceEnd = ends.length ? Math.min(...ends) + 1 : t.length;
      const before = unquoted.slice(sentenceStart, start);
      if (RULE_BEFORE.test(before) || RULE_AFTER.test(unquoted.slice(start + m[0].length))) continue;
      const token = scanNumbers(t.slice(start, start + m[0].length)).find((x) => x.unit === '分');
      if (!token) continue;
      const sentence = key(t.slice(sentenceStart, sentenceEnd));
      // The item: named in the sentence (三级指标“编外人员控制率”, 我局编外人员控制率指标扣 1 分); the name
      // nearest before the deduction wins.
      let item: string | null = owner;
      let at = -1;
      for (const n of owner ? [] : sorted) {
        const i = sentence.lastIndexOf(n, key(t.slice(sentenceStart, start)).length);
        if (i > at) {
          at = i;
          item = n;
        }
      }
      const shifted = { ...token, start: token.start + start, end: token.end + start, unitEnd: token.unitEnd + start };
      const number = locateNumber(doc, mt, shifted, [sentenceStart, sentenceEnd], '分');
      out.push({ item, fact: { ...number, role: 'deduction', key: item ?? '' } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

export function readScoreForms(doc: DocumentModel): ScoreTable[] {
  const out: ScoreTable[] = [];
  let current = null as ScoreTable | null;
  let lastTableId = -2;
  let level1 = '';
  let level2 = '';
  const tableOrder = doc.blocks.filter((b) => b.kind === 'table').map((b) => b.table!);
  for (const tableId of tableOrder) {
    const table = doc.tables[tableId]!;
    const adjacentTo = (st: ScoreTable | null) => st !== null && tableOrder.indexOf(tableId) === tableOrder.indexOf(lastTableId) + 1;
    // A project form first: its indicator block also looks like a department table to the generic reader.
    const continuing: ScoreTable | null = current?.kind === 'project-form' && adjacentTo(current) ? current : null;
    const form = readProjectForm(doc, table, continuing);
    if (form) {
      if (form !== continuing) out.push(form);
      current = form;
      lastTableId = tableId;
      continue;
    }
    const headers = columnHeaders(table);
    if (!isScoreTable(headers)) {
      current = null;
      continue;
    }
    const role = roles(doc, table, headers);
    if (!role) continue;
    const adjacent = current?.kind === 'department' && adjacentTo(current);
    if (!adjacent || !current) {
      current = { kind: 'department', tableIds: [], items: [], groups: [], totalScore: null, totalWeight: null, facts: [], proseCells: [], deductions: [] };
      out.push(current);
      level1 = '';
      level2 = '';
    }
    current.tableIds.push(tableId);
    lastTableId = tableId;
    const st = current;
    const numberIn = scoreCells(doc, table);
    for (let r = table.headerRows; r < table.rows.length; r++) {
      if (table.repeatedHeaderRows.includes(r)) continue;
      const row = table.rows[r]!;
      const cellText = (c: number | null) => (c === null ? '' : row[c]!.text.replace(/\s+/g, '').trim());
      const first = row.map((c) => c.text.replace(/\s+/g, '')).find((t) => t !== '') ?? '';
      if (TOTAL_ROW.test(first)) {
        st.totalScore = numberIn(r, role.score, 'total-score', '评分表合计') ?? st.totalScore;
        st.totalWeight = numberIn(r, role.weight, 'total-weight', '合计') ?? st.totalWeight;
        if (st.totalScore) st.facts.push(st.totalScore);
        if (st.totalWeight) st.facts.push(st.totalWeight);
        continue;
      }
      const weightText = text(doc, table, r, role.weight);
      const scoreText = text(doc, table, r, role.score);
      const hasNumbers = scoreNumber(weightText) !== null || scoreNumber(scoreText) !== null;
      const previous = st.items[st.items.length - 1];
      if (!hasNumbers) {
        // A row cut by a page break: its text belongs to the row above.
        if (previous) {
          previous.name += cellText(role.name);
          if (role.level2 !== null && cellText(role.level2)) {
            level2 += cellText(role.level2);
            previous.level2 = level2;
          }
        }
        continue;
      }
      if (role.level1 !== null && cellText(role.level1)) {
        level1 = cellText(role.level1);
        const w = role.weight1 !== null ? numberIn(r, role.weight1, 'group-weight', level1) : null;
        if (w) {
          st.groups.push({ level: 1, name: level1, weight: w });
          st.facts.push(w);
        }
      }
      if (role.level2 !== null && cellText(role.level2)) {
        level2 = cellText(role.level2);
        const w = role.weight2 !== null ? numberIn(r, role.weight2, 'group-weight', level2) : null;
        if (w) {
          st.groups.push({ level: 2, name: level2, weight: w });
          st.facts.push(w);
        }
      }
      const name = cellText(role.name);
      if (!name) continue;
      const note = role.note !== null ? row[role.note]!.text.trim() : '';
      st.items.push({ name, level1, level2, weight: null, score: null, note, table: table.id, row: r });
      if (role.note !== null && /\d/.test(note)) {
        st.proseCells.push({ table: table.id, row: r, col: role.note, text: text(doc, table, r, role.note) });
      }
    }
    // Numbers are read once names are complete (continuation rows may extend them).
    for (const item of st.items) {
      if (item.table !== table.id || item.weight || item.score) continue;
      item.weight = numberIn(item.row, role.weight, 'item-weight', item.name);
      item.score = numberIn(item.row, role.score, 'item-score', item.name);
      if (item.weight) st.facts.push(item.weight);
      if (item.score) st.facts.push(item.score);
    }
  }
  // A continuation on the next page extends a name after its numbers were read: keep keys in step.
  for (const st of out) {
    for (const item of st.items) {
      if (item.weight) item.weight.key = item.name;
      if (item.score) item.score.key = item.name;
    }
  }
  const tables = out.filter((st) => st.items.length > 0);
  // Deductions are read once, against every item name of the report's score tables, and kept on the first.
  if (tables.length) {
    const cells = tables.flatMap((t) =>
      t.proseCells.map((c) => ({ mt: c.text, item: t.items.find((i) => i.table === c.table && i.row === c.row)?.name ?? '' })).filter((c) => c.item),
    );
    const deductions = readDeductions(doc, tables.flatMap((t) => t.items.map((i) => i.name)), cells);
    tables[0]!.deductions = deductions;
    tables[0]!.facts.push(...deductions.map((d) => d.fact));
  }
  return tables;
}

/**
 * The same form over other numbers: `f` gives each number's counterpart, once per number, so a number that sits
 * in two places of the form (an item's score and the form's list of numbers) has one counterpart in both.
 */
export function mapScoreTable<A, B>(form: ScoreTable<A>, f: (a: A) => B): ScoreTable<B> {
  const done = new Map<A, B>();
  const to = (a: A): B => {
    if (!done.has(a)) done.set(a, f(a));
    return done.get(a)!;
  };
  const maybe = (a: A | null): B | null => (a === null ? null : to(a));
  const { form: projectForm, ...rest } = form;
  const out: ScoreTable<B> = {
    ...rest,
    items: form.items.map((i) => ({ ...i, weight: maybe(i.weight), score: maybe(i.score) })),
    groups: form.groups.map((g) => ({ ...g, weight: to(g.weight) })),
    totalScore: maybe(form.totalScore),
    totalWeight: maybe(form.totalWeight),
    facts: form.facts.map(to),
    deductions: form.deductions.map((d) => ({ ...d, fact: to(d.fact) })),
  };
  if (projectForm) {
    const funds = projectForm.funds.map((r) => ({ ...r, initial: maybe(r.initial), full: maybe(r.full), spend: maybe(r.spend), weight: maybe(r.weight), rate: maybe(r.rate), score: maybe(r.score) }));
    out.form = { ...projectForm, funds, total: projectForm.total ? (funds[projectForm.funds.indexOf(projectForm.total)] ?? null) : null };
  }
  return out;
}
