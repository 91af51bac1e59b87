/**
 * The batch: for each group of files, in input order, decide from the main thread what it needs (a row without
 * reading it, the stored reports of an earlier run, the result of an identical file already in progress, or an
 * audit by a worker), keep the workers busy, and hand every group's reports to the writers in input order.
 * .doc files are converted by LibreOffice in batches ahead of their audit (one soffice start for many files).
 * On abort (SIGINT) nothing new starts, running tasks are ended, and every group not finished gets an
 * `interrupted` row; finished groups are in the journal, so the next run goes on from there.
 */
import { rm } from 'node:fs/promises';
import type { Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import type { PipelineOptions } from '../pipeline.js';
import { formatOfPath } from '../ingest/index.js';
import { groupKey, runFingerprint } from './fingerprint.js';
import { InOrder } from './in-order.js';
import { Journal, readStoreJson, writeStore, type StoredGroup } from './journal.js';
import type { ManifestEntry } from './manifest.js';
import { templatesUsed } from './messages.js';
import { poolLimits, WorkerPool, type Outcome } from './pool.js';
import { precheck, type Checked } from './precheck.js';
import { reportsFromJson, storedFilesOf } from './replay.js';
import { statusReport, unsupportedReport } from './reports.js';
import type { TaskRequest } from './task.js';
import type { TaskRender } from './outputs.js';
import { partsSize, type Parts } from '../write/parts.js';

export interface BatchItem {
  /** Position in the whole input (before sharding). */
  seq: number;
  paths: string[];
  /** A path given on the command line that does not exist. */
  missing?: boolean;
  /** A file of a type jixiao does not read, found in a folder: its row says so, nothing reads it. */
  unsupported?: boolean;
  /** The files checked and hashed ahead (see precheck.ts); checked here when absent. */
  checks?: Checked[];
}

export interface BatchConfig {
  outDir: string;
  pipeline: PipelineOptions;
  jobs: number;
  force: boolean;
  timeoutSeconds: number;
}

export interface BatchHooks {
  /** A worker started on a group. */
  started(file: string): void;
  /** A group is finished (completion order). */
  finished(reports: Report[]): void;
  /** A group's reports, in input order, with their output parts when the worker rendered them. */
  write(entry: ManifestEntry, reports: Report[], parts?: Parts): Promise<void>;
  /** What the worker auditing files with these hashes needs to render their output parts; none: the writers render. */
  render?(sha256s: string[]): TaskRender;
}

export interface BatchResult {
  interrupted: boolean;
  /** Files audited by a worker in this run. */
  audited: number;
  /** Files whose reports came from the journal of an earlier run. */
  reused: number;
  /** Files whose reports are those of a file with the same bytes audited in this run. */
  copies: number;
  workersStarted: number;
}

/** Out-of-order results kept in memory up to this much JSON; beyond it they are read back from the store. */
const REORDER_BUDGET = 32 * 1024 * 1024;
/** .doc files converted per LibreOffice call, and how far the batch may run ahead of a waiting .doc. */
const DOC_CHUNK = 20;
const DOC_LAG = 50;

export async function runBatch(items: BatchItem[], config: BatchConfig, hooks: BatchHooks, signal: AbortSignal): Promise<BatchResult> {
  // PDFium is compiled here once for all workers (~60 ms, beside the journal's loading) when PDFs are to be read.
  const wasm = items.some((it) => !it.missing && !it.unsupported && it.paths.some((p) => formatOfPath(p) === 'pdf'))
    ? import('../ingest/pdf/pdfium.js').then((m) => m.compilePdfium()).catch(() => null)
    : null;
  const journal = await Journal.open(config.outDir);
  const storeDir = journal.storeDir;
  const runKey = await runFingerprint(config.pipeline);
  const pool = new WorkerPool({ size: config.jobs, config: { pipeline: config.pipeline, storeDir, pdfium: await wasm }, ...poolLimits(config.jobs) });
  const maxBytes = config.pipeline.ingest.limits.maxInputBytes;
  const result: BatchResult = { interrupted: false, audited: 0, reused: 0, copies: 0, workersStarted: 0 };

  let buffered = 0;
  type Finished = { entry: ManifestEntry; reports: Report[] | null; bytes: number; parts?: Parts };
  const order = new InOrder<Finished>(async (f) => {
    buffered -= f.bytes;
    let reports = f.reports;
    if (!reports) {
      const json = await readStoreJson(storeDir, f.entry.key!);
      reports = json ? reportsFromJson(f.entry, json) : f.entry.files.map((p) => statusReport(p, 'failed', msg('internal-error', { detail: 'journal entry lost' })));
    }
    await hooks.write(f.entry, reports, f.reports ? f.parts : undefined);
  });

  const completed = new Set<number>();
  const complete = (index: number, entry: ManifestEntry, reports: Report[], bytes = 0, parts?: Parts) => {
    completed.add(index);
    const size = bytes + (parts ? partsSize(parts) : 0);
    const keep = size === 0 || buffered + size <= REORDER_BUDGET || order.written === index;
    if (keep) buffered += size;
    order.complete(index, { entry, reports: keep ? reports : null, bytes: keep ? size : 0, ...(keep && parts ? { parts } : {}) });
  };
  const interrupt = (index: number, entry: ManifestEntry) => {
    const inline = entry.files.map((p, i) => entry.inline?.[i] ?? statusReport(p, 'interrupted', msg('interrupted')));
    complete(index, { seq: entry.seq, files: entry.files, inline }, inline);
  };
  /**
   * A stored group's JSON is in: its reports go to progress and (in order) to the writers, with the parts the
   * worker rendered for them when they apply (rendered for exactly these files: none made without a worker).
   */
  const finish = (index: number, entry: ManifestEntry, json: string, parts?: Parts): Report[] => {
    const reports = reportsFromJson(entry, json);
    hooks.finished(reports);
    complete(index, entry, reports, json.length, entry.inline ? undefined : parts);
    return reports;
  };

  let fatal: unknown = null;
  const pending: Array<Promise<unknown>> = [];
  const inflight = new Map<string, Promise<boolean>>();
  const doneThisRun = new Set<string>();
  let nextId = 1;

  const failureJson = async (request: TaskRequest, outcome: Exclude<Outcome, { kind: 'done' | 'aborted' }>, hashes: Map<string, string>) => {
    const seconds = config.timeoutSeconds * request.paths.length;
    const { heapLimitMb } = poolLimits(config.jobs);
    const reports = request.paths.map((p) =>
      outcome.kind === 'timeout'
        ? statusReport(p, 'timeout', msg('timeout', { seconds }), hashes.get(p) ?? null)
        : statusReport(p, 'failed', outcome.oom ? msg('worker-out-of-memory', { mb: heapLimitMb }) : msg('worker-crashed', { detail: outcome.detail.slice(0, 200) }), hashes.get(p) ?? null),
    );
    const stored: StoredGroup = { key: request.key, files: request.paths, messages: templatesUsed(reports), reports };
    const json = JSON.stringify(stored);
    await writeStore(storeDir, request.key, json);
    return json;
  };

  /** Resolves true when the group's reports are in the store, false when its task did not finish. */
  const dispatch = (index: number, entry: ManifestEntry, request: TaskRequest, hashes: Map<string, string>): Promise<boolean> => {
    // Adapters time their own slow steps (OCR, LibreOffice) with the same budget and then stop cleanly, keeping
    // what they finished; the thread is ended only if that did not happen, after a grace period.
    const budgetMs = config.timeoutSeconds * 1000 * request.paths.length;
    const timeoutMs = budgetMs + Math.max(2000, budgetMs * 0.1);
    const task = pool
      .run(request, timeoutMs, () => hooks.started(request.paths[0]!))
      .then(async (outcome) => {
        if (outcome.kind === 'aborted') {
          interrupt(index, entry);
          return false;
        }
        const json = outcome.kind === 'done' ? outcome.json : await failureJson(request, outcome, hashes);
        result.audited += request.paths.length;
        const reports = finish(index, entry, json, outcome.kind === 'done' ? outcome.parts : undefined);
        // Only now, with the reports stored, is the group finished for a later run.
        journal.append({ key: request.key, files: request.paths, status: reports.map((r) => r.status), at: new Date().toISOString() });
        doneThisRun.add(request.key);
        return true;
      })
      .catch((error: unknown) => {
        fatal ??= error;
        interrupt(index, entry);
        return false;
      });
    inflight.set(request.key, task);
    void task.finally(() => inflight.delete(request.key));
    // The batch waits for the task, not for its result: a finished report's JSON must not stay reachable from
    // this list until the whole batch ends (96 MB at 800 files).
    pending.push(task.then(() => undefined));
    return task;
  };

  // .doc groups wait here for a LibreOffice batch conversion.
  type Waiting = { index: number; entry: ManifestEntry; request: TaskRequest; hashes: Map<string, string> };
  const docQueue: Waiting[] = [];
  const isDoc = (p: string) => formatOfPath(p) === 'doc';
  const soffice = (await import('../ingest/soffice.js')).findSoffice();
  const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  const convertQueued = () => {
    const batch = docQueue.splice(0);
    if (!batch.length) return;
    const docs = batch.flatMap((w) => w.request.paths.filter(isDoc));
    const conversion = import('../ingest/soffice.js')
      .then(({ convertWithSoffice }) => convertWithSoffice(docs, config.pipeline.ingest.tmpDir))
      .catch(() => null);
    pending.push(
      Promise.race([conversion, aborted.then(() => 'aborted' as const)]).then(async (conv) => {
        if (conv === 'aborted') {
          for (const w of batch) interrupt(w.index, w.entry);
          return;
        }
        const tasks = batch.map((w) => {
          const converted = w.request.paths.flatMap((p): Array<[string, string]> => (conv?.converted.has(p) ? [[p, conv.converted.get(p)!]] : []));
          return dispatch(w.index, w.entry, { ...w.request, converted }, w.hashes);
        });
        await Promise.all(tasks);
        if (conv) await rm(conv.workDir, { recursive: true, force: true });
      }),
    );
  };

  const onAbort = () => {
    result.interrupted = true;
    pool.abort();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (let index = 0; index < items.length && !signal.aborted && !fatal; index++) {
      const item = items[index]!;
      if (item.missing) {
        const reports = [statusReport(item.paths[0]!, 'failed', msg('file-missing'))];
        hooks.finished(reports);
        complete(index, { seq: item.seq, files: item.paths, inline: reports }, reports);
        continue;
      }
      if (item.unsupported) {
        const reports = [unsupportedReport(item.paths[0]!)];
        hooks.finished(reports);
        complete(index, { seq: item.seq, files: item.paths, inline: reports }, reports);
        continue;
      }
      const checks = item.checks ?? (await Promise.all(item.paths.map((p) => precheck(p, maxBytes))));
      const inline = checks.map((c) => c.report ?? null);
      const entry: ManifestEntry = { seq: item.seq, files: item.paths, ...(inline.some(Boolean) ? { inline } : {}) };
      const toAudit = checks.flatMap((c) => (c.report ? [] : [{ path: c.path, sha256: c.sha256 }]));
      if (!toAudit.length) {
        const reports = inline as Report[];
        hooks.finished(reports);
        complete(index, entry, reports);
        continue;
      }
      const key = groupKey(runKey, toAudit.map((c) => c.sha256));
      entry.key = key;
      if ((!config.force || doneThisRun.has(key)) && journal.get(key)) {
        const json = await readStoreJson(storeDir, key);
        if (json !== null) {
          // Audited earlier in this run (the same bytes under another name) is a copy, not a result reused.
          if (doneThisRun.has(key)) result.copies += storedFilesOf(entry).length;
          else result.reused += storedFilesOf(entry).length;
          finish(index, entry, json);
          continue;
        }
      }
      const running = inflight.get(key);
      if (running) {
        // The same bytes are being audited for another path: reuse that result under this file's name, read from
        // the store (the worker handed the main thread lite reports, rendered for the other name).
        pending.push(
          running.then(async (stored) => {
            const json = stored ? await readStoreJson(storeDir, key) : null;
            if (json === null) return interrupt(index, entry);
            result.copies += storedFilesOf(entry).length;
            finish(index, entry, json);
          }),
        );
        continue;
      }
      const request: TaskRequest = { id: nextId++, key, paths: storedFilesOf(entry) };
      const hashes = new Map(toAudit.map((c) => [c.path, c.sha256]));
      // Parts rendered for these names serve this entry only (not a copy under another name, not inline rows).
      if (hooks.render && !entry.inline) request.render = hooks.render(toAudit.map((c) => c.sha256));
      if (soffice && request.paths.some(isDoc)) {
        docQueue.push({ index, entry, request, hashes });
        if (docQueue.reduce((n, w) => n + w.request.paths.filter(isDoc).length, 0) >= DOC_CHUNK) convertQueued();
      } else {
        dispatch(index, entry, request, hashes);
      }
      // Do not let a waiting .doc hold back the in-order writing of everything after it for long.
      if (docQueue.length && index - docQueue[0]!.index >= DOC_LAG) convertQueued();
      await pool.whenFree();
    }
    if (!signal.aborted) convertQueued();
    while (pending.length) await Promise.all(pending.splice(0));
    // Groups never started (interrupted, or a fatal error) still get their row.
    for (let index = 0; index < items.length; index++) {
      if (completed.has(index)) continue;
      const item = items[index]!;
      interrupt(index, { seq: item.seq, files: item.paths });
    }
    await order.drain();
  } finally {
    signal.removeEventListener('abort', onAbort);
    await pool.close();
    journal.close();
    result.workersStarted = pool.started;
  }
  if (fatal) throw fatal;
  return result;
}
