/**
 * Open a PDF and read its pages one at a time, releasing each page and the document at the end. Ruling lines
 * are read only on pages whose text suggests a table (or that have no text, to tell a scan from a blank page):
 * walking every path of every page costs about a tenth more reading time on the corpus and found no other table.
 */
import { IngestError, msg } from '../../model/status.js';
import type { Limits } from '../adapter.js';
import type { PageInput, PositionedItem } from './geometry.js';
import { groupLines, maxGap } from './lines.js';
import { PdfDocument, PdfOpenError, type PdfPage } from './load.js';
import { readGraphics } from './paths.js';
import { readText } from './text.js';
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
    return await PdfDocument.open(bytes);
  } catch (e) {
    if (e instanceof PdfOpenError && e.encrypted) throw new IngestError('encrypted', msg('pdf-encrypted'));
    throw new IngestError('failed', msg('pdf-invalid', { detail: errorText(e) }));
  }
}

function hasTableHint(items: PositionedItem[]): boolean {
  return groupLines(items).some((l) => maxGap(l) >= TABLE_HINT_GAP);
}

function readPage(page: PdfPage, n: number): ReadPage {
  const content = readText(page);
  const stats = textStats(content.items);
  let graphics: PageGraphics | null = null;
  if (stats.chars - stats.bad < 5 || (stats.bad === 0 && hasTableHint(content.items))) graphics = readGraphics(page);
  return {
    input: { page: n, width: content.width, height: content.height, items: content.items, rules: graphics?.rules ?? null, ocr: false },
    quality: pageQuality(stats, graphics),
    stats,
    skewed: content.skewed,
  };
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
        // After a trap inside PDFium nothing more is read from this document.
        pages.push(doc.failed ? null : doc.withPage(n, (page) => readPage(page, n)));
      } catch (e) {
        // A damaged page (bad content stream, object missing from a truncated file) costs that page only.
        failure ||= errorText(e);
        pages.push(null);
      }
    }
    if (pages.every((p) => p === null)) throw new IngestError('failed', msg('pdf-invalid', { detail: failure }));
    return { pageCount, pages, failure };
  } finally {
    doc.close();
  }
}
