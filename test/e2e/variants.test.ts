/**
 * Reports written in other styles than the seeds (other wordings, 元 tables, quarter tables transposed, titles
 * on two lines), hand-labelled in fixtures/variants/*.expected.json: every labelled figure found, every listed
 * finding raised, nothing forbidden flagged.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { auditGroup, type PipelineOptions } from '../../src/pipeline.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { scoreSeed, type GoldSeed } from '../harness/gold.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'variants');
const options: PipelineOptions = {
  ingest: { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: join(tmpdir(), 'jixiao-test') },
  rubric: null,
  keepText: false,
};

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldSeed & { file?: string };
    const input = expected.file ?? readdirSync(DIR).find((x) => x.startsWith(f.replace('.expected.json', '.')) && !x.endsWith('.json'))!;
    return [input, { input, expected: { ...expected, flags: expected.flags.map((g) => ({ ...g, required: true })) } }] as const;
  });

describe('reports in other styles', () => {
  it.each(cases)('%s', async (_name, { input, expected }) => {
    const reports = await auditGroup([join(DIR, input)], options);
    expect(reports[0]!.status).toBe('ok');
    const score = scoreSeed(expected, reports);
    expect(score.missed, 'labelled figures not found').toEqual([]);
    expect(score.requiredMissed, 'findings not raised').toEqual([]);
    expect(score.falseAlarms, 'forbidden findings').toEqual([]);
    expect(score.correct / score.extracted, `wrong: ${score.wrong.join(' ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
