/**
 * Resume: the journal makes a rerun skip finished files while its outputs still list them; after kill -9 or
 * SIGINT nothing finished is lost and the outputs are whole; `--jobs 1` and `--jobs 2` write the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { readCsv, runCli, stableRows, type CliResult } from './cli.js';
import { copyExamples } from './make-inputs.js';
import { EXAMPLES } from '../harness/needs.js';

const OUTPUTS = ['reports.csv', 'metrics.csv', 'details.csv', 'flags.csv', 'tables.csv'];

function journalLines(out: string): Array<{ key: string }> {
  const path = join(out, 'journal.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { key: string });
}

function expectSameOutputs(out: string, ref: string): void {
  for (const name of OUTPUTS) expect(stableRows(join(out, name)), name).toEqual(stableRows(join(ref, name)));
  const files = (dir: string) => (JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as { reports: Array<{ file: string }> }).reports.map((r) => r.file);
  expect(files(out)).toEqual(files(ref));
}

/** Start the CLI, and once `journal.jsonl` has `lines` finished files, act on the process. */
function interruptAfter(args: string[], out: string, lines: number, act: (child: ChildProcess) => void): Promise<CliResult> {
  let child: ChildProcess | null = null;
  const poll = setInterval(() => {
    if (child && journalLines(out).length >= lines) {
      clearInterval(poll);
      act(child);
    }
  }, 20);
  return runCli(args, { onSpawn: (c) => (child = c) }).finally(() => clearInterval(poll));
}

describe('resume and interruption', () => {
  let base: string;
  let inputs: string;
  let ref: string;
  let refRun: CliResult;
  let names: string[];
  const audit = (out: string, ...extra: string[]) => ['audit', inputs, '--out', out, '--format', 'csv,json', ...extra];

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'jixiao-resume-'));
    inputs = join(base, 'in');
    mkdirSync(inputs);
    names = await copyExamples(inputs, EXAMPLES, 4);
    ref = join(base, 'ref');
    refRun = await runCli(audit(ref, '--jobs', '2'));
  }, 300_000);

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('a first run journals every file', () => {
    expect(refRun.code, refRun.stderr.slice(-1500)).toBe(0);
    const rows = readCsv(join(ref, 'reports.csv'));
    expect(rows.map((r) => r.file).sort()).toEqual(names.map((n) => join(inputs, n)).sort());
    expect(rows.map((r) => r.status)).toEqual(names.map(() => 'ok'));
    expect(new Set(journalLines(ref).map((l) => l.key)).size).toBe(names.length);
  });

  it('a rerun reuses every finished file, and its outputs still list them all', async () => {
    const before = OUTPUTS.map((n) => stableRows(join(ref, n)));
    const again = await runCli(audit(ref, '--jobs', '2'));
    expect(again.code).toBe(0);
    expect(journalLines(ref)).toHaveLength(names.length);
    expect(OUTPUTS.map((n) => stableRows(join(ref, n)))).toEqual(before);
    expect(again.seconds).toBeLessThan(refRun.seconds);
  });

  it('--force audits every file again, with the same result', async () => {
    const forced = await runCli(audit(ref, '--force', '--quiet'));
    expect(forced.code).toBe(0);
    expect(journalLines(ref)).toHaveLength(2 * names.length);
    const other = join(base, 'force-check');
    await runCli(audit(other, '--quiet'));
    expectSameOutputs(ref, other);
  });

  it('--jobs 1 writes the same rows, in the same order, as --jobs 2', async () => {
    const one = join(base, 'jobs1');
    const run = await runCli(audit(one, '--jobs', '1', '--quiet'));
    expect(run.code).toBe(0);
    expectSameOutputs(one, ref);
  });

  it('after kill -9 no output is half-written, and the next run loses no finished file', async () => {
    const out = join(base, 'killed');
    const killed = await interruptAfter(audit(out, '--jobs', '1', '--quiet'), out, 3, (c) => c.kill('SIGKILL'));
    expect(killed.signal).toBe('SIGKILL');
    const finished = journalLines(out);
    expect(finished.length).toBeGreaterThanOrEqual(3);
    expect(finished.length).toBeLessThan(names.length);
    // Outputs are only ever renamed into place complete: a first run killed midway has none under final names.
    for (const name of [...OUTPUTS, 'audit.json']) expect(existsSync(join(out, name)), name).toBe(false);

    const resumed = await runCli(audit(out, '--quiet'));
    expect(resumed.code).toBe(0);
    // Each file was audited once in all: the finished ones were not redone.
    expect(journalLines(out)).toHaveLength(names.length);
    expect(new Set(journalLines(out).map((l) => l.key)).size).toBe(names.length);
    expectSameOutputs(out, ref);
    expect(readdirSync(out).filter((n) => n.startsWith('.staging') || n.startsWith('.trash'))).toEqual([]);
  });

  it('on SIGINT it stops, writes whole outputs marking unfinished files, exits 130; the next run completes', async () => {
    const out = join(base, 'sigint');
    const stopped = await interruptAfter(audit(out, '--jobs', '1'), out, 2, (c) => c.kill('SIGINT'));
    expect(stopped.code, stopped.stderr.slice(-1500)).toBe(130);
    expect(stopped.stderr).toContain('运行已中断');
    const rows = readCsv(join(out, 'reports.csv'));
    expect(rows.map((r) => r.file)).toEqual(readCsv(join(ref, 'reports.csv')).map((r) => r.file));
    const interrupted = rows.filter((r) => r.status !== 'ok');
    expect(interrupted.length).toBeGreaterThan(0);
    // Cut off by Ctrl-C is its own status, not a failure of the file.
    for (const r of interrupted) expect([r.status, r.error]).toEqual(['interrupted', expect.stringContaining('中断')]);
    expect(rows.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(2);
    JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));

    const resumed = await runCli(audit(out, '--quiet'));
    expect(resumed.code).toBe(0);
    expectSameOutputs(out, ref);
  });
});
