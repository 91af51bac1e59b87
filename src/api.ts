/**
 * The library: `auditFiles` audits files and folders as `jixiao audit` does (the same discovery, grouping,
 * statuses and duplicate marks, one Report per input file) but in this process and without writing anything;
 * `auditDocument` audits one document given as bytes (an upload, a database blob). Reports are the zod-typed
 * objects of audit.json, the same whatever language they are later shown in (`renderMessage`, `renderFormula`).
 * A file that cannot be read never throws: it becomes a report with a status. A call that cannot be right throws at
 * once, before anything is read: InputError for arguments of the wrong kind (`auditFiles(42)`,
 * `auditDocument(null)`) and for paths that would walk a whole file system (`auditFiles('/')`) or more files than
 * `maxFiles`; RubricError for an unknown rubric.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, parse, resolve } from 'node:path';
import type { Report } from './model/audit.js';
import { msg } from './model/status.js';
import { DEFAULT_LIMITS } from './ingest/adapter.js';
import { auditGroup, type PipelineOptions } from './pipeline.js';
import { batchItems, discover, TooManyFiles } from './batch/discover.js';
import { precheck } from './batch/precheck.js';
import { statusReport, unsupportedReport } from './batch/reports.js';
import { Duplicates } from './batch/duplicates.js';
import { resolveRubric } from './rules/rubric/load.js';
import { applyMinGap, type MinGap } from './batch/min-gap.js';
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
  /** Most files `auditFiles` walks before giving up with InputError (default 10,000; `Infinity` for no limit). */
  maxFiles?: number;
  /**
   * Materiality: contradictions smaller than `amount` 万元 (amounts) or `points` percentage points (rates, shares,
   * growth) are reported as notes (info), as `--min-gap` does. Decimal strings or numbers.
   */
  minGap?: { amount?: string | number | null; points?: string | number | null };
}

/**
 * A call the library cannot act on, thrown before anything is read: an argument of the wrong kind, a path that is
 * the root of a file system, more files under the paths than `maxFiles`, or an option that is not one (a
 * `minGap` that is not a number). `code` says which.
 */
export class InputError extends TypeError {
  constructor(
    readonly code: 'not-a-path' | 'not-a-document' | 'file-system-root' | 'too-many-files' | 'bad-option',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The thresholds of `options.minGap`, checked: a value that is not a non-negative number is the caller's mistake. */
function minGapOf(options: AuditOptions): MinGap | null {
  if (!options.minGap) return null;
  const one = (v: unknown, name: string): string | null => {
    if (v === null || v === undefined) return null;
    const text = String(v);
    if (!/^\d+(?:\.\d+)?$/.test(text)) throw new InputError('bad-option', `minGap.${name} must be a non-negative number, not ${JSON.stringify(v)}`);
    return text;
  };
  return { amount: one(options.minGap.amount, 'amount'), points: one(options.minGap.points, 'points') };
}

/** Files `auditFiles` walks at most unless `maxFiles` says otherwise: more is a batch for `jixiao audit`. */
export const DEFAULT_MAX_FILES = 10_000;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value);

/** The paths of `auditFiles`: one path as a string, or a list of them; anything else is the caller's mistake. */
function pathList(paths: unknown): string[] {
  if (typeof paths === 'string') paths = [paths];
  if (!Array.isArray(paths) && !(paths instanceof Set)) {
    throw new InputError('not-a-path', `auditFiles needs a path or a list of paths (strings), not ${describe(paths)}`);
  }
  const list = [...(paths as Iterable<unknown>)];
  for (const p of list) {
    if (typeof p !== 'string' || p === '') throw new InputError('not-a-path', `auditFiles needs paths as non-empty strings, not ${describe(p)}`);
  }
  for (const p of list as string[]) {
    const full = resolve(p);
    if (parse(full).root === full) throw new InputError('file-system-root', `${p} is the root of a file system: audit the folder of the reports, not every file of the machine`);
  }
  return list as string[];
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
export async function auditFiles(paths: string | readonly string[], options: AuditOptions = {}): Promise<Report[]> {
  const list = pathList(paths);
  const min = minGapOf(options);
  if (options.rubric) resolveRubric(options.rubric);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  let found;
  try {
    found = await discover(list, null, maxFiles);
  } catch (error) {
    if (!(error instanceof TooManyFiles)) throw error;
    const home = list.some((p) => resolve(p) === homedir()) ? ' (a home folder)' : '';
    throw new InputError('too-many-files', `${list.join(', ')}${home} holds more than ${maxFiles} files: name the folder of the reports, or raise maxFiles`);
  }
  return withPipeline(options, async (pipeline) => {
    const items = batchItems(found);
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
    return reports.map((r) => applyMinGap(duplicates.mark(r), min));
  });
}

/** Audit one document given as bytes (or as text). Its content may be anything; `input` itself must be a DocumentInput. */
export async function auditDocument(input: DocumentInput, options: AuditOptions = {}): Promise<Report> {
  const given = input as unknown;
  if (given === null || typeof given !== 'object' || typeof (given as DocumentInput).name !== 'string' || (given as DocumentInput).name === '') {
    throw new InputError('not-a-document', `auditDocument needs { name, data } with name a file name (string), not ${describe(given)}`);
  }
  const raw = (given as DocumentInput).data as unknown;
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw new InputError('not-a-document', `auditDocument needs data as a string, a Uint8Array (Buffer) or an ArrayBuffer, not ${describe(raw)}`);
  }
  const data = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data instanceof ArrayBuffer ? new Uint8Array(input.data) : input.data);
  const min = minGapOf(options);
  return withPipeline(options, async (pipeline) => applyMinGap((await auditGroup([input.name], pipeline, new Map([[input.name, data]])))[0]!, min));
}
