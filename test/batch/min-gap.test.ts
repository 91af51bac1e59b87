/**
 * Materiality (--min-gap, and minGap in the library): a contradiction below the thresholds — in 万元 for amounts,
 * in percentage points for rates — becomes a note (info); one above them, or of another kind, is untouched. On the
 * seeds of fixtures/examples; the option's forms table-driven.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMinGap } from '../../src/batch/min-gap.js';
import { auditFiles } from '../../src/api.js';
import type { Report } from '../../src/model/audit.js';
import { EXAMPLES } from '../harness/needs.js';

describe('--min-gap values', () => {
  it.each<[string, { amount: string | null; points: string | null } | null]>([
    ['1,0.5', { amount: '1', points: '0.5' }],
    ['10万元,0.5个百分点', { amount: '10', points: '0.5' }],
    ['0.5pp,10万', { amount: '10', points: '0.5' }],
    ['0.5%', { amount: null, points: '0.5' }],
    ['3万元', { amount: '3', points: null }],
    ['1', null],
    ['1,2,3', null],
    ['-1,0.5', null],
    ['1万元,2万元', null],
    ['abc', null],
  ])('%s', (text, expected) => {
    expect(parseMinGap(text)).toEqual(expected);
  });
});

describe('on the seeds', () => {
  const severities = (r: Report, reported: string) => r.flags.filter((f) => f.reported === reported).map((f) => `${f.check}:${f.severity}`).sort();
  let plain: Report[];
  beforeAll(async () => {
    plain = await auditFiles([join(EXAMPLES, '000.txt'), join(EXAMPLES, '002.docx')]);
  });

  it.each<[string, { amount?: number; points?: number }, string, string, string[]]>([
    // 000: 全年平均执行率 96.97 % against 99.34 %, 2.36 points apart.
    ['a rate gap under the points threshold', { points: 3 }, '000.txt', '96.97', ['ratio_mismatch:info']],
    ['a rate gap over it', { points: 2 }, '000.txt', '96.97', ['ratio_mismatch:error']],
    ['a rate gap with only an amount threshold', { amount: 100 }, '000.txt', '96.97', ['ratio_mismatch:error']],
    // 002: 固定资产 合计 8219.95 against its parts' 8247.31, 27.3 万元 apart.
    ['an amount gap under the amount threshold', { amount: 30 }, '002.docx', '8219.95', ['sum_mismatch:info']],
    ['an amount gap over it', { amount: 20 }, '002.docx', '8219.95', ['sum_mismatch:error']],
  ])('%s', async (_name, minGap, file, reported, expected) => {
    const before = plain.find((r) => r.file.endsWith(file))!;
    expect(severities(before, reported).every((s) => s.endsWith(':error'))).toBe(true);
    const [after] = await auditFiles(join(EXAMPLES, file), { minGap });
    expect(severities(after!, reported)).toEqual(expected);
    // Nothing else changes: the same flags, in the same order.
    expect(after!.flags.map((f) => f.id)).toEqual(before.flags.map((f) => f.id));
  });
});

describe('through the command line', () => {
  it('audit --min-gap writes the lowered severities, and merge takes it too', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { readCsv, runCli } = await import('./cli.js');
    const work = mkdtempSync(join(tmpdir(), 'jixiao-min-gap-'));
    const run = await runCli(['audit', join(EXAMPLES, '000.txt'), '--out', join(work, 'out'), '--format', 'csv', '--min-gap', '0,3']);
    expect(run.code, run.stderr).toBe(0);
    expect(readCsv(join(work, 'out', 'flags.csv')).filter((f) => f.reported === '96.97').map((f) => f.severity)).toEqual(['info']);
    expect(run.stderr).toMatch(/发现问题：错误 0，警告 0，提示 1。/);
    const merged = await runCli(['merge', join(work, 'out'), '--out', join(work, 'merged'), '--format', 'csv', '--min-gap', '0,3', '--quiet']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readCsv(join(work, 'merged', 'flags.csv')).map((f) => f.severity)).toEqual(['info']);
    const bad = await runCli(['audit', join(EXAMPLES, '000.txt'), '--out', join(work, 'bad'), '--min-gap', '1']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'jixiao: 选项 --min-gap 的格式为 <万元>,<百分点>（如 1,0.5）或带单位（如 1万元、0.5个百分点），收到“1”。']);
  });
});
