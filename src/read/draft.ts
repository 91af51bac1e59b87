/**
 * A figure before it gets its id, location and metric: the number token in a normalised text plus what the
 * readers decided it is. Prose and table readers both produce drafts; `index.ts` turns them into `Figure`s.
 */
import type { Decimal } from 'decimal.js';
import type { Figure, FigureKind } from '../model/audit.js';
import type { MappedText } from '../text/mapped-text.js';

/** A money unit in force (万元, 元, 亿元) and its scale to 万元. */
export interface MoneyUnit {
  unit: string;
  scale: Decimal;
}

export interface FigureDraft {
  mt: MappedText;
  /** Normalised-text range of the number and its unit, for the spans. */
  start: number;
  end: number;
  /** Normalised-text range the quote is cut from (sentence, or table row). */
  context: [number, number];
  /** For table cells: the row quote and the cell. */
  quote?: string;
  table?: { id: number; row: number; col: number };
  /** For a form read from lines (glued or spaced): the form (its header line) and the row (its line). */
  form?: { id: number; row: number; col: number };
  kind: FigureKind;
  label: string;
  value: Decimal;
  unit: string;
  raw: string;
  rawUnit: string;
  decimals: number;
  comparator: Figure['comparator'];
  period: string;
  comparison: string;
  direction: number;
  role: string;
  extractor: string;
  /** For a claim (增加 X, 下降 Y%, 占 Z%, 无变化): the figure it is about, the one before it in the sentence. */
  about?: FigureDraft;
  /** A claim that names what it is about where its paragraph has no figure of that name: the name, and its base. */
  claimOf?: { name: string; comparison: string };
  /** A rate right after such a claim (减少0.28万元，降低3.09%): it is about what that claim is about. */
  follows?: FigureDraft;
  /**
   * What the figure is about, qualified: its own label when that names something (收入总计), else the name of the
   * figure before it in the sentence with its own label (“三公”经费年初预算 → 实际支出). Rules match figures by it.
   */
  name?: string;
  /** For a part of a 其中 list: the figures that may be its whole (one, or the first and last level before the list). */
  partOf?: FigureDraft[];
}
