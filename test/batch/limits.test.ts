/**
 * Per-file limits, each on a real input and through the CLI: a file running past --timeout has its worker ended
 * and gets `timeout`; a worker that runs out of heap costs only its file; a file over --max-mb is not read; and
 * the batch goes on to audit the good file beside them every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, runCli } from './cli.js';
import { EXAMPLES } from '../harness/needs.js';

describe('per-file limits', () => {
  let base: string;
  let inputs: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'jixiao-limits-'));
    inputs = join(base, 'in');
    mkdirSync(inputs);
    copyFileSync(join(EXAMPLES, '000.txt'), join(inputs, 'good.txt'));
    // 10 MB of figures on one line: extraction alone takes seconds and most of a gigabyte.
    const sentence = '本年度部门预算执行率为95.36%，项目支出1234.56万元，';
    writeFileSync(join(inputs, 'one-line.txt'), sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence))));
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const statuses = (out: string) => Object.fromEntries(readCsv(join(out, 'reports.csv')).map((r) => [r.file!.split('/').pop()!, r]));

  it('ends a file that runs past --timeout, and audits the rest', async () => {
    const out = join(base, 'timeout');
    const run = await runCli(['audit', inputs, '--out', out, '--format', 'csv', '--timeout', '1', '--quiet']);
    expect(run.code).toBe(1);
    const rows = statuses(out);
    expect(rows['one-line.txt']!.status).toBe('timeout');
    expect(rows['one-line.txt']!.error).toContain('超时');
    expect(rows['good.txt']!.status).toBe('ok');
    // Ended at the timeout plus its grace, not after the seconds the file would have taken.
    expect(run.seconds).toBeLessThan(15);
  });

  it('a worker out of heap costs only its file', async () => {
    const out = join(base, 'oom');
    const run = await runCli(['audit', inputs, '--out', out, '--format', 'csv', '--quiet'], { env: { JIXIAO_WORKER_HEAP_MB: '160' } });
    expect(run.code).toBe(1);
    const rows = statuses(out);
    expect(rows['one-line.txt']!.status).toBe('failed');
    expect(rows['one-line.txt']!.error).toContain('内存');
    expect(rows['good.txt']!.status).toBe('ok');
  });

  it('does not read a file over --max-mb', async () => {
    const out = join(base, 'max-mb');
    const run = await runCli(['audit', inputs, '--out', out, '--format', 'csv', '--max-mb', '2', '--quiet']);
    expect(run.code).toBe(1);
    const rows = statuses(out);
    expect(rows['one-line.txt']!.status).toBe('too-large');
    expect(rows['one-line.txt']!.error).toContain('--max-mb');
    expect(rows['good.txt']!.status).toBe('ok');
  });

  it('refuses a file with more figures than Limits.maxFacts before checking it', async () => {
    const out = join(base, 'facts');
    const run = await runCli(['audit', inputs, '--out', out, '--format', 'csv', '--quiet']);
    expect(run.code).toBe(1);
    const rows = statuses(out);
    expect(rows['one-line.txt']!.status).toBe('too-large');
    expect(rows['one-line.txt']!.error).toMatch(/超过 20000 项上限/);
  });
});
