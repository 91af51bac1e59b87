/**
 * The command as users and CI call it (built CLI in dist/): outputs, exit codes, CSV safety, languages.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
}

describe('jixiao audit', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` before the tests (npm test does)');
  });

  it('with no paths audits the bundled examples into output/', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    const r = run(['audit', '--format', 'csv,json', '--quiet'], cwd);
    expect(r.code).toBe(0);
    const reports = rows(join(cwd, 'output', 'reports.csv'));
    expect(reports[0]!.slice(0, 16)).toEqual(['file', 'status', 'format', 'pages', 'dept', 'region', 'year', 'self_score', 'rescored_min', 'rescored_max', 'facts', 'flags_error', 'flags_warning', 'unverifiable', 'seconds', 'error']);
    expect(reports.length - 1).toBeGreaterThanOrEqual(5);
    expect(reports.slice(1).every((r) => r[1] === 'ok')).toBe(true);
    for (const f of ['metrics.csv', 'flags.csv', 'tables.csv', 'details.csv']) rows(join(cwd, 'output', f));
    const audit = JSON.parse(readFileSync(join(cwd, 'output', 'audit.json'), 'utf8'));
    expect(audit.reports.length).toBe(reports.length - 1);
    expect(JSON.parse(readFileSync(join(cwd, 'output', 'audit.schema.json'), 'utf8')).type).toBe('object');
  });

  it('bad usage exits 2 with a message', () => {
    const r = run(['audit', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang/);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('a missing file and a hostile file name still get rows; the batch goes on; exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    const name = '=cmd,"x".txt';
    writeFileSync(join(dir, name), '我局2021年调整预算数为100.00万元，实际支出90.00万元，预算执行率为95.00%。');
    // Relative paths, so the file cell starts with `=` as a hostile name would.
    const r = run(['audit', name, 'missing.pdf', '--out', 'out', '--format', 'csv', '--quiet'], dir);
    expect(r.code).toBe(1);
    const text = readFileSync(join(dir, 'out', 'reports.csv'), 'utf8');
    expect(text).toContain(`"'=cmd,""x"".txt",ok,txt`);
    expect(text).toMatch(/\r\nmissing\.pdf,failed,/);
    const flags = readFileSync(join(dir, 'out', 'flags.csv'), 'utf8');
    expect(flags).toContain(`"'=cmd,""x"".txt",ratio_mismatch,error,exec_rate,预算执行率,95.00,"90.00 [89.9905, 90.0096]"`);
  });

  it('English messages with --lang en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    copyFileSync(join(ROOT, 'fixtures', 'examples', '004.gbk.txt'), join(dir, '004.gbk.txt'));
    const out = join(dir, 'out');
    const r = run(['audit', join(dir, '004.gbk.txt'), '--out', out, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Findings: \d+ errors/);
    expect(readFileSync(join(out, 'flags.csv'), 'utf8')).toMatch(/likely a unit slip/);
  });
});
