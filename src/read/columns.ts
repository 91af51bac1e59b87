/**
 * What a column of a table means, from its header (全年预算数 → a budget amount, 分值 → weights, 年度指标值 →
 * targets, 评分标准 → rules whose numbers are not figures), and what a cell's number is given its column, its row
 * and the unit notes around it. Shared by the table reader and by lines of a form flattened with spaces.
 */
import { Decimal } from 'decimal.js';
import type { FigureKind } from '../model/audit.js';
import { unmapped, type MappedText } from '../text/mapped-text.js';
import { isNumericText } from '../text/table-grid.js';
import { moneyScale } from './table-rows.js';
import { parseNumber } from './numbers.js';
import type { FigureDraft } from './draft.js';
import type { MoneyUnit } from './draft.js';
import { FUND_NAMES, PRIOR_YEAR, ROLES, SERIAL, STAFF, TIME_UNIT } from './words.js';

const CODE_HEADER = /编码|代码|科目编号|凭证号|日期|时间|年份|电话|联系方式|邮编/;
const CRITERIA_HEADER = /指标说明|评分标准|计分方法|计算公式|指标解释|评分细则|指标内涵|评价标准|评分办法|计分标准|说明$|备注/;
const LABEL_HEADER = /指标|项目|名称|内容|科目|类别|类型|单位|分类|用途|事项|来源|资金情况|项\s*目/;
/** Words of a header row of a form block. */
export const HEADER_WORD =
  /预算数|执行数|执行率|分值|得分|指标值|完成值|实际值|决算数|权重|金额|年初|全年|目标值|一级指标|二级指标|三级指标|资金总额|控制率|单位|实际|计划|项目|合计/;

/** Number in a cell: an optional comparator, the number, an optional unit (29.5亩, ≥11.376万元, >=530元/人*月, 95%). */
export const CELL = /^(≥|≤|>=|<=|>|<|＞|＜|=|约)?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(%|‰|[\u4e00-\u9fff]{1,4}(?:\/[\u4e00-\u9fff·*]{1,4}(?:[·*][\u4e00-\u9fff]{1,2})?)?|KVA|kva|万美元)?$/;

export const MONEY_UNITS: Record<string, string> = { 元: '0.0001', 万元: '1', 万: '1', 亿元: '10000', 千元: '0.1', 百万元: '100' };

export interface ColumnMeaning {
  header: string;
  /** Normalised header. */
  plain: string;
  role: string;
  serial: boolean;
  code: boolean;
  criteria: boolean;
  label: boolean;
  money: MoneyUnit | null;
  percent: boolean;
  people: boolean;
  period: string;
}

/** Names of funds and budget kinds that hold the word 预算 without being a budget figure. */
const FUND_BUDGET = new RegExp(`统筹整合使用|部门预算单位|预算单位|预算管理|${FUND_NAMES.source}`, 'g');

export function roleOf(text: string): string {
  // 一般公共预算收入完成 is the actual revenue of one kind of budget: the 预算 names the fund, not the measure.
  const measured = text.replace(FUND_BUDGET, '');
  for (const [re, role] of ROLES) if (re.test(measured)) return role;
  return '';
}

export function unitNote(text: string): MoneyUnit | null {
  const m = moneyScale(text);
  return m ? { unit: m.unit, scale: m.scale } : null;
}

export function meaning(header: string): ColumnMeaning {
  const plain = unmapped(header).text.replace(/\s+/g, '');
  const year = /((?:19|20)\d{2})年/.exec(plain);
  return {
    header: header.replace(/\s+/g, ' ').trim(),
    plain,
    role: roleOf(plain.replace(/[（(][^）)]*[）)]/g, '')) || roleOf(plain),
    serial: SERIAL.test(plain),
    code: CODE_HEADER.test(plain),
    criteria: CRITERIA_HEADER.test(plain),
    label: LABEL_HEADER.test(plain) && !/数$|额$|率|值$|分$/.test(plain),
    money: /[（(](?:万元|元|亿元|千元)[)）]|金额[（(]/.test(plain) ? unitNote(plain) : null,
    percent: /率|%|占比|比例|比重|进度/.test(plain),
    people: /[（(]人[)）]|人数|编制数/.test(plain),
    period: year ? year[1]! : PRIOR_YEAR.test(plain) ? '上年' : '',
  };
}

export function isHeaderRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.replace(/\s+/g, '')).filter((t) => t !== '');
  if (filled.length < 2) return false;
  // Header cells may carry weights in brackets ((20分)), never bare numbers.
  if (filled.some((t) => isNumericText(t) || CELL.test(t))) return false;
  return filled.filter((t) => HEADER_WORD.test(unmapped(t).text)).length >= 2;
}

export interface Parsed {
  comparator: FigureDraft['comparator'];
  value: Decimal;
  raw: string;
  decimals: number;
  unit: string;
  start: number;
  end: number;
}

