/**
 * One unit of work as a worker runs it: audit a group of files, store the reports for resume (compressing here,
 * in the worker, keeps that CPU off the main thread) and hand back their JSON.
 */
import type { Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import { auditGroup, type PipelineOptions } from '../pipeline.js';
import { writeStore, type StoredGroup } from './journal.js';
import { templatesUsed } from './messages.js';
import { statusReport } from './reports.js';
import { Duplicates } from './duplicates.js';
import type { TaskRender } from './outputs.js';
import { renderParts, type Parts } from '../write/parts.js';

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
  /** The serialised StoredGroup, already written to the store. */
  json: string;
  /** The output parts of the reports, as the main thread would render them; absent when not asked or failed. */
  parts?: Parts;
}

/** Runs the task: the stored group and, when asked, its output parts. Never throws for input. */
export async function runTask(config: WorkerConfig, request: TaskRequest): Promise<TaskResult> {
  const pipeline = request.converted?.length
    ? { ...config.pipeline, ingest: { ...config.pipeline.ingest, converted: new Map(request.converted) } }
    : config.pipeline;
  let reports: Report[];
  try {
    reports = await auditGroup(request.paths, pipeline);
  } catch (error) {
    // auditGroup turns bad input into statuses; a throw here is a bug, and it still must not cost the batch.
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    reports = request.paths.map((p) => statusReport(p, 'failed', msg('internal-error', { detail })));
  }
  const stored: StoredGroup = { key: request.key, files: request.paths, messages: templatesUsed(reports), reports };
  const json = JSON.stringify(stored);
  const written = writeStore(config.storeDir, request.key, json);
  let parts: Parts | undefined;
  if (request.render) {
    try {
      // Rendered from the stored JSON, as the main thread would read it back, so that both give the same bytes.
      const copies = Duplicates.of(request.render.copies);
      const readBack = (JSON.parse(json) as StoredGroup).reports.map((r) => copies.mark(r));
      parts = await renderParts(readBack, request.render);
    } catch {
      parts = undefined; // the main thread renders them
    }
  }
  await written;
  return parts ? { json, parts } : { json };
}
