/**
 * Writers receive each report as soon as it is audited (so memory does not grow with the batch) and the run
 * summary at the end. Each output format (CSV, JSON, XLSX, HTML) is one sink.
 */
import type { Report, Severity } from '../model/audit.js';

/** The output files a run can write, by format. */
export type OutputFormat = 'csv' | 'json' | 'xlsx' | 'html';
export const OUTPUT_FORMATS: OutputFormat[] = ['csv', 'json', 'xlsx', 'html'];
import type { Lang } from '../i18n/messages.js';

import type { GapSummary } from './gaps.js';
export type { GapSummary } from './gaps.js';

export interface RunSummary {
  toolVersion: string;
  createdAt: string;
  lang: Lang;
  files: number;
  ok: number;
  failed: number;
  facts: number;
  /** Files with an identical copy elsewhere in the run. */
  duplicates: number;
  flags: Record<Severity, number>;
  /** The largest findings across the batch, a few per kind, each ranked by relative gap within its kind (gaps.ts). */
  topGaps: GapSummary[];
  seconds: number;
}

export interface ReportSink {
  add(report: Report): Promise<void>;
  close(summary: RunSummary): Promise<void>;
}

export interface SinkOptions {
  outDir: string;
  lang: Lang;
}
