/**
 * Put the cells of rows that lost cells back under their columns.
 *
 * Web pages and PDF exports flatten a form's grid row by row and leave out the cells a merged cell covers: the
 * 一级指标 printed once for five rows, the 分值 a sub-item (其中…) does not have. Such a row comes out shorter
 * than the header and left-packed, so its figures would sit under the wrong headers. We align each short row to
 * the header by its content: a row starts with its label, labels go under text columns (一级指标, 三级指标),
 * figures under the measure columns (分值, 年度指标值, 得分 …) in order, and among those preferably under a
 * column whose complete rows print the same kind of figure (亩 under 年度指标值, not under 分值). Cells left out
 * on the left are the merged ones and cost nothing; a column skipped between two cells, or a measure column left
 * unfilled at the right, costs one, so rows stay packed unless their content says otherwise. This is a small
 * dynamic programme over (cell, column), solved exactly; ties go to the rightmost placement ("from the right"),
 * since what the flattening drops is the covered cells at the left. Rows with no figure (placeholders only,
 * section rows) are not moved.
 */
import type { RawCell } from './table-grid.js';
import { cellKey, cellKind, figureSignature, isFigure, type CellKind } from './cell-kind.js';
import { joinCells } from './raw-cell.js';

/** Header words of columns that hold figures: …数, …值, …率, 得分, 权重, 金额, years, quarters, months. */
const MEASURE_HEADER =
  /(?:数|值|率|分|额|重|比|例|度|计|量|预算|决算|规模|投资|金额|人数|\d{4}年|[一二三四]季度|[\d一二三四五六七八九十]+月)$/;

export function isMeasureHeader(text: string): boolean {
  const key = cellKey(text).replace(/[（(][^（）()]*[)）]/g, '');
  return key !== '' && MEASURE_HEADER.test(key);
}

/** A column skipped between two cells of a row, or a measure column left unfilled at its right. */
const EMPTY_COLUMN_COST = 1;
/** A label under a measure column, a figure under a text column. */
const MISPLACED_COST = 3;

/** Figure signatures seen per measure column in the rows that were complete. */
type Profiles = Map<number, Set<string>>;

function cellCost(cell: RawCell, kind: CellKind, first: boolean, measure: boolean, col: number, header: string, profiles: Profiles): number {
  if (kind === 'empty' || kind === 'placeholder') return measure ? 0 : 0.1;
  if (!isFigure(kind)) {
    // The first cell is the row's label; later text cells may be text values (通过, 完成) or remarks.
    if (!measure) return 0;
    return first ? MISPLACED_COST : 0.25;
  }
  if (!measure) return MISPLACED_COST;
  let cost = 0.3;
  const seen = profiles.get(col);
  if (seen && seen.size > 0) {
    const sig = figureSignature(cell.text);
    // The same kind of figure; two numbers, or two quantities in other units, are alike; a number is no quantity.
    if (seen.has(sig)) cost = 0;
    else if ([...seen].some((s) => s[0] === sig[0])) cost = 0.5;
    else cost = 1;
  }
  // A score printed with its unit (99.55分) under the column whose header names that unit (得分).
  const unit = /^q:(.+)$/.exec(figureSignature(cell.text))?.[1];
  if (unit && cellKey(header).includes(unit)) cost -= 1;
  return cost;
}

/** The column of each cell of `row` under a header of `measures.length` columns, or null when it cannot fit. */
function placeRow(row: RawCell[], header: RawCell[], measures: boolean[], profiles: Profiles): number[] | null {
  const k = row.length;
  const width = measures.length;
  if (k === 0 || k > width) return null;
  const kinds = row.map((c) => cellKind(c.text));
  // best[i][j]: least cost of cells 0..i with cell i in column j; from[i][j]: the column of cell i-1.
  const best: number[][] = row.map(() => new Array<number>(width).fill(Infinity));
  const from: number[][] = row.map(() => new Array<number>(width).fill(-1));
  for (let i = 0; i < k; i++) {
    for (let j = i; j <= width - (k - i); j++) {
      const own = cellCost(row[i]!, kinds[i]!, i === 0, measures[j]!, j, header[j]?.text ?? '', profiles);
      if (i === 0) {
        best[0]![j] = own;
        continue;
      }
      for (let p = i - 1; p < j; p++) {
        const cost = best[i - 1]![p]! + (j - p - 1) * EMPTY_COLUMN_COST + own;
        if (cost <= best[i]![j]!) {
          best[i]![j] = cost;
          from[i]![j] = p;
        }
      }
    }
  }
  let end = -1;
  let total = Infinity;
  for (let j = k - 1; j < width; j++) {
    let cost = best[k - 1]![j]!;
    for (let r = j + 1; r < width; r++) if (measures[r]) cost += EMPTY_COLUMN_COST;
    if (cost <= total) {
      total = cost;
      end = j;
    }
  }
  if (end < 0 || !Number.isFinite(total)) return null;
  const cols = new Array<number>(k);
  cols[k - 1] = end;
  for (let i = k - 1; i > 0; i--) cols[i - 1] = from[i]![cols[i]!]!;
  return cols;
}

