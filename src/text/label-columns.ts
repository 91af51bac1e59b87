/**
 * A flattened table whose header names its label columns first, as a 项目支出绩效自评表 prints its indicators:
 *
 *     一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *     产出指标 | 数量指标 | 受益学生人数 | ≥52000人 | 51,386人 | 15 | 14.82 | 部分学生随父母转学外地
 *     质量指标 | 营养餐食品安全事故发生次数 | 0次 | 0次 | 10 | 10 |
 *
 * one cell after the other. The header is the run of header words before the first row (一级指标 … 偏差原因…,
 * not the 绩效指标 that spans the block); its leading 一级/二级/三级指标 are the label columns. A row is up to as
 * many text cells as there are label columns, put in the rightmost label columns (a merged label, 产出指标 for
 * the rows of its group, is printed on its group's first row only), then one cell for each other column in
 * order: figures, blanks, a target or a remark in words. Which text cells are labels and which are the previous
 * row's remark or a target in words is chosen for all rows at once, so that figures stand under the columns of
 * figures (分值, 得分, 年度指标值) and words under the columns of words (偏差原因, 年度指标值).
 */
import type { RawCell } from './table-grid.js';
import { cellKey, cellKind, isFigure } from './cell-kind.js';
import { alignRows, isMeasureHeader } from './row-alignment.js';

/** What a header cell says its column holds: row labels, targets or results (in figures or words), figures, remarks. */
export type HeadClass = 'label' | 'target' | 'figure' | 'note';

const LABEL_HEAD = /^(?:[一二三四五]级指标(?:名称)?|指标(?:名称|内容|类别)?|项目(?:名称)?|名称|内容|科目(?:名称)?)$/;
const TARGET_HEAD = /(?:指标值|完成值|实际值|目标值|完成数|完成情况)$/;
const NOTE_HEAD = /原因|措施|备注|说明|解释|标准|方法|办法/;
const HEAD_MAX = 20;

export function headClass(text: string): HeadClass | null {
  if (cellKind(text) !== 'text') return null;
  const key = cellKey(text).replace(/[（(][^（）()]*[)）]/g, '');
  if (key === '' || key.length > HEAD_MAX) return null;
  if (LABEL_HEAD.test(key)) return 'label';
  if (NOTE_HEAD.test(key)) return 'note';
  if (TARGET_HEAD.test(key)) return 'target';
  return isMeasureHeader(key) ? 'figure' : null;
}

/** A run of this many header words is a header row. */
export const HEADER_RUN = 3;
/** Words only a header row prints (a row label such as 资金总额 or 预算执行率 reads like a measure too). */
const HEADER_WORD = /预算数|执行数|决算数|分值|得分|权重|指标值|完成值|实际值|目标值|[一二三四五]级指标/;

/** A header row of a table's block starts at `cells[0]`: a run of header words, two of them only a header prints. */
export function startsHeaderRow(cells: RawCell[]): boolean {
  const words = cells.slice(0, HEADER_RUN);
  return words.length === HEADER_RUN && words.every((c) => headClass(c.text)) && words.filter((c) => HEADER_WORD.test(cellKey(c.text))).length >= 2;
}

/** Where the first run of HEADER_RUN or more header words among `cells` starts and ends, or null. */
export function headerRun(cells: RawCell[]): { start: number; end: number } | null {
  for (let i = 0; i < cells.length; ) {
    let j = i;
    while (j < cells.length && headClass(cells[j]!.text)) j++;
    if (j - i >= HEADER_RUN) return { start: i, end: j };
    i = j + 1;
  }
  return null;
}

// Costs are whole numbers so that ties are exact.
/** A row without a label; a figure under a column of words or of labels; words under a column of figures. */
const MISPLACED = 30;
/** Words under a column of targets (有效改善 under 年度指标值): they may be a target in words, or a label. */
const WORDS_AS_TARGET = 5;
/** A remark column a row leaves out (its empty cell was not printed): cheap, so that a label is not taken as remark. */
const NOTE_LEFT_OUT = 1;
/** Any other column a row leaves out (a sub-item 其中… prints no 分值 and no 得分): its cells are then placed by content. */
const CELL_LEFT_OUT = 5;
/** A label of an indicator group (产出指标, 社会效益指标, 满意度指标(10分)) is never a remark nor a target in words. */
const GROUP_LABEL = /指标(?:[（(][^（）()]*[)）])?$/;

