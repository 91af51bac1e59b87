/**
 * A pool of worker threads running audit tasks. pdf.js, mammoth and SheetJS parse in the thread that calls them,
 * so threads are what gives CPU parallelism; they are also the fence around a hostile file: a task that runs past
 * its time is ended by terminating its thread, a thread that crashes or exhausts its heap (resourceLimits) costs
 * only its task, and either way a fresh thread takes its place and the batch goes on. Threads are also replaced
 * after a number of tasks or when their heap has grown past a bound, so a slow leak in a library cannot build up.
 */
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { TaskRequest, WorkerConfig } from './task.js';
import type { FromWorker, ToWorker } from './worker.js';
import type { Parts } from '../write/parts.js';

export type Outcome =
  | { kind: 'done'; json: string; parts?: Parts }
  | { kind: 'timeout' }
  | { kind: 'crash'; detail: string; oom: boolean }
  | { kind: 'aborted' };

export interface PoolOptions {
  size: number;
  config: WorkerConfig;
  /** Replace a thread after this many tasks. */
  maxTasksPerWorker: number;
  /** V8 old-generation limit of each thread, MB: a file needing more fails alone. */
  heapLimitMb: number;
  /** Replace a thread after a task that left more than this on its heap, MB. */
  recycleHeapMb: number;
}

interface Job {
  request: TaskRequest;
  timeoutMs: number;
  resolve(outcome: Outcome): void;
  onStart?: () => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  tasks: number;
  error: (Error & { code?: string }) | null;
}

/**
 * V8 optimises a function once it has run bytecode worth this budget (V8's default: 67,584). A worker reads a few
 * dozen reports through a few thousand functions, most of them warm but not hot: at the default, V8 optimised
 * about 1,000 of them per worker, some several times over, and its compiler threads used nearly as much CPU as
 * the worker itself (4.4 s beside 5.5 s on 40 PDFs), on cores the other worker needed. At this budget only the
 * hot ones are optimised: a quarter less CPU on the 80-PDF bench batch with two workers, a sixth less on one long
 * report, the same output.
 */
const INTERRUPT_BUDGET = 1_056_000;

/**
 * V8's flags belong to the process, and V8 reads this one whenever it resets a function's budget, in every thread,
 * the main thread's too. Set once, when a pool takes its first thread: by then the main thread's own start (finding
 * and hashing the inputs) ran at V8's default, which measured a tenth faster on a batch of small text reports than
 * with the flag set before it; a thread started early (prestartWorkers) loads its modules at the default, and its
 * hot functions meet the raised budget. Left alone when the user gave node the flag.
 */
