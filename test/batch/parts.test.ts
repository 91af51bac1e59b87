/** The small parts of the batch layer on their own: ordering, journal recovery, renaming, the bounded summary. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InOrder } from '../../src/batch/in-order.js';
import { Journal } from '../../src/batch/journal.js';
import { parseRetargeted, statusReport } from '../../src/batch/reports.js';
import { SummaryBuilder } from '../../src/batch/summary.js';
import type { Flag, Report } from '../../src/model/audit.js';

describe('InOrder', () => {
  it('writes items in input order whatever order they finish in', async () => {
    const written: number[] = [];
    const order = new InOrder<number>(async (n) => {
      await new Promise((r) => setTimeout(r, Math.random() * 3));
      written.push(n);
    });
    for (const i of [3, 0, 4, 1, 2, 6, 5]) order.complete(i, i);
    await order.drain();
    expect(written).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('holds back everything after a missing item', async () => {
    const written: number[] = [];
    const order = new InOrder<number>(async (n) => void written.push(n));
    order.complete(1, 1);
    order.complete(2, 2);
    await order.drain();
    expect(written).toEqual([]);
    order.complete(0, 0);
    await order.drain();
    expect(written).toEqual([0, 1, 2]);
  });
});

describe('Journal', () => {
  it('skips a line torn by a kill and starts the next entry on a new line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-journal-'));
    try {
      const entry = (key: string) => JSON.stringify({ key, files: [`${key}.pdf`], status: ['ok'], at: 'now' });
      writeFileSync(join(dir, 'journal.jsonl'), `${entry('a')}\n{"key":"b","fil`);
      const journal = await Journal.open(dir);
      expect(journal.get('a')).toBeDefined();
      expect(journal.get('b')).toBeUndefined();
      journal.append({ key: 'c', files: ['c.pdf'], status: ['ok'], at: 'now' });
      journal.close();
      const reopened = await Journal.open(dir);
      expect([reopened.get('a'), reopened.get('c')].every(Boolean)).toBe(true);
      reopened.close();
      expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').at(-2)).toContain('"key":"c"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseRetargeted', () => {
  it('renames every occurrence of the old paths, and nothing else', () => {
    const report = { file: 'old/a.pdf', group: 'old/a.pdf', facts: [{ location: { file: 'old/a.pdf', quote: 'old/a.pdf is cited' } }], notes: [{ code: 'joined-to', params: { file: 'old/a.pdf' } }] };
    const renamed = parseRetargeted(JSON.stringify(report), ['old/a.pdf'], ['new/a.pdf']) as typeof report;
    expect(renamed.file).toBe('new/a.pdf');
    expect(renamed.group).toBe('new/a.pdf');
    expect(renamed.facts[0]!.location.file).toBe('new/a.pdf');
    expect(renamed.facts[0]!.location.quote).toBe('old/a.pdf is cited');
    expect(renamed.notes[0]!.params.file).toBe('new/a.pdf');
  });
});

describe('SummaryBuilder', () => {
  it('keeps the three largest findings of a kind as a sort of all of them would, with bounded state', () => {
    const flag = (margin: string, metric: string): Flag =>
      ({ id: metric, check: 'sum_mismatch', severity: 'error', metric, reported: '1', expected: '20', margin, formula: '', message: { code: 'x' }, evidence: [{ role: 'reported', raw: '1万元' }] }) as unknown as Flag;
    const margins = ['3', '10', '0.5', '10', '7', '2', '10', '1', '9', 'n/a'];
    const reports: Report[] = margins.map((m, i) => ({ ...statusReport(`f${i}`, 'ok', null), flags: [flag(m, `m${i}`)] }));
    const builder = new SummaryBuilder();
    for (const r of reports) builder.add(r);
    const summary = builder.result('zh', 1);
    expect(summary.topGaps.map((g) => `${g.file}:${g.margin}:${g.kind}`)).toEqual(['f1:10:amount', 'f3:10:amount', 'f6:10:amount']);
    expect(summary.flags.error).toBe(10);
    expect(summary.files).toBe(10);
  });

  it('names a gap outside the vocabulary by the label printed with its reported figure', () => {
    const flag = { id: 'x', check: 'parts_sum', severity: 'error', metric: '', reported: '12', expected: '10', margin: '2', formula: '', message: { code: 'x' },
      evidence: [{ role: 'part', key: '差旅费' }, { role: 'reported', key: '会议费合计' }] } as unknown as Flag;
    const builder = new SummaryBuilder();
    builder.add({ ...statusReport('a.txt', 'ok', null), flags: [flag] });
    const [gap] = builder.result('zh', 1).topGaps;
    expect(gap!.label).toBe('会议费合计');
  });
});
