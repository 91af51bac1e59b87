/**
 * A worker hands its rendered parts over as UTF-8 bytes it transfers (encodeParts): the writers must write the same
 * bytes from them as from the rendered text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCsvSink } from '../../src/write/csv.js';
import { createJsonSink } from '../../src/write/json.js';
import { encodeParts, renderParts } from '../../src/write/parts.js';
import { hostileReport, runSummary } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(encoded: boolean): Promise<Record<string, string>> {
  const out = join(dir, encoded ? 'encoded' : 'text');
  mkdirSync(out, { recursive: true });
  const rendered = await renderParts([hostileReport(), hostileReport()], { formats: ['csv', 'json'], lang: 'zh' });
  const parts = encoded ? encodeParts(rendered).parts : rendered;
  const csv = createCsvSink({ outDir: out, lang: 'zh' });
  const json = createJsonSink({ outDir: out, lang: 'zh' });
  await csv.addPart(parts.csv!);
  await json.addPart(parts.json!);
  await csv.close(runSummary());
  await json.close(runSummary());
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  return { figures: read('figures.csv'), flags: read('flags.csv'), reports: read('reports.csv'), audit: read('audit.json').replace(/"createdAt":"[^"]*"/, '') };
}

describe('parts encoded by the worker', () => {
  it('are UTF-8 bytes of the rendered text, each in a buffer of its own that is transferred', async () => {
    const rendered = await renderParts([hostileReport()], { formats: ['csv', 'json'], lang: 'zh' });
    const { parts, transfer } = encodeParts(rendered);
    const figures = parts.csv!.figures as Uint8Array;
    expect(new TextDecoder().decode(figures)).toBe(rendered.csv!.figures);
    expect(transfer).toContain(figures.buffer);
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('are written as the same bytes as the text', async () => {
    expect(await written(true)).toEqual(await written(false));
  });
});
