/**
 * Worker thread entry (compiled to dist/src/batch/worker.js): loads the pipeline once, says `ready`, takes its
 * configuration, then runs one task at a time for the pool. Its heap use after each task lets the pool recycle a worker that grew.
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { runTask, type TaskRequest, type WorkerConfig } from './task.js';
import { usePdfiumModule } from '../ingest/pdf/pdfium.js';
import type { Parts } from '../write/parts.js';

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; json: string; parts?: Parts; heapMb: number }
  /** The task could not be stored (disk full, folder removed): not the file's fault, but the file is not done. */
  | { type: 'error'; id: number; detail: string };

/** What the pool sends: the configuration first (a thread may start before its pool has one), then tasks. */
export type ToWorker = { type: 'config'; config: WorkerConfig } | { type: 'task'; request: TaskRequest };

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');
let config: WorkerConfig | null = null;

// A library may leave a stray rejected promise behind (pdf.js does on damaged files). By default that ends the
// thread, and the next file would be blamed for it; the task itself still ends by result or by timeout.
process.on('unhandledRejection', () => undefined);

port.on('message', (message: ToWorker) => {
  if (message.type === 'config') {
    config = message.config;
    if (config.pdfium) usePdfiumModule(config.pdfium);
    return;
  }
  const { request } = message;
  if (!config) {
    port.postMessage({ type: 'error', id: request.id, detail: 'worker has no configuration' } satisfies FromWorker);
    return;
  }
  runTask(config, request).then(
    ({ json, parts, transfer }) => {
      const heapMb = getHeapStatistics().used_heap_size / 1048576;
      try {
        port.postMessage({ type: 'done', id: request.id, json, ...(parts ? { parts } : {}), heapMb } satisfies FromWorker, transfer ?? []);
      } catch (error) {
        // A part that cannot be moved (the JSON beside it is the lite one): the task fails now, not at its timeout.
        const detail = error instanceof Error ? error.message : String(error);
        port.postMessage({ type: 'error', id: request.id, detail } satisfies FromWorker);
      }
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'error', id: request.id, detail } satisfies FromWorker);
    },
  );
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
