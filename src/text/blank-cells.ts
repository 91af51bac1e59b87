/**
 * Tables flattened to one cell per line with blank lines between cells and no separator at all, as web pages
 * copied to text print a form (部门整体支出绩效评价基础数据表):
 *
 *     编制数 ⏎⏎ 2022年实际在职人数 ⏎⏎ 控制率 ⏎⏎ 52 ⏎⏎ 52 ⏎⏎ 100%
 *
 * Only the cells' content says where rows begin: a text cell starts a row, the figures, blanks and placeholders
 * (——, -) after it fill its next columns. A line of white space alone between blank lines is an empty cell and
 * keeps its column; lines with no blank line between them are one cell (批复规模 / (㎡)); a cell that is only a
 * unit in brackets (`(萬元)`) belongs to the label before it; a date (1月11號) is a figure, not a label.
 *
 * The header is the run of text cells before the first figures: the last of them is the first row's label, the
 * others head the columns (with an empty head for the label column when there is one header cell per figure); as
 * many text cells as figures head figure columns alone (the row has no label). A header whose words name two or
 * more label columns first (一级指标 | 二级指标 | 三级指标 | 年度指标值 | …) has rows of several labels, read by
 * label-columns.ts. A cell naming the table (经费控制情况(万元), …明细表) starts a new table and is its caption, and
 * so does a header row after figures (the indicators' 一级指标 | … under a funds block's rows). Where every label
 * has one figure the cells are key–value pairs (計劃安排資金(萬元) | 55) and make a two-column table without a
 * header. The same reading serves cells closed by `|` that hold small tables under captions (cell-stream.ts).
 *
 * This layout is also what prose paragraphs separated by blank lines look like, so a run of cells is a table only
 * when it holds at least three figures and no cell reads like prose: a long cell, a sentence, a heading
 * (一、…, 附件1), a field (发布时间 : 2023-03-17, 項目名稱    森林防火專項) each end a run.
 */
import type { Line } from '../model/document.js';
import type { RawCell } from './table-grid.js';
import { cellKey, cellKind, isFigure, isValue } from './cell-kind.js';
import { joinCells, sliceCell } from './raw-cell.js';
import { HEADER_RUN, headClass, labelColumnRows, startsHeaderRow } from './label-columns.js';

/** A cell of a run, and whether it stands where a figure would (a figure, a blank, a placeholder). */
export interface Unit {
  cell: RawCell;
  lines: number[];
  value: boolean;
}

export interface BlankCellTable {
  lines: number[];
  rows: RawCell[][];
  headerRows: number;
  /** The header names two or more label columns first (一级指标 | 二级指标 | …, label-columns.ts). */
  labelColumns?: boolean;
  caption: string | null;
}

const MAX_CELL = 40;
const HEADING = /^(?:#{1,6}|第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|附件\s*\d*$|附表|表\s*\d)/;
const SENTENCE = /[。；;！？!?]/;
/** `label: value` on one line; 其中: opens a sub-item label and is no field. */
const FIELD = /^(?!其中)[^:：]{1,16}[:：].+/;
const UNIT_ONLY = /^[(（][^()（）]{1,10}[)）]$/;
/** A cell naming its table: …情况(万元), …明细, …表, possibly with a bracket the page lost (情况2022年完工项目)). */
const CAPTION_CELL = /(?:情况|明细|表)(?:[(（][^()（）]*[)）]?|[^()（）]*[)）])?$/;

function isField(raw: string, key: string): boolean {
  if (FIELD.test(key)) return true;
  // Fields set apart by runs of spaces (項目名稱    森林防火專項); a letter-spaced word (郵  編) is none.
  const parts = raw.trim().split(/\s{2,}/);
  return parts.length >= 2 && parts.every((p) => p.length >= 2) && cellKind(raw) !== 'date';
}

/**
 * A cell of a flattened table, or null for text that is no cell and ends a run of cells: prose, a heading, a
 * field (填报单位(盖章):某某局). `raw` is the cell's text as printed, one entry per line.
 */
export function cellUnit(cell: RawCell, lines: number[], raw: string[]): Unit | null {
  // Prose is told before anything is normalised: most text of a report is prose.
  if (raw.some((t) => SENTENCE.test(t)) || raw.join('').trim().length > 3 * MAX_CELL) return null;
  const key = cellKey(cell.text);
  if (key.length > MAX_CELL || HEADING.test(key)) return null;
  if (raw.some((t) => isField(t, raw.length === 1 ? key : cellKey(t)))) return null;
  return { cell, lines, value: isValue(cellKind(cell.text)) };
}

/** The cell of lines between blank lines, or null (see cellUnit); a line with a `|` or a tab is no such cell. */
function unitAt(lines: Line[], group: number[]): Unit | null {
  if (group.length > 3) return null;
  const raw = group.map((l) => lines[l]!.text);
  if (raw.some((t) => /[|\t]/.test(t))) return null;
  return cellUnit(joinCells(group.map((l) => sliceCell(l, lines[l]!.text))), group, raw);
}

