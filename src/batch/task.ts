/**
 * One unit of work as a worker runs it: audit a group of files, store the reports for resume (compressing here,
 * in the worker, keeps that CPU off the main thread) and hand back their JSON.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import { auditGroup, type PipelineOptions } from '../pipeline.js';
import { writeStore, type StoredGroup } from './journal.js';
import { templatesUsed } from './messages.js';
import { statusReport } from './reports.js';
import { Duplicates } from './duplicates.js';
import { applyMinGap } from './min-gap.js';
import type { TaskRender } from './outputs.js';
import { renderPartsEncoded, type Parts } from '../write/parts.js';

export interface WorkerConfig {
  pipeline: PipelineOptions;
  storeDir: string;
  /** PDFium compiled once by the main thread, shared by the workers (see compilePdfium). */
  pdfium?: WebAssembly.Module | null;
}

export interface TaskRequest {
  id: number;
  key: string;
  paths: string[];
  /** .doc files converted ahead by LibreOffice for this task: original path → .docx path. */
  converted?: Array<[string, string]>;
  /** Render the group's parts of the output files too (see write/parts.ts). */
  render?: TaskRender;
}

export interface TaskResult {
  /**
   * The serialised StoredGroup, already written to the store; with `parts`, its reports are lite (see liteReport):
   * the main thread has their rendering already and keeps only what progress and the run summary read.
   */
  json: string;
  /** The output parts of the reports, as the main thread would render them; absent when not asked or failed. */
  parts?: Parts;
  /** The buffers of the parts' encoded text, to post as transferred (see encodeParts). */
  transfer?: ArrayBuffer[];
}

/**
 * What the main thread is handed of a report whose output parts the worker rendered: everything but its figures,
 * relations, tables, text and unverifiable rates, the bulk of it (progress and the run summary read the status,
 * facts, flags and the count of relations checked). The full report is in the store, where a resumed run or a copy under another name reads it.
 */
export function liteReport(report: Report): Report {
  const { text: _text, ...rest } = report;
  return { ...rest, figures: [], relations: [], tables: [], unverifiable: [] };
}

/** The group's reports as a serialised StoredGroup; the reports themselves are not kept past it. */
async function auditedJson(request: TaskRequest, pipeline: PipelineOptions): Promise<string> {
  let reports: Report[];
  try {
    reports = await auditGroup(request.paths, pipeline);
  } catch (error) {
    // auditGroup turns bad input into statuses; a throw here is a bug, and it still must not cost the batch.
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    reports = request.paths.map((p) => statusReport(p, 'failed', msg('internal-error', { detail })));
  }
  const stored: StoredGroup = { key: request.key, files: request.paths, messages: templatesUsed(reports), reports };
  return JSON.stringify(stored);
}

/** Characters of a group's JSON past which a collection before parsing it back pays (about 1 ms per MB of heap). */
const LARGE_JSON = 4_000_000;

let collector: (() => void) | null | undefined;
/** A full collection now, where the runtime lets one be asked for (V8's gc, exposed on first use). */
function collectNow(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  collector?.();
}

/** Runs the task: the stored group and, when asked, its output parts. Never throws for input. */
export async function runTask(config: WorkerConfig, request: TaskRequest): Promise<TaskResult> {
  const pipeline = request.converted?.length
    ? { ...config.pipeline, ingest: { ...config.pipeline.ingest, converted: new Map(request.converted) } }
    : config.pipeline;
  // The audited reports are dropped once serialised, so that a long report's objects can be collected while its
  // parts are rendered from the JSON; the JSON text is dropped once parsed.
  const json = await auditedJson(request, pipeline);
  const written = writeStore(config.storeDir, request.key, json);
  if (!request.render) {
    await written;
    return { json };
  }
  // A long report's objects, dropped with auditedJson, are let go before their copy is parsed back: left to the
  // collector's timing, the two were sometimes both alive, and the peak of a 544-page report varied by 50 MB.
  if (json.length > LARGE_JSON) collectNow();
  // Rendered from the stored JSON, as the main thread would read it back, so that both give the same bytes.
  let stored: StoredGroup;
  try {
    stored = JSON.parse(json) as StoredGroup;
  } catch {
    await written;
    return { json };
  }
  let result: TaskResult;
  try {
    const copies = Duplicates.of(request.render.copies);
    const minGap = request.render.minGap ?? null;
    const { parts, transfer } = await renderPartsEncoded(stored.reports.map((r) => copies.mark(applyMinGap(r, minGap))), request.render);
    result = { json: JSON.stringify({ ...stored, reports: stored.reports.map(liteReport) }), parts, transfer };
  } catch {
    // The main thread renders them from the full JSON (the stored text again: JSON's round trip is exact).
    result = { json: JSON.stringify(stored) };
  }
  await written;
  return result;
}
