/**
 * OCR engine module: the real engine on the corpus scan when tesseract is installed (skipped with a visible
 * reason otherwise), and the pure TSV → item conversion always.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrEngine, ocrPdfPages, OcrTimeout } from '../../src/ingest/ocr.js';
import { parseTsv, wordsToItems } from '../../src/ingest/ocr-tsv.js';
import { IngestError } from '../../src/model/status.js';
import { CORPUS, firstMissing, itWhen, MISSING, seedFile } from '../harness/needs.js';

const SCAN = join(CORPUS, '000', '000.scan.pdf');
/** Decided before the tests are collected: why the engine cannot run here, or null. */
const ENGINE = MISSING.ocr === null;

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-ocr-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ocr engine (tesseract)', () => {
  it('ocrEngine() tells whether an engine is installed', async () => {
    const engine = await ocrEngine();
    if (ENGINE) expect(engine).toMatchObject({ name: 'tesseract', version: expect.stringMatching(/^\d+\.\d+/) });
    else expect(engine).toBeNull();
  });

  itWhen(ENGINE ? 'tesseract is installed here; this case is about a machine without it' : null, 'without an engine, ocrPdfPages says the scan cannot be read (scanned-no-text)', async () => {
    const error = await ocrPdfPages(Buffer.from('%PDF-1.4'), [1], { tmpDir: tmp }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as IngestError).status).toBe('scanned-no-text');
  });

  itWhen(firstMissing(MISSING.ocr, MISSING.scan), '000.scan.pdf page 1: text, positions in points, temp files removed', async () => {
    const [page] = await ocrPdfPages(readFileSync(SCAN), [1], { tmpDir: tmp, timeoutMs: 120_000 });
    expect(page!.page).toBe(1);
    // A4 in points (the scan is 1241 × 1754 px at 150 ppi).
    expect(page!.width).toBeCloseTo(595.7, 0);
    expect(page!.height).toBeCloseTo(842, 0);
    expect(page!.confidence).toBeGreaterThan(0.8);
    const text = page!.items.map((i) => i.str).join('');
    expect(text).toContain('部门名称');
    expect(text).toContain('2022');
    expect(text).toContain('0755-28318397');
    // Han characters come joined, not one item per character: the department name is one run.
    const name = page!.items.find((i) => i.str.includes('深圳市坪山区政务服务数据管理局'));
    expect(name).toBeDefined();
    // Items are in the page, y is a baseline from the bottom: the title line is above the name line.
    for (const i of page!.items) {
      expect(i.x).toBeGreaterThanOrEqual(0);
      expect(i.x + i.width).toBeLessThanOrEqual(page!.width + 1);
      expect(i.y).toBeGreaterThan(0);
      expect(i.y).toBeLessThan(page!.height);
      expect(i.fontSize).toBeGreaterThan(6);
      expect(i.fontSize).toBeLessThan(30);
    }
    const title = page!.items.find((i) => i.str.includes('自评报告'))!;
    const label = page!.items.find((i) => i.str.includes('部门名称'))!;
    expect(title.y).toBeGreaterThan(label.y);
    expect(readdirSync(tmp)).toEqual([]);
  });

  itWhen(MISSING.ocr, 'a timeout stops the work, throws OcrTimeout and leaves no files', async () => {
    const started = Date.now();
    // Any PDF will do: its pages are rendered and read as images (seed 001's, from fixtures/examples).
    const error = await ocrPdfPages(readFileSync(seedFile('001.lo.pdf')!), [1, 2, 3, 4], { tmpDir: tmp, timeoutMs: 300 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OcrTimeout);
    expect((error as OcrTimeout).status).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(readdirSync(tmp)).toEqual([]);
  });

  itWhen(MISSING.ocr, 'a file that is not a PDF fails with a status, not a crash', async () => {
    const error = await ocrPdfPages(Buffer.from('not a pdf'), [1], { tmpDir: tmp, timeoutMs: 30_000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).status).toBe('failed');
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('tesseract TSV → positioned items', () => {
  // Two lines at 150 dpi: a label with split Han words, then a table row with two cells far apart.
  const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const row = (level: number, line: number, left: number, top: number, width: number, height: number, conf: number, text: string) =>
    [level, 1, 1, 1, line, 1, left, top, width, height, conf, text].join('\t');
  const tsv = [
    header,
    row(1, 0, 0, 0, 1241, 1754, -1, ''),
    row(5, 1, 159, 372, 28, 28, 93, '部'),
    row(5, 1, 202, 372, 32, 28, 93, '门'),
    row(5, 1, 233, 367, 29, 45, 93, '名'),
    row(5, 1, 261, 372, 18, 28, 92, '称'),
    row(5, 1, 300, 372, 10, 28, 20, '|'),
    row(5, 2, 159, 500, 40, 28, 90, '2021'),
    row(5, 2, 205, 500, 20, 28, 90, '年'),
    row(5, 2, 600, 500, 90, 28, 80, '28,220.95'),
    row(5, 2, 700, 500, 14, 28, 70, '  '),
  ].join('\n');

  const cases: { name: string; check: (r: ReturnType<typeof wordsToItems>) => void }[] = [
    {
      name: 'page size in points',
      check: (r) => {
        expect(r.width).toBeCloseTo((1241 * 72) / 150, 6);
        expect(r.height).toBeCloseTo((1754 * 72) / 150, 6);
      },
    },
    { name: 'Han words joined, rules and blanks dropped, far cells apart', check: (r) => expect(r.items.map((i) => i.str)).toEqual(['部门名称', '2021年', '28,220.95']) },
    {
      name: 'boxes converted to points, y flipped to a baseline from the bottom',
      check: (r) => {
        const k = 72 / 150;
        const label = r.items[0]!;
        expect(label.x).toBeCloseTo(159 * k, 6);
        expect(label.width).toBeCloseTo((279 - 159) * k, 6);
        // The median box bottom (400), not the tall 名 box (412).
        expect(label.y).toBeCloseTo(1754 * k - 400 * k, 6);
        expect(label.fontSize).toBeCloseTo(28 * k, 6);
        expect(r.items[2]!.x).toBeCloseTo(600 * k, 6);
      },
    },
    { name: 'confidence weighted by characters, 0–1', check: (r) => expect(r.confidence).toBeCloseTo((93 * 3 + 92 + 90 * 4 + 90 + 80 * 9) / 18 / 100, 6) },
  ];
  for (const c of cases) it(c.name, () => c.check(wordsToItems(parseTsv(tsv), 150)));
});
