/**
 * End to end on the five seed reports, in every text encoding they come in, against ../shared/gold/seeds.json:
 * every gold figure found, every required flag raised, nothing forbidden flagged.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { auditGroup, type PipelineOptions } from '../../src/pipeline.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { CORPUS, goldSeeds, scoreSeed } from '../harness/gold.js';
import { describeWhen, MISSING, seedFile } from '../harness/needs.js';

const options: PipelineOptions = {
  ingest: { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: join(tmpdir(), 'jixiao-test') },
  rubric: null,
  keepText: false,
};

const seeds = MISSING.corpus || MISSING.gold ? [] : Object.entries(goldSeeds());
const cases = seeds.flatMap(([key, gold]) =>
  ['txt', 'gbk.txt'].map((suffix) => [`${key.split('_')[0]!}.${suffix}`, { gold, suffix, id: key.split('_')[0]! }] as const),
);
const totals = { extracted: 0, correct: 0 };

describeWhen([MISSING.corpus, MISSING.gold], 'seed reports against the gold figures', () => {
  it.each(cases)('%s', async (_name, { id, gold, suffix }) => {
    const reports = await auditGroup([join(CORPUS, id, `${id}.${suffix}`)], options);
    expect(reports[0]!.status).toBe('ok');
    const score = scoreSeed(gold, reports);
    expect(score.missed, 'gold figures not found').toEqual([]);
    expect(score.requiredMissed, 'required flags not raised').toEqual([]);
    expect(score.falseAlarms, 'forbidden flags raised').toEqual([]);
    expect(score.correct / score.extracted, `wrong: ${score.wrong.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    totals.extracted += score.extracted;
    totals.correct += score.correct;
  });

  it('precision over all seeds is at least 0.95', () => {
    expect(totals.extracted).toBeGreaterThan(300);
    expect(totals.correct / totals.extracted).toBeGreaterThanOrEqual(0.95);
  });
});

// Seed 000's text and seed 002's Word file are in fixtures/examples: this runs in any clone.
describe('the seeds’ project table and 三公 table', () => {
  it('none of the 31 project-table rows of seed 000 is flagged, while 2.11/4.70 printed as 44.03 % in 002 (its Word file) is', async () => {
    const [r000] = await auditGroup([seedFile('000.txt')!], options);
    const projectTable = r000!.tables.find((t) => t.cells.some((c) => c.text === '培训支出'))!;
    const projectRows = r000!.flags.filter((f) => f.evidence[0]!.location.table?.id === projectTable.id);
    expect(projectTable.rows).toBe(34);
    expect(projectRows).toEqual([]);
    const [r002] = await auditGroup([seedFile('002.docx')!], options);
    const row = r002!.flags.find((f) => f.check === 'ratio_mismatch' && f.reported === '44.03' && f.formula.includes('2.11 ÷ 4.70'));
    expect(row?.expected).toBe('44.89 [44.7396, 45.048]');
    expect(row?.evidence.map((e) => e.raw)).toEqual(['44.03%', '2.11', '4.70']);
  });
});