function placeCost(cell: RawCell, head: HeadClass): number {
  const kind = cellKind(cell.text);
  if (kind === 'empty' || kind === 'placeholder') return 0;
  if (isFigure(kind)) return head === 'figure' || head === 'target' ? 0 : MISPLACED;
  if (head === 'figure' || GROUP_LABEL.test(cellKey(cell.text))) return MISPLACED;
  return head === 'note' ? 0 : WORDS_AS_TARGET;
}

interface CutRow {
  labels: RawCell[];
  cells: RawCell[];
  /** The row has fewer cells than columns (the stream ended, the row printed no cell for some columns). */
  short: boolean;
}

/**
 * The rows of `body` (the cells after the header, the first row's labels first) under a header of `labels` label
 * columns and the columns `heads` after them. Each row takes up to `labels` text cells, then one cell per column;
 * a row may print fewer cells (no remark, or a sub-item without 分值 and 得分). The cut chosen puts the fewest
 * cells where they do not belong and leaves out the fewest.
 */
function cutRows(body: RawCell[], labels: number, heads: HeadClass[]): CutRow[] {
  const n = body.length;
  const text = body.map((c) => cellKind(c.text) === 'text');
  let notes = 0;
  while (notes < heads.length - 1 && heads[heads.length - 1 - notes] === 'note') notes++;
  // best[i]: least cost of the rows of body[i..]; take[i]: the labels and cells of the row starting at i.
  const best = new Array<number>(n + 1).fill(Infinity);
  const take: Array<[number, number]> = new Array(n + 1).fill([0, 0]);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let a = 0; a <= labels && i + a < n; a++) {
      if (a > 0 && !text[i + a - 1]) break;
      for (let width = heads.length; width >= 1; width--) {
        const stop = Math.min(n, i + a + width);
        const left = heads.length - width;
        const leftOut = Math.min(left, notes) * NOTE_LEFT_OUT + Math.max(0, left - notes) * CELL_LEFT_OUT;
        let cost = (a === 0 ? MISPLACED : 0) + leftOut + best[stop]!;
        for (let c = i + a; c < stop; c++) cost += placeCost(body[c]!, heads[c - i - a]!);
        // Ties go to more labels (a group's first row prints all of them) and to every column taken.
        if (cost <= best[i]! && !(cost === best[i] && width < take[i]![1])) {
          best[i] = cost;
          take[i] = [a, width];
        }
      }
    }
  }
  const rows: CutRow[] = [];
  for (let i = 0; i < n; ) {
    const [a, width] = take[i]!;
    const stop = Math.min(n, i + a + width);
    rows.push({ labels: body.slice(i, i + a), cells: body.slice(i + a, stop), short: i + a + width > n || width < heads.length - notes });
    i = stop;
  }
  return rows;
}

/**
 * The rows of a table whose cells `cells` start with its header, when the header names two or more label columns
 * first (一级指标 | 二级指标 | …); null otherwise. `lead` is the number of text cells before the first figure: the
 * header and the first row's labels. Cells before the header (绩效指标) are not the table's: `start` says where
 * the table's cells begin.
 */
export function labelColumnRows(cells: RawCell[], lead: number): { rows: RawCell[][]; start: number } | null {
  const run = headerRun(cells.slice(0, lead - 1));
  if (!run) return null;
  const classes = cells.slice(run.start, run.end).map((c) => headClass(c.text)!);
  const labels = classes.findIndex((c) => c !== 'label');
  const firstLabels = lead - run.end;
  if (labels < 2 || firstLabels > labels) return null;
  const width = run.end - run.start;
  const empty = (): RawCell => ({ text: '', spans: [] });
  const rows: RawCell[][] = [cells.slice(run.start, run.end)];
  for (const row of cutRows(cells.slice(run.end), labels, classes.slice(labels))) {
    if (row.short) {
      // A row short of cells (总分 | 100 | 96.5, 其中… | 1.5亩 | 1.5亩): placed by its content.
      rows.push([...row.labels, ...row.cells]);
      continue;
    }
    const out = Array.from({ length: width }, empty);
    row.labels.forEach((c, k) => (out[labels - row.labels.length + k] = c));
    row.cells.forEach((c, k) => (out[labels + k] = c));
    rows.push(out);
  }
  return { rows: alignRows(rows), start: run.start };
}
