/**
 * The library: `auditFiles` audits files and folders as `jixiao audit` does (the same discovery, grouping,
 * statuses and duplicate marks, one Report per input file) but in this process and without writing anything;
 * `auditDocument` audits one document given as bytes (an upload, a database blob). Reports are the zod-typed
 * objects of audit.json, the same whatever language they are later shown in (`renderMessage`, `renderFormula`).
 * Bad input never throws: it becomes a report with a status. Bad options (an unknown rubric) throw.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from './model/audit.js';
import { msg } from './model/status.js';
import { DEFAULT_LIMITS } from './ingest/adapter.js';
import { auditGroup, type PipelineOptions } from './pipeline.js';
import { batchItems, discover } from './batch/discover.js';
import { precheck } from './batch/precheck.js';
import { statusReport, unsupportedReport } from './batch/reports.js';
import { Duplicates } from './batch/duplicates.js';
import { resolveRubric } from './rules/rubric/load.js';
import './batch/messages.js';

export interface AuditOptions {
  /** A scoring framework to use (an id of rubrics/ or a framework file); detected from the report when absent. */
  rubric?: string | null;
  /** `auto` (default): read pages without a text layer by OCR when tesseract is installed; `off`: never. */
  ocr?: 'auto' | 'off';
  /** Largest file read, in MB (default 200). */
  maxMb?: number;
  /** Time limit for the slow steps of one file (OCR, LibreOffice), in seconds (default 120). */
  timeoutSeconds?: number;
  /** Keep the document's text lines in each report (`report.text`), as the HTML pages use them. */
  keepText?: boolean;
}

/** A document given as bytes: `name` (its file name, whose extension helps tell the format) names it in the report. */
export interface DocumentInput {
  name: string;
  data: Uint8Array | ArrayBuffer | string;
}

async function withPipeline<T>(options: AuditOptions, run: (pipeline: PipelineOptions) => Promise<T>): Promise<T> {
  // An unknown framework is the caller's mistake, not the document's: say so before reading anything.
  if (options.rubric) resolveRubric(options.rubric);
  const tmpDir = await mkdtemp(join(tmpdir(), 'jixiao-lib-'));
  const pipeline: PipelineOptions = {
    ingest: {
      limits: { ...DEFAULT_LIMITS, maxInputBytes: (options.maxMb ?? 200) * 1024 * 1024, timeoutSeconds: options.timeoutSeconds ?? DEFAULT_LIMITS.timeoutSeconds },
      ocr: options.ocr ?? 'auto',
      tmpDir,
    },
    rubric: options.rubric ?? null,
    keepText: options.keepText ?? false,
  };
  try {
    return await run(pipeline);
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/**
 * Audit files and folders (walked recursively; a report and its score sheet with the same stem are one report).
 * One Report per input file, in input order: files that could not be read have a status and a message.
 */
export async function auditFiles(paths: readonly string[], options: AuditOptions = {}): Promise<Report[]> {
  return withPipeline(options, async (pipeline) => {
    const items = batchItems(await discover([...paths], null));
    const duplicates = new Duplicates();
    const reports: Report[] = [];
    for (const item of items) {
      if (item.missing) {
        reports.push(statusReport(item.paths[0]!, 'failed', msg('file-missing')));
        continue;
      }
      if (item.unsupported) {
        reports.push(unsupportedReport(item.paths[0]!));
        continue;
      }
      const checks = await Promise.all(item.paths.map((p) => precheck(p, pipeline.ingest.limits.maxInputBytes)));
      for (const c of checks) duplicates.add(c.path, c.sha256);
      const audited = await auditGroup(checks.flatMap((c) => (c.report ? [] : [c.path])), pipeline);
      reports.push(...checks.map((c) => c.report ?? audited.shift()!));
    }
    return reports.map((r) => duplicates.mark(r));
  });
}

/** Audit one document given as bytes (or as text). */
export async function auditDocument(input: DocumentInput, options: AuditOptions = {}): Promise<Report> {
  const data = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data instanceof ArrayBuffer ? new Uint8Array(input.data) : input.data);
  return withPipeline(options, async (pipeline) => (await auditGroup([input.name], pipeline, new Map([[input.name, data]])))[0]!);
}
