/**
 * Writers receive each report as soon as it is audited (so memory does not grow with the batch) and the run
 * summary at the end. Each output format (CSV, JSON, XLSX, HTML) is one sink.
 */
import type { Report, Severity } from '../model/audit.js';

/** The output files a run can write, by format. */
export type OutputFormat = 'csv' | 'json' | 'xlsx' | 'html';
export const OUTPUT_FORMATS: OutputFormat[] = ['csv', 'json', 'xlsx', 'html'];
import type { Lang } from '../i18n/messages.js';

export interface GapSummary {
  file: string;
  check: string;
  metric: string;
  /** The reported figure's label as printed, for gaps whose figure has no vocabulary metric. */
  label?: string;
  reported: string;
  expected: string;
  margin: string;
}

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
  /** The largest gaps (by margin) across the batch, for the end-of-run summary. */
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
