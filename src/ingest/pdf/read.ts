/**
 * Open a PDF and read its pages one at a time, releasing each (`page.cleanup()`) and the document at the end.
 * Ruling lines are read only on pages whose text suggests a table (or that have no text, to tell a scan from a
 * blank page), because the operator list costs about as much again as the text.
 */
import { IngestError, msg } from '../../model/status.js';
import type { Limits } from '../adapter.js';
import type { PageInput, PositionedItem } from './geometry.js';
import { groupLines, maxGap } from './lines.js';
import { openPdf, readGraphicsOf, readText, type PdfDocument } from './load.js';
import { errorText } from './notes.js';
import { pageQuality, textStats, type PageQuality, type TextStats } from './quality.js';
import type { PageGraphics } from './rules.js';

/** A gap this wide (font sizes) on some line hints at table cells. */
const TABLE_HINT_GAP = 1.0;

export interface ReadPage {
  input: PageInput;
  quality: PageQuality;
  stats: TextStats;
  /** Rotated or vertical runs, kept as lines outside the reading flow. */
  skewed: PositionedItem[];
}

export interface ReadDocument {
  pageCount: number;
  /** One entry per page; null for a page that could not be parsed. */
  pages: Array<ReadPage | null>;
  /** What went wrong on the first page that could not be parsed. */
  failure: string;
}

async function open(bytes: Buffer): Promise<PdfDocument> {
  try {
    return await openPdf(bytes);
  } catch (e) {
    if ((e as { name?: string })?.name === 'PasswordException') throw new IngestError('encrypted', msg('pdf-encrypted'));
    throw new IngestError('failed', msg('pdf-invalid', { detail: errorText(e) }));
  }
}

function hasTableHint(items: PositionedItem[]): boolean {
  return groupLines(items).some((l) => maxGap(l) >= TABLE_HINT_GAP);
}

async function readPage(doc: PdfDocument, n: number): Promise<ReadPage> {
  const page = await doc.getPage(n);
  try {
    const content = await readText(page);
    const stats = textStats(content.items);
    let graphics: PageGraphics | null = null;
    if (stats.chars - stats.bad < 5 || (stats.bad === 0 && hasTableHint(content.items))) {
      // Broken drawing operators cost the page its table borders, not its text.
      graphics = await readGraphicsOf(page, content.toPage).catch(() => null);
    }
    return {
      input: { page: n, width: content.width, height: content.height, items: content.items, rules: graphics?.rules ?? null, ocr: false },
      quality: pageQuality(stats, graphics),
      stats,
      skewed: content.skewed,
    };
  } finally {
    page.cleanup();
  }
}

export async function readDocument(bytes: Buffer, limits: Limits): Promise<ReadDocument> {
  const doc = await open(bytes);
  const pages: Array<ReadPage | null> = [];
  let failure = '';
  try {
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new IngestError('empty', msg('empty-file'));
    if (pageCount > limits.maxPages) throw new IngestError('too-large', msg('pdf-too-many-pages', { pages: pageCount, max: limits.maxPages }));
    for (let n = 1; n <= pageCount; n++) {
      try {
        pages.push(await readPage(doc, n));
      } catch (e) {
        // A damaged page (bad content stream, object missing from a truncated file) costs that page only.
        failure ||= errorText(e);
        pages.push(null);
      }
    }
    if (pages.every((p) => p === null)) throw new IngestError('failed', msg('pdf-invalid', { detail: failure }));
    return { pageCount, pages, failure };
  } finally {
    await doc.destroy();
  }
}
