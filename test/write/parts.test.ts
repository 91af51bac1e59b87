/**
 * A worker hands its rendered parts over as UTF-8 bytes it transfers (renderPartsEncoded): the writers must write the same
 * bytes from them as from the rendered text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCsvSink } from '../../src/write/csv.js';
import { createJsonSink } from '../../src/write/json.js';
import { renderParts, renderPartsEncoded } from '../../src/write/parts.js';
import { hostileReport, runSummary } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(encoded: boolean): Promise<Record<string, string>> {
  const out = join(dir, encoded ? 'encoded' : 'text');
  mkdirSync(out, { recursive: true });
  const reports = [hostileReport(), hostileReport()];
  const request = { formats: ['csv', 'json'] as const, lang: 'zh' as const };
  const parts = encoded ? (await renderPartsEncoded(reports, { ...request, formats: [...request.formats] })).parts : await renderParts(reports, { ...request, formats: [...request.formats] });
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
    const { parts, transfer } = await renderPartsEncoded([hostileReport()], { formats: ['csv', 'json'], lang: 'zh' });
    const figures = parts.csv!.figures as Uint8Array;
    expect(new TextDecoder().decode(figures)).toBe(rendered.csv!.figures);
    expect(transfer).toContain(figures.buffer);
    expect(new TextDecoder().decode(parts.json!.reports[0] as Uint8Array)).toBe(rendered.json!.reports[0]);
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('are written as the same bytes as the text', async () => {
    expect(await written(true)).toEqual(await written(false));
  });
});