/** Runs of cells: units between blank lines, split where text that is no cell stands. */
function cellRuns(lines: Line[], taken: Set<number>): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  const end = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (taken.has(i)) {
      end();
      i++;
      continue;
    }
    if (line.kind === 'running' || line.text === '') {
      i++;
      continue;
    }
    if (line.text.trim() === '') {
      run.push({ cell: { text: '', spans: [] }, lines: [i], value: true });
      i++;
      continue;
    }
    const group: number[] = [];
    for (; i < lines.length && !taken.has(i) && lines[i]!.kind !== 'running' && lines[i]!.text.trim() !== ''; i++) {
      // Four lines without a blank line are prose already; their text is not looked at.
      if (group.length <= 3) group.push(i);
    }
    const unit = unitAt(lines, group);
    if (unit) run.push(unit);
    else end();
  }
  end();
  return runs;
}

/** The first half of a header word its cell printed over two lines (年初 / 预算数, 实际 / 完成值). */
const HEAD_START = /^(?:年初|全年|年度|实际|调整后?|上年|本年|预期|自评)$/;
const HEAD_END = /^(?:预算数|执行数|决算数|指标值|完成值|实际值|目标值|得分|分值)/;

/** A unit in brackets printed as a cell of its own joins the label before it; so does a header word's second half. */
function joinUnits(run: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of run) {
    const prev = out[out.length - 1];
    const halves = prev && HEAD_START.test(cellKey(prev.cell.text)) && HEAD_END.test(cellKey(unit.cell.text));
    if (prev && !prev.value && !unit.value && (halves || UNIT_ONLY.test(cellKey(unit.cell.text)))) {
      out[out.length - 1] = { cell: joinCells([prev.cell, unit.cell]), lines: [...prev.lines, ...unit.lines], value: false };
    } else out.push(unit);
  }
  return out;
}

const empty = (): RawCell => ({ text: '', spans: [] });

/** Label–value pairs: each text cell a row, its one figure beside it. */
function keyValueRows(units: Unit[]): RawCell[][] {
  const rows: RawCell[][] = [];
  for (const u of units) {
    const last = rows[rows.length - 1];
    if (u.value && last && last.length === 1) last.push(u.cell);
    else rows.push(u.value ? [empty(), u.cell] : [u.cell]);
  }
  return rows;
}

/** The table of one section (the cells after a caption): header from the leading text cells, then rows. */
function sectionTable(units: Unit[], caption: string | null): BlankCellTable | null {
  // Text after the last figure is no part of the table (a label whose value is a paragraph).
  let last = units.length - 1;
  while (last >= 0 && !units[last]!.value) last--;
  units = units.slice(0, last + 1);
  const groups: Unit[][] = [];
  for (const u of units) {
    const g = groups[groups.length - 1];
    if (g && g[0]!.value === u.value) g.push(u);
    else groups.push([u]);
  }
  const valueGroups = groups.filter((g) => g[0]!.value);
  if (!units.some((u) => isFigure(cellKind(u.cell.text)))) return null;
  if (!groups[0]![0]!.value) {
    const labelled = labelColumnRows(units.map((u) => u.cell), groups[0]!.length);
    if (labelled) return { rows: labelled.rows, lines: units.slice(labelled.start).flatMap((u) => u.lines), headerRows: 1, caption, labelColumns: true };
  }
  if (valueGroups.length >= 2 && valueGroups.every((g) => g.length === 1)) {
    return { rows: keyValueRows(units), lines: units.flatMap((u) => u.lines), headerRows: 0, caption };
  }
  let body = units;
  let header: RawCell[] | null = null;
  const lead = groups[0]!;
  const figures = groups[1]?.length ?? 0;
  // Heads ending in remark columns (… | 得分 | 原因) whose cells the row leaves out: one head per figure, then the
  // remarks, over a label column without a head; a head before them spans them (年度预算数(万元)) and is none.
  const notes = trailingNotes(lead.slice(0, -1));
  const perFigure = lead.slice(lead.length - 1 - figures - notes, lead.length - 1);
  if (!lead[0]!.value && notes > 0 && figures > 0 && lead.length - 1 >= figures + notes && perFigure.every((u) => headClass(u.cell.text))) {
    header = [empty(), ...perFigure.map((u) => u.cell)];
    body = units.slice(lead.length - 1);
    units = units.slice(lead.length - 1 - perFigure.length);
  } else if (!lead[0]!.value && lead.length >= 2 && figures > 0) {
    if (lead.length - 1 >= figures) {
      // The header words right before the label, one per figure (年初预算数 … 得分), and the label column's head
      // before them (项目资金(万元)); else at most three header cells more than the figures beside the label.
      let words = lead.length - 1;
      while (words > 0 && headClass(lead[words - 1]!.cell.text)) words--;
      const from = lead.length - 1 - words === figures ? words - 1 : lead.length - 1 - (figures + 3);
      const heads = lead.slice(Math.max(0, from), lead.length - 1);
      header = [...(heads.length === figures ? [empty()] : []), ...heads.map((u) => u.cell)];
      body = units.slice(lead.length - 1);
      units = units.slice(lead.length - 1 - heads.length);
    } else if (lead.length === figures) {
      header = lead.map((u) => u.cell);
      body = units.slice(lead.length);
    }
  }
  const width = header?.length ?? Math.max(...groups.map((g, k) => (g[0]!.value ? g.length + (k > 0 ? 1 : 0) : 1)));
  const labelColumn = !header || header.length > figures || header[0]!.text === '';
  const rows: RawCell[][] = header ? [header] : [];
  let row: RawCell[] | null = null;
  for (const u of body) {
    if (!u.value) {
      row = [u.cell];
      rows.push(row);
      continue;
    }
    if (!row || row.length >= width) {
      row = labelColumn ? [empty()] : [];
      rows.push(row);
    }
    row.push(u.cell);
  }
  if (rows.length < 2) return null;
  return { rows, lines: units.flatMap((u) => u.lines), headerRows: header ? 1 : 0, caption };
}

