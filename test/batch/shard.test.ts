/**
 * Past one machine: `--shard K/N` splits the input by a name that does not depend on where it is mounted, and
 * `jixiao merge` joins the shards' folders into exactly the rows one run writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, runCli, stableRows } from './cli.js';
import { copyExamples } from './make-inputs.js';
import { EXAMPLES } from '../harness/needs.js';
import { shardOf, stableName } from '../../src/batch/shard.js';

const OUTPUTS = ['reports.csv', 'metrics.csv', 'details.csv', 'flags.csv', 'tables.csv'];

describe('shard names', () => {
  it('do not depend on where the input folder is mounted or how it is spelled', () => {
    expect(stableName('/data/in/2023/a.pdf', ['/data/in'])).toBe('2023/a.pdf');
    expect(stableName('/mnt/x/2023/a.pdf', ['/mnt/x/'])).toBe('2023/a.pdf');
    expect(stableName('in/2023/a.pdf', ['./in'])).toBe('2023/a.pdf');
    // A file given by itself is named by its base name; the nearest root wins.
    expect(stableName('/data/in/a.pdf', ['/data/in/a.pdf'])).toBe('a.pdf');
    expect(stableName('/data/in/sub/a.pdf', ['/data/in', '/data/in/sub'])).toBe('a.pdf');
    expect(shardOf('2023/a.pdf', 7)).toBe(shardOf('2023/a.pdf', 7));
  });

  it('spread files over the shards', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const k = shardOf(`dept-${i}/report.pdf`, 4);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const n of counts.values()) expect(n).toBeGreaterThan(180);
  });
});

describe('shards and merge through the CLI', () => {
  let base: string;
  let inputs: string;
  const dir = (name: string) => join(base, name);

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'jixiao-shard-'));
    inputs = dir('in');
    mkdirSync(inputs);
    await copyExamples(inputs, EXAMPLES, 3);
    const runs = await Promise.all([
      runCli(['audit', inputs, '--out', dir('single'), '--format', 'csv,json', '--quiet', '--jobs', '1']),
      runCli(['audit', inputs, '--out', dir('s1'), '--format', 'csv,json', '--quiet', '--jobs', '1', '--shard', '1/2']),
      runCli(['audit', inputs, '--out', dir('s2'), '--format', 'csv,json', '--quiet', '--jobs', '1', '--shard', '2/2']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('shards are disjoint and cover the input', () => {
    const files = (d: string) => readCsv(join(dir(d), 'reports.csv')).map((r) => r.file!);
    const [a, b] = [files('s1'), files('s2')];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((f) => b.includes(f))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(files('single').sort());
  });

  it('merging the shards gives the rows of a single run, in its order', async () => {
    const run = await runCli(['merge', dir('s2'), dir('s1'), '--out', dir('merged'), '--format', 'csv,json', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    for (const name of OUTPUTS) expect(stableRows(join(dir('merged'), name)), name).toEqual(stableRows(join(dir('single'), name)));
    const reports = (d: string) => (JSON.parse(readFileSync(join(dir(d), 'audit.json'), 'utf8')) as { reports: Array<{ file: string; facts: unknown[] }> }).reports;
    expect(reports('merged').map((r) => [r.file, r.facts.length])).toEqual(reports('single').map((r) => [r.file, r.facts.length]));
  });

  it('the merged folder stands alone: it can be merged again', async () => {
    const run = await runCli(['merge', dir('merged'), '--out', dir('again'), '--format', 'csv', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(stableRows(join(dir('again'), 'reports.csv'))).toEqual(stableRows(join(dir('single'), 'reports.csv')));
  });

  it('a missing shard is reported and fails the merge', async () => {
    const run = await runCli(['merge', dir('s1'), '--out', dir('partial'), '--format', 'csv', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('缺少分片 2/2');
    expect(existsSync(join(dir('partial'), 'reports.csv'))).toBe(true);
  });
});
