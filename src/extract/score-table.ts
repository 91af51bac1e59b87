/**
 * The score table (评分表): one row per indicator with its weight (分值 / 分数 / 权重 / 参考分值) and the score
 * given (得分 / 得分情况 / *分数). Tables printed page by page are read as one: header rows repeated on a new page
 * are skipped, a row cut by the page break (项目 / 管理, 项目实施程 / 序) is joined to the row above, and the
 * 一级/二级 names carry down. Column roles come from the headers and are confirmed by the data, because page
 * segments of one table can be misaligned (a header cell lost at a page break).
 */
import type { DocumentModel, Table } from '../model/document.js';
import type { Fact } from '../model/audit.js';
import { normalizeSegments, type MappedText } from '../text/mapped-text.js';
import { columnHeaders } from '../text/table-grid.js';
import type { Lexicon } from './lexicon.js';
import { scanNumbers, type NumberToken } from './numbers.js';
import type { FactFactory } from './index.js';
import { Decimal } from 'decimal.js';

export interface ScoreItem {
  name: string;
  level1: string;
  level2: string;
  weight: Fact | null;
  score: Fact | null;
  /** Text of the deduction column (扣分情况说明), if any. */
  note: string;
  table: number;
  row: number;
}

export interface ScoreGroup {
  level: 1 | 2;
  name: string;
  weight: Fact;
}

export interface ScoreTable {
  tableIds: number[];
  items: ScoreItem[];
  groups: ScoreGroup[];
  totalScore: Fact | null;
  totalWeight: Fact | null;
  facts: Fact[];
  proseCells: Array<{ table: number; row: number; col: number; text: MappedText }>;
}

const NAME_HEAD = /三级指标|指标名称|考核指标|评价指标|绩效指标|二级指标|指标/;
const WEIGHT_HEAD = /分值|权重|权数|标准分|满分|分数/;
const SCORE_HEAD = /得分|自评分|评分结果|评分|\*\s*分数|实得分|分数/;
const TOTAL_ROW = /^(?:合\s*计|总\s*分|总\s*计|总得分(?:情况)?|得分合计|综合得分|自评得分|总得分)$/;
const NOTE_HEAD = /扣分|偏差|原因|整改|备注/;

function isScoreTable(headers: string[]): boolean {
  const all = headers.join(' ');
  return NAME_HEAD.test(all) && WEIGHT_HEAD.test(all) && SCORE_HEAD.test(all) && /指标/.test(all);
}

function text(doc: DocumentModel, table: Table, r: number, c: number): MappedText {
  const cell = table.rows[r]![c]!;
  if (!cell.spans.length) return normalizeSegments([{ line: -1, text: cell.text }]);
  return normalizeSegments(cell.spans.map((s) => ({ line: s.line, text: doc.lines[s.line]!.text.slice(s.start, s.end), start: s.start })));
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
  // The weight: the first mostly-numeric column right of the name; the score: the last mostly-numeric column.
  const weight = numericCols.findIndex((share, c) => c > name && share >= 0.6);
  let score = -1;
  for (let c = headers.length - 1; c > weight; c--) {
    if (numericCols[c]! >= 0.6) {
      score = c;
      break;
    }
  }
  if (weight < 0 || score < 0) return null;
  const weightNear = (col: number) => (col >= 0 && numericCols[col + 1]! >= 0.5 && col + 1 < name ? col + 1 : null);
  const note = headers.findIndex((h, c) => c > score && NOTE_HEAD.test(h));
  return {
    name,
    level1: level1 >= 0 && level1 !== name ? level1 : null,
    level2: level2 >= 0 && level2 !== name ? level2 : null,
    weight1: weightNear(level1),
    weight2: weightNear(level2),
    weight,
    score,
    note: note >= 0 ? note : headers.length > score + 1 ? score + 1 : null,
  };
}

export function readScoreTables(doc: DocumentModel, lex: Lexicon, factory: FactFactory): ScoreTable[] {
  const out: ScoreTable[] = [];
  let current: ScoreTable | null = null;
  let lastTableId = -2;
  let level1 = '';
  let level2 = '';
  const tableOrder = doc.blocks.filter((b) => b.kind === 'table').map((b) => b.table!);
  for (const tableId of tableOrder) {
    const table = doc.tables[tableId]!;
    const headers = columnHeaders(table);
    if (!isScoreTable(headers)) {
      current = null;
      continue;
    }
    const role = roles(doc, table, headers);
    if (!role) continue;
    const adjacent = current !== null && tableOrder.indexOf(tableId) === tableOrder.indexOf(lastTableId) + 1;
    if (!adjacent || !current) {
      current = { tableIds: [], items: [], groups: [], totalScore: null, totalWeight: null, facts: [], proseCells: [] };
      out.push(current);
      level1 = '';
      level2 = '';
    }
    current.tableIds.push(tableId);
    lastTableId = tableId;
    const st = current;
    const fact = (r: number, c: number, metric: string, key: string): Fact | null => {
      const mt = text(doc, table, r, c);
      const token = scoreNumber(mt);
      if (!token) return null;
      const f = factory.fromToken(mt, token, metric, key, [0, mt.text.length], 'score-table', false, { id: table.id, row: r, col: c });
      f.location.quote = table.rows[r]!.map((cell) => cell.text.trim()).filter((t) => t && t.length < 40).join(' | ');
      return f;
    };
    for (let r = table.headerRows; r < table.rows.length; r++) {
      if (table.repeatedHeaderRows.includes(r)) continue;
      const row = table.rows[r]!;
      const cellText = (c: number | null) => (c === null ? '' : row[c]!.text.replace(/\s+/g, '').trim());
      const first = row.map((c) => c.text.replace(/\s+/g, '')).find((t) => t !== '') ?? '';
      if (TOTAL_ROW.test(first)) {
        st.totalScore = fact(r, role.score, 'self_score', '评分表合计') ?? st.totalScore;
        st.totalWeight = fact(r, role.weight, 'score_group_max', '合计') ?? st.totalWeight;
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
        const w = role.weight1 !== null ? fact(r, role.weight1, 'score_group_max', level1) : null;
        if (w) {
          st.groups.push({ level: 1, name: level1, weight: w });
          st.facts.push(w);
        }
      }
      if (role.level2 !== null && cellText(role.level2)) {
        level2 = cellText(role.level2);
        const w = role.weight2 !== null ? fact(r, role.weight2, 'score_group_max', level2) : null;
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
    // Facts are made once names are complete (continuation rows may extend them).
    for (const item of st.items) {
      if (item.table !== table.id || item.weight || item.score) continue;
      item.weight = fact(item.row, role.weight, 'score_item_max', item.name);
      item.score = fact(item.row, role.score, 'score_item', item.name);
      if (item.weight) st.facts.push(item.weight);
      if (item.score) st.facts.push(item.score);
    }
  }
  // A continuation on the next page extends a name after its facts were made: keep keys in step.
  for (const st of out) {
    for (const item of st.items) {
      if (item.weight) item.weight.key = item.name;
      if (item.score) item.score.key = item.name;
    }
  }
  void lex;
  return out.filter((st) => st.items.length > 0);
}

export function decimalOf(fact: Fact | null): Decimal | null {
  return fact ? new Decimal(fact.value) : null;
}
