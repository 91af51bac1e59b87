/**
 * Pages without a usable text layer (scans, garbled fonts): OCR them when OCR is on and an engine is installed,
 * else skip them with a note — or, when no page is readable at all, report the file as scanned or garbled with
 * what the user can do.
 */
import { IngestError, msg, type Message } from '../../model/status.js';
import type { IngestOptions } from '../adapter.js';
import type { PageInput, PositionedItem } from './geometry.js';
import { note, pageList } from './notes.js';
import { looksMisdecoded } from './quality.js';
import type { ReadPage } from './read.js';

interface OcrOutcome {
  engine: { name: string; version: string } | null;
  pages: PageInput[];
  /** Why OCR stopped short (timeout with some pages done, or a page it could not read). */
  error?: IngestError;
}

async function ocrPages(bytes: Buffer, pages: number[], options: IngestOptions): Promise<OcrOutcome> {
  if (options.ocr !== 'auto') return { engine: null, pages: [] };
  const ocr = await import('../ocr.js');
  const engine = await ocr.ocrEngine();
  if (!engine) return { engine: null, pages: [] };
  const toInput = (p: { page: number; width: number; height: number; items: PositionedItem[] }): PageInput => ({
    page: p.page,
    width: p.width,
    height: p.height,
    items: p.items,
    rules: null,
    ocr: true,
  });
  try {
    const result = await ocr.ocrPdfPages(bytes, pages, { tmpDir: options.tmpDir, timeoutMs: options.limits.timeoutSeconds * 1000 });
    return { engine, pages: result.map(toInput) };
  } catch (e) {
    if (e instanceof ocr.OcrTimeout) return { engine, pages: e.pages.map(toInput), error: e };
    if (e instanceof IngestError) return { engine, pages: [], error: e };
    throw e;
  }
}

type Reason = 'ocr-failed' | 'no-engine' | 'ocr-off';

function unreadable(kind: 'garbled' | 'scanned-no-text', reason: Reason, error?: IngestError): Message {
  const base = kind === 'garbled' ? 'pdf-garbled' : 'pdf-scanned';
  if (reason !== 'ocr-failed') return msg(`${base}-${reason}`);
  const d = error?.detail;
  return msg(`${base}-ocr-failed`, { detail: d ? String(d.params?.['detail'] ?? d.code) : 'no text recognised' });
}

export interface Recovered {
  /** The input of every readable page: text layer, OCR, or emptied (unreadable and skipped). */
  inputs: Map<number, PageInput>;
  notes: string[];
  ocr: boolean;
}

export async function recoverPages(bytes: Buffer, pages: Array<ReadPage | null>, options: IngestOptions): Promise<Recovered> {
  const readable = pages.filter((r): r is ReadPage => r !== null);
  const ok = readable.filter((r) => r.quality === 'ok');
  const chars = ok.reduce((n, r) => n + r.stats.chars, 0);
  const hanShare = chars ? ok.reduce((n, r) => n + r.stats.han, 0) / chars : 0;
  for (const r of ok) if (looksMisdecoded(r.stats, hanShare)) r.quality = 'garbled';

  const inputs = new Map(readable.map((r) => [r.input.page, r.input]));
  const notes: string[] = [];
  const bad = readable.filter((r) => r.quality === 'garbled' || r.quality === 'no-text');
  if (bad.length === 0) return { inputs, notes, ocr: false };

  const badPages = bad.map((r) => r.input.page);
  const kind = bad.some((r) => r.quality === 'garbled') ? 'garbled' : 'scanned-no-text';
  const result = await ocrPages(bytes, badPages, options);
  for (const p of result.pages) inputs.set(p.page, p);
  const done = result.pages.map((p) => p.page);
  if (result.engine && done.length > 0) {
    notes.push(note('pdf-ocr-pages', { pages: pageList(done), engine: result.engine.name, version: result.engine.version }));
  }
  const missing = badPages.filter((p) => !done.includes(p));
  if (missing.length > 0) {
    const reason: Reason = result.engine ? 'ocr-failed' : options.ocr === 'auto' ? 'no-engine' : 'ocr-off';
    if (done.length === 0 && !readable.some((r) => r.quality === 'ok')) {
      if (result.error?.status === 'timeout') throw result.error;
      throw new IngestError(kind, unreadable(kind, reason, result.error));
    }
    // Keep the readable pages; text from the unreadable ones would only mislead the extractors.
    for (const p of missing) inputs.set(p, { ...inputs.get(p)!, items: [], rules: null });
    if (result.error) notes.push(JSON.stringify(result.error.detail));
    notes.push(note(`pdf-pages-unread-${reason}`, { pages: pageList(missing) }));
  }
  return { inputs, notes, ocr: done.length > 0 };
}