let tiered = false;
function tuneTiering(): void {
  if (tiered) return;
  tiered = true;
  if (process.execArgv.some((a) => /^--interrupt[-_]budget(?:=|$)/.test(a))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** Consecutive threads dying before they are ready: the build is broken, not a file. */
const MAX_STARTUP_FAILURES = 3;

/** dist/src/batch/worker.js, also when this module runs from the TypeScript sources (tests). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/src/batch/worker.js', import.meta.url);
}

function envInt(name: string): number | null {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Per-thread heap limit: 512 MB. With a 2 GB limit V8 lets a heap grow 4× between collections, and the three heaps
 * of `--jobs 2` peaked together at 420–490 MB over 1,000 PDFs against 300–340 MB over 100; at 512 MB the same runs
 * peak at 300–325 MB, flat, for about 10 % more CPU in collections (docs/scale.md). The largest inputs the limits
 * let through (1,972 pages; 20,000 figures) need less than 256 MB. Never more than 60 % of the machine's memory
 * over all threads. JIXIAO_WORKER_HEAP_MB and JIXIAO_WORKER_TASKS override.
 */
export function poolLimits(jobs: number): { heapLimitMb: number; recycleHeapMb: number; maxTasksPerWorker: number } {
  const share = Math.floor(((totalmem() / 1048576) * 0.6) / jobs);
  const heapLimitMb = envInt('JIXIAO_WORKER_HEAP_MB') ?? Math.max(256, Math.min(512, share));
  return { heapLimitMb, recycleHeapMb: Math.floor(heapLimitMb / 2), maxTasksPerWorker: envInt('JIXIAO_WORKER_TASKS') ?? 500 };
}

/** A thread started before its pool: what it said and did while no pool listened. */
interface EarlyWorker {
  worker: Worker;
  heapLimitMb: number;
  ready: boolean;
  exited: boolean;
  error: (Error & { code?: string }) | null;
  /** Stops recording, before the pool listens. */
  detach(): void;
}

const early: EarlyWorker[] = [];

function startWorker(heapLimitMb: number): Worker {
  return new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
}

/**
 * Start threads before the batch is planned. A thread spends about 0.4 s loading the pipeline, and the main thread
 * as long loading the command and finding the inputs: started first, the two overlap. Each waits for its
 * configuration, which the pool that adopts it sends; until then it does not keep the process alive, so a run that
 * ends early (a usage error, every file from the journal) is not held up by them.
 */
export function prestartWorkers(count: number, heapLimitMb: number): void {
  for (let i = 0; i < count; i++) {
    const worker = startWorker(heapLimitMb);
    const record: EarlyWorker = { worker, heapLimitMb, ready: false, exited: false, error: null, detach: () => undefined };
    const onMessage = (message: FromWorker) => {
      if (message.type === 'ready') record.ready = true;
    };
    const onError = (error: Error) => (record.error = error);
    const onExit = () => (record.exited = true);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    record.detach = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    // After the listeners: listening for messages holds the process open again.
    worker.unref();
    early.push(record);
  }
}

/** Stop recording a thread started early and end it. */
function endEarly(record: EarlyWorker): void {
  record.detach();
  void record.worker.terminate().catch(() => undefined);
}

/** A thread started early with this heap limit and still alive, now the caller's. */
function adoptEarly(heapLimitMb: number): EarlyWorker | null {
  while (early.length) {
    const record = early.shift()!;
    if (!record.exited && !record.error && record.heapLimitMb === heapLimitMb) {
      record.detach();
      record.worker.ref();
      return record;
    }
    endEarly(record);
  }
  return null;
}

/** Threads started early that no pool took (fewer files than threads). */
function discardEarly(): void {
  for (const record of early.splice(0)) endEarly(record);
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly waiters: Array<() => void> = [];
  private closed = false;
  private startupFailures = 0;
  private fatalError: Error | null = null;
  /** Threads started in all (first fill, recycling, replacements): reported by the benchmark. */
  started = 0;
  /** Of those, threads started early (prestartWorkers) that this pool took. */
  adopted = 0;

  constructor(private readonly options: PoolOptions) {}

  get fatal(): Error | null {
    return this.fatalError;
  }

  run(request: TaskRequest, timeoutMs: number, onStart?: () => void): Promise<Outcome> {
    if (this.fatalError) return Promise.reject(this.fatalError);
    return new Promise((resolve, reject) => {
      this.queue.push({
        request,
        timeoutMs,
        onStart,
        resolve: (outcome) => (this.fatalError && outcome.kind === 'aborted' ? reject(this.fatalError) : resolve(outcome)),
      });
      this.pump();
    });
  }

  /** Resolves when the queue is short enough that preparing another task is useful. */
  whenFree(): Promise<void> {
    if (this.queue.length < this.options.size || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** End every running and queued task now (SIGINT): their outcome is `aborted`. */
  abort(): void {
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'aborted' });
    for (const slot of [...this.slots]) {
      const job = slot.job;
      if (!job) continue;
      this.retire(slot, false);
      job.resolve({ kind: 'aborted' });
    }
    this.notify();
  }

  async close(): Promise<void> {
    this.closed = true;
    discardEarly();
    this.abort();
    const exits = [...this.slots].map((slot) => {
      this.slots.delete(slot);
      return slot.worker.terminate().catch(() => undefined);
    });
    // A thread stuck in native code may never finish terminating: do not wait for it forever.
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    this.notify();
  }

  private notify(): void {
    while (this.waiters.length && (this.queue.length < this.options.size || this.closed)) this.waiters.shift()!();
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (slot.ready && !slot.job) this.assign(slot, this.queue.shift()!);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.size < this.options.size; n++) this.spawn();
    this.notify();
  }

  private spawn(): void {
    tuneTiering();
    const adopted = adoptEarly(this.options.heapLimitMb);
    const worker = adopted?.worker ?? startWorker(this.options.heapLimitMb);
    this.started++;
    if (adopted) this.adopted++;
    const slot: Slot = { worker, ready: adopted?.ready ?? false, job: null, timer: null, tasks: 0, error: null };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error: Error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    // Before any task: the thread reads nothing until it has its configuration.
    worker.postMessage({ type: 'config', config: this.options.config } satisfies ToWorker);
    if (slot.ready) queueMicrotask(() => this.pump());
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.postMessage({ type: 'task', request: job.request } satisfies ToWorker);
    slot.timer = setTimeout(() => {
      if (slot.job !== job) return;
      this.retire(slot);
      job.resolve({ kind: 'timeout' });
      this.pump();
    }, job.timeoutMs);
    job.onStart?.();
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.startupFailures = 0;
      this.pump();
      return;
    }
    const job = slot.job;
    if (!job || job.request.id !== message.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    slot.tasks++;
    if (message.type === 'done') {
      job.resolve({ kind: 'done', json: message.json, ...(message.parts ? { parts: message.parts } : {}) });
      if (slot.tasks >= this.options.maxTasksPerWorker || message.heapMb > this.options.recycleHeapMb) this.retire(slot);
    } else {
      job.resolve({ kind: 'crash', detail: message.detail, oom: false });
    }
    this.pump();
  }

  private onExit(slot: Slot, code: number): void {
    if (!this.slots.has(slot)) return; // terminated on purpose
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (job) {
      const oom = slot.error?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.resolve({ kind: 'crash', detail: slot.error?.message ?? `exit code ${code}`, oom });
    }
    if (!slot.ready && !this.closed && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.fatalError = new Error(`worker threads fail to start: ${slot.error?.stack ?? `exit code ${code}`}`);
      for (const queued of this.queue.splice(0)) queued.resolve({ kind: 'aborted' });
      this.notify();
      return;
    }
    this.pump();
  }

  /**
   * Terminate a thread without waiting (it may be stuck in a loop); its replacement starts at once, so its start-up
   * (loading the pipeline, ~0.3 s) overlaps the work of the others.
   */
  private retire(slot: Slot, replace = true): void {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    void slot.worker.terminate().catch(() => undefined);
    if (replace && !this.closed && !this.fatalError) this.spawn();
  }
}
