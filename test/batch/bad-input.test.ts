/**
 * Issue 6, "nothing lost on bad input": a folder of hostile and broken files beside good seed reports, audited by
 * the real CLI. Every file gets a row with a status and a message a person can act on, the good ones are audited
 * with figures, the run ends (exit 1) within three minutes using less than 1.5 GB, and a file named like a formula
 * cannot run as one in Excel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, readCsv, runCli, type CliResult } from './cli.js';
import { EXAMPLES } from '../harness/needs.js';
import { writeBadSuite, type Expectation } from './make-inputs.js';
import { readFileSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;

describe('bad-input suite through the CLI', () => {
  let base: string;
  let inputs: string;
  let out: string;
  let expected: Expectation[];
  let run: CliResult;
  let rows: Array<Record<string, string>>;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'jixiao-bad-'));
    inputs = join(base, 'in');
    out = join(base, 'out');
    mkdirSync(inputs);
    expected = await writeBadSuite(inputs, { examples: EXAMPLES, isRoot });
    // Audit `.` from inside the folder, so reports.csv names files without a prefix (the `=` name starts a cell).
    run = await runCli(['audit', '.', '--out', out, '--format', 'csv,json'], { cwd: inputs, timeoutMs: 240_000 });
    // The writer puts an apostrophe before a cell that starts like a formula; the name itself is without it.
    rows = readCsv(join(out, 'reports.csv')).map((r) => ({ ...r, file: r.file!.replace(/^'(?=[=+\-@])/, '') }));
  }, 300_000);

  afterAll(() => {
    try {
      chmodSync(join(inputs, 'unreadable.txt'), 0o644);
    } catch {
      // not made
    }
    rmSync(base, { recursive: true, force: true });
  });

  it('ends with exit code 1, in under 3 minutes, under 1.5 GB peak RSS', () => {
    expect(run.signal, run.stderr.slice(-2000)).toBeNull();
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(run.seconds).toBeLessThan(180);
    expect(run.maxRssKb).not.toBeNull();
    expect(run.maxRssKb!).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('lists every file exactly once, with the expected status', () => {
    const byFile = new Map(rows.map((r) => [r.file!, r]));
    expect(rows.length).toBe(expected.length);
    for (const e of expected) {
      const row = byFile.get(e.file);
      expect(row, `${e.file} missing from reports.csv`).toBeDefined();
      expect(e.status, `${e.file}: ${row!.status} ${row!.error}`).toContain(row!.status);
    }
  });

  it('explains every file it could not process in words, not codes', () => {
    for (const r of rows.filter((row) => row.status !== 'ok')) {
      // A Chinese sentence (the default language), not a bare message code or a stack trace.
      expect(r.error, r.file).toMatch(/[\u4e00-\u9fff].*[。）]/);
      expect(r.error, r.file).not.toMatch(/^[a-z-]+( \{.*\})?$|\bat .*\.js:\d+/);
    }
  });

  it('audits the good reports with figures', () => {
    for (const e of expected.filter((x) => x.good)) {
      const row = rows.find((r) => r.file === e.file)!;
      expect(row.status, `${e.file}: ${row.error}`).toBe('ok');
      expect(Number(row.facts), e.file).toBeGreaterThan(5);
    }
  });

  it('neutralises the file name that starts with = in reports.csv', () => {
    const raw = parseCsv(readFileSync(join(out, 'reports.csv'), 'utf8')).map((r) => r[0]!);
    const cell = raw.find((c) => c.includes('SUM(1+1)'));
    expect(cell).toBeDefined();
    expect(cell!.startsWith("'=")).toBe(true);
    // The name with commas and quotes survives CSV quoting intact.
    expect(raw).toContain('a,b "quoted", name.txt');
  });

  it('writes complete, valid outputs: audit.json parses and has the same files', () => {
    const audit = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as { reports: Array<{ file: string }> };
    expect(audit.reports.map((r) => r.file).sort()).toEqual(rows.map((r) => r.file).sort());
  });
});