function spread(row: RawCell[], cols: number[], width: number): RawCell[] {
  const out: RawCell[] = Array.from({ length: width }, () => ({ text: '', spans: [] }));
  cols.forEach((c, i) => (out[c] = row[i]!));
  return out;
}

const SUBTOTAL_HEAD = /^(?:合计|小计)$/;

/**
 * A two-row header flattened into one: the head of a group of columns stands before its sub-heads (公车购置及运行
 * 维护费 | 合计 | 车辆购置 | 车辆运行), one cell more than every row has. The group's head names its 合计 column:
 * the two become one head, so the rows' figures fall under their columns.
 */
export function withGroupHeadMerged(rows: RawCell[][]): RawCell[][] {
  const header = rows[0];
  if (!header || rows.length < 2) return rows;
  const filled = (row: RawCell[]) => {
    let n = row.length;
    while (n > 0 && row[n - 1]!.text.trim() === '') n--;
    return n;
  };
  const body = rows.slice(1).filter((row) => row.some((c) => isFigure(cellKind(c.text))));
  if (!body.length || !body.every((row) => filled(row) === filled(header) - 1)) return rows;
  const groups = header.flatMap((c, i) => (i > 0 && i + 1 < header.length && !SUBTOTAL_HEAD.test(cellKey(c.text)) && cellKind(c.text) === 'text' && SUBTOTAL_HEAD.test(cellKey(header[i + 1]!.text)) ? [i] : []));
  if (groups.length !== 1) return rows;
  const at = groups[0]!;
  const merged = joinCells([header[at]!, header[at + 1]!]);
  return [[...header.slice(0, at), merged, ...header.slice(at + 2)], ...rows.slice(1)];
}

/**
 * Rows under `header` (the first row), each placed by its content when it is shorter than the header and holds a
 * figure. Rows as long as the header, rows without figures (section rows: 质量指标) and tables whose header names
 * no measure column are left as they are: nothing in them says where their cells belong.
 */
export function alignRows(rows: RawCell[][]): RawCell[][] {
  const header = rows[0];
  if (!header || rows.length < 2) return rows;
  const width = header.length;
  // Forms have a dozen columns; a wider "header" is no form's, and the programme grows with width².
  if (width > 40) return rows;
  const measures = header.map((c) => isMeasureHeader(c.text));
  const measureCount = measures.filter(Boolean).length;
  if (measureCount === 0) return rows;
  const figures = (row: RawCell[]) => row.filter((c) => isFigure(cellKind(c.text))).length;
  const short = (row: RawCell[]) => row.length < width && figures(row) > 0;

  // First the rows with a figure for every measure column: they show what each measure column holds.
  const profiles: Profiles = new Map();
  const learn = (row: RawCell[], cols: number[]) =>
    cols.forEach((c, i) => {
      if (!measures[c] || !isFigure(cellKind(row[i]!.text))) return;
      if (!profiles.has(c)) profiles.set(c, new Set());
      profiles.get(c)!.add(figureSignature(row[i]!.text));
    });
  const placed = new Map<number, number[]>();
  rows.forEach((row, r) => {
    if (r === 0 || figures(row) !== measureCount) return;
    if (row.length === width) return learn(row, row.map((_, c) => c));
    const cols = short(row) ? placeRow(row, header, measures, new Map()) : null;
    if (cols) {
      placed.set(r, cols);
      learn(row, cols);
    }
  });
  return rows.map((row, r) => {
    if (r === 0 || !short(row)) return row;
    const cols = placed.get(r) ?? placeRow(row, header, measures, profiles);
    return cols ? spread(row, cols, width) : row;
  });
}