/** How many remark heads (原因, 备注, 说明) end a run of header cells. */
function trailingNotes(heads: Unit[]): number {
  let n = 0;
  while (n < heads.length && headClass(heads[heads.length - 1 - n]!.cell.text) === 'note') n++;
  return n;
}

/** Whether a header row (一级指标 | 二级指标 | 三级指标, 年初预算数 | 全年预算数 | …) starts at `k`, not inside one. */
function startsHeader(run: Unit[], k: number): boolean {
  if (run[k]!.value || (k > 0 && !run[k - 1]!.value && headClass(run[k - 1]!.cell.text))) return false;
  const words = run.slice(k, k + HEADER_RUN);
  return words.every((u) => !u.value) && startsHeaderRow(words.map((u) => u.cell));
}

/**
 * The tables of a run of cells (between blank lines, or closed by `|`): a caption cell starts a new table, each
 * table's header is read from its leading text cells. A run with fewer than three figures is no table.
 */
export function unitTables(cells: Unit[]): BlankCellTable[] {
  const run = joinUnits(cells);
  if (run.length < 6 || run.filter((u) => isFigure(cellKind(u.cell.text))).length < 3) return [];
  const tables: BlankCellTable[] = [];
  let caption: string | null = null;
  let section: Unit[] = [];
  const close = () => {
    const table = section.length ? sectionTable(section, caption) : null;
    if (table) tables.push(table);
    section = [];
  };
  run.forEach((u, k) => {
    // A caption heads text (the column headers); a cell followed by its figure is a row label (资金到位情况 | 55).
    if (!u.value && CAPTION_CELL.test(cellKey(u.cell.text)) && run[k + 1] && !run[k + 1]!.value) {
      close();
      caption = u.cell.text;
      return;
    }
    // A header row after figures (the indicators' 一级指标 | … | 得分 under the funds' rows) starts a table; the
    // text cell before it (绩效指标, 项目资金(万元)) heads it too.
    if (startsHeader(run, k) && section.some((s) => isFigure(cellKind(s.cell.text)))) {
      const head = section[section.length - 1]!.value ? [] : [section.pop()!];
      close();
      caption = null;
      section.push(...head);
    }
    section.push(u);
  });
  close();
  return tables;
}

/** Lines of text that may stand between a table and its continuation (a remark cell too long to be a cell). */
const CONTINUATION_GAP = 4;

/**
 * The tables of runs of cells. A run without a header of its own right after a table whose header names its label
 * columns (一级指标 | … | 得分) continues that table: a remark cell long enough to read as prose (已完工,剩余3%尾款
 * 未付…) ended the run, not the table.
 */
export function findBlankCellTables(lines: Line[], taken: Set<number>): BlankCellTable[] {
  const out: BlankCellTable[] = [];
  let previous: BlankCellTable | null = null;
  for (const run of cellRuns(lines, taken)) {
    const first = run.find((u) => u.cell.text !== '');
    const gap = previous && first ? Math.min(...first.lines) - Math.max(...previous.lines) : Infinity;
    let tables = unitTables(run);
    if (previous?.labelColumns && first && !first.value && gap <= CONTINUATION_GAP && !tables.some((t) => t.headerRows > 0)) {
      const head = previous.rows[0]!.map((cell): Unit => ({ cell, lines: [], value: false }));
      const continued = unitTables([...head, ...run]).filter((t) => t.labelColumns);
      if (continued.length) tables = continued.map((t) => ({ ...t, lines: t.lines.filter((l) => !previous!.lines.includes(l)) }));
    }
    out.push(...tables);
    if (tables.length) previous = tables[tables.length - 1]!;
  }
  return out;
}
