/**
 * Threads started before their pool (prestartWorkers, as the CLI does while it loads) are adopted by the pool when
 * their heap limit is the pool's, and run its tasks once configured; others are ended, never left running.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { prestartWorkers, WorkerPool, type PoolOptions } from '../../src/batch/pool.js';
import { runCli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = resolve('fixtures/examples/000.txt');

function options(heapLimitMb: number): PoolOptions {
  return {
    size: 1,
    config: {
      pipeline: { ingest: { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: dir }, rubric: null, keepText: false },
      storeDir: join(dir, 'store'),
      pdfium: null,
    },
    maxTasksPerWorker: 10,
    heapLimitMb,
    recycleHeapMb: heapLimitMb,
  };
}

async function audited(pool: WorkerPool, id: number): Promise<string[]> {
  const outcome = await pool.run({ id, key: `k${id}`, paths: [report] }, 60_000);
  expect(outcome.kind).toBe('done');
  const stored = JSON.parse((outcome as { json: string }).json) as { reports: Array<{ status: string }> };
  return stored.reports.map((r) => r.status);
}

describe('threads started before their pool', () => {
  it('are adopted with the same heap limit and run the tasks', async () => {
    prestartWorkers(1, 300);
    const pool = new WorkerPool(options(300));
    try {
      expect(await audited(pool, 1)).toEqual(['ok']);
      expect(await audited(pool, 2)).toEqual(['ok']);
      expect([pool.started, pool.adopted]).toEqual([1, 1]);
    } finally {
      await pool.close();
    }
  });

  it('with another heap limit are ended, and the pool starts its own', async () => {
    prestartWorkers(2, 280);
    const pool = new WorkerPool(options(320));
    try {
      expect(await audited(pool, 1)).toEqual(['ok']);
      expect([pool.started, pool.adopted]).toEqual([1, 0]);
    } finally {
      await pool.close();
    }
  });
});

describe('a run that ends before it needs its threads', () => {
  it('exits at once: the threads started early do not hold the process open', async () => {
    const result = await runCli(['audit', join(dir, 'no-such-folder'), '--out', join(dir, 'out'), '--jobs', '2'], { timeoutMs: 20_000 });
    expect([result.code, result.signal]).toEqual([2, null]);
    expect(result.seconds).toBeLessThan(10);
  });
});