export function parseCell(mt: MappedText): Parsed | null {
  const text = mt.text.trim();
  const m = CELL.exec(text);
  if (!m) return null;
  const parsed = parseNumber(m[2]!);
  if (!parsed) return null;
  const offset = mt.text.indexOf(text);
  const numberAt = offset + text.indexOf(m[2]!, m[1]?.length ?? 0);
  const comparator = ({ '≥': '≥', '>=': '≥', '≤': '≤', '<=': '≤', '>': '>', '＞': '>', '<': '<', '＜': '<', '=': '=', 约: '≈' } as const)[m[1] ?? '='] ?? '=';
  return { comparator, ...parsed, raw: m[2]!, unit: m[3] ?? '', start: numberAt, end: offset + text.length };
}


export interface CellContext {
  /** The row's label (its name cell). */
  label: string;
  /** A money unit named in the row (预算执行情况(万元)). */
  rowUnit: MoneyUnit | null;
  /** The unit of the table or block (单位：万元, 项目资金（万元）). */
  tableUnit: MoneyUnit | null;
  /** The table counts people ((人) in its caption). */
  people: boolean;
  /** Words that tell staff from people served. */
  staffContext: string;
  /** Most of the table's value columns name money (…费, …经费, 合计): its other bare numbers are amounts too. */
  moneyTable?: boolean;
}

/**
 * What a cell's number is: 分值 → weight, 得分 → score, % or a rate column → rate, money (in the cell, the
 * header, the row label or the unit notes) → amount in 万元, people → headcount or quantity, a target or an
 * achievement in its own unit → quantity. Null for what is not a figure: time limits, years, bare numbers in
 * columns that say nothing.
 */
/** A column header naming money: its bare numbers are amounts in the table's unit. */
export const MONEY_HEAD = /数$|额$|费$|金额|资金|经费|合计|小计|总计|^(?:19|20)\d{2}年度?$/;
const CHANGE_ROW = /(?:增减|增长|变动|增幅|降幅)(?:率|幅度)?[（(]?%[)）]?$|(?:增减|增长|变动)率$/;

export function classify(p: Parsed, col: ColumnMeaning, cell: CellContext): { kind: FigureKind; value: Decimal; unit: string } | null {
  const unit = p.unit;
  if (TIME_UNIT.test(unit) || /[（(](?:月|天|日|年)[)）]/.test(cell.label)) return null;
  if (/^(?:19|20)\d{2}$/.test(p.raw) && unit === '' && !col.role && !col.money) return null;
  const labelUnit = unitNote(cell.label) ?? cell.rowUnit;
  const foreign = /[（(]([\u4e00-\u9fff]{1,4})[)）]/.exec(cell.label)?.[1];
  const money = MONEY_UNITS[unit] ? { unit, scale: new Decimal(MONEY_UNITS[unit]!) } : null;
  // A header that says (%) holds percents, whatever else it names (权重占比(%)).
  if (/[（(]%[)）]/.test(col.plain) && (unit === '' || unit === '%')) return { kind: /占比|比重/.test(col.plain) ? 'share' : 'rate', value: p.value, unit: '%' };
  if (col.role === '分值') return { kind: 'weight', value: p.value, unit: '分' };
  if (col.role === '得分' && unit !== '%') return { kind: 'score', value: p.value, unit: '分' };
  // A row of changes in percent (2016年比2015年增减% | -16.77 | …) under columns of amounts.
  if (unit === '' && CHANGE_ROW.test(cell.label.replace(/\s+/g, ''))) return { kind: 'growth', value: p.value, unit: '%' };
  if (unit === '%' || unit === '‰' || (unit === '' && col.percent && !col.money)) {
    const kind = /增长|下降|增减|变动/.test(col.plain) ? 'growth' : /占比|比重/.test(col.plain) ? 'share' : 'rate';
    return { kind, value: unit === '‰' ? p.value.div(10) : p.value, unit: '%' };
  }
  // A count of people (编制数, a table captioned (人)) is not money because a 金额单位 line stands above the form.
  const moneyColumn =
    cell.tableUnit && !col.people && !cell.people && (col.role === '预算' || col.role === '执行' || MONEY_HEAD.test(col.plain) || (cell.moneyTable && !col.role && !col.percent) || /资金|经费|支出|收入|拨款|合计|总额|小计/.test(cell.label));
  if (money || (unit === '' && (col.money || labelUnit || moneyColumn))) {
    const m = money ?? col.money ?? labelUnit ?? cell.tableUnit;
    return m ? { kind: 'amount', value: p.value.times(m.scale), unit: '万元' } : { kind: 'amount', value: p.value, unit: '' };
  }
  if (unit === '人' || unit === '名' || (unit === '' && (col.people || cell.people))) {
    // A column naming staff (实际在职人数) counts staff; under an indicator's 实际完成值 a count is of people served.
    const staff = STAFF.test(col.plain) || (STAFF.test(cell.staffContext) && !col.role);
    return { kind: staff ? 'headcount' : 'quantity', value: p.value, unit: '人' };
  }
  if (col.role === '目标' || col.role === '实际' || unit !== '') {
    return { kind: 'quantity', value: p.value, unit: unit || (foreign && !/%|万元|元/.test(foreign) ? foreign : '') };
  }
  if (col.role === '预算' || col.role === '执行') return { kind: 'amount', value: p.value, unit: '' };
  return null;
}
