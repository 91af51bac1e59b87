/**
 * Pick the adapter for a file: by its content first (a PDF named .doc is still a PDF), by its extension
 * otherwise. Heavy adapters (pdf.js, mammoth, SheetJS) load only when a file needs them.
 */
import { extname } from 'node:path';
import type { DocumentModel, Format } from '../model/document.js';
import { IngestError, msg } from '../model/status.js';
import type { Adapter, IngestOptions } from './adapter.js';
import { textLikeness } from './encoding.js';

type Loader = () => Promise<Adapter>;

const LOADERS: Record<Format, Loader> = {
  txt: async () => (await import('./text.js')).txtAdapter,
  md: async () => (await import('./text.js')).mdAdapter,
  html: async () => (await import('./html.js')).htmlAdapter,
  docx: async () => (await import('./docx.js')).docxAdapter,
  doc: async () => (await import('./doc.js')).docAdapter,
  pdf: async () => (await import('./pdf/index.js')).pdfAdapter,
  xlsx: async () => (await import('./sheet.js')).xlsxAdapter,
  xls: async () => (await import('./sheet.js')).xlsAdapter,
  csv: async () => (await import('./sheet.js')).csvAdapter,
};

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xls',
  '.csv': 'csv',
};

export function formatOfPath(path: string): Format | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export function isSupportedPath(path: string): boolean {
  return formatOfPath(path) !== null;
}

/** What the bytes are, whatever the name says. Null when the content does not tell (plain text). */
export function sniffFormat(bytes: Uint8Array, byExtension: Format | null): Format | null {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-' || head.indexOf('%PDF-') >= 0 && head.indexOf('%PDF-') < 1024) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const sample = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    if (sample.includes('word/')) return 'docx';
    if (sample.includes('xl/')) return 'xlsx';
    return byExtension === 'docx' || byExtension === 'xlsx' ? byExtension : null;
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // OLE compound file: Word 97 or Excel 97 (or an encrypted .xlsx, which Office wraps in OLE); the extension
    // decides, the content cannot cheaply.
    return byExtension === 'xls' || byExtension === 'xlsx' ? byExtension : 'doc';
  }
  const text = head.toString('latin1').trimStart().slice(0, 200).toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(text)) return 'html';
  if (byExtension === 'html' && /<(?:html|head|body|meta|table|p|div)\b/.test(text)) return 'html';
  return null;
}

export interface Ingested {
  doc: DocumentModel;
  /** The format read, which differs from the extension's when the content said otherwise. */
  format: Format;
  formatMismatch: boolean;
}

export async function ingest(path: string, bytes: Buffer, options: IngestOptions): Promise<Ingested> {
  const byExtension = formatOfPath(path);
  if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
  if (bytes.length > options.limits.maxInputBytes) {
    throw new IngestError('too-large', msg('file-too-large', { mb: Math.round(options.limits.maxInputBytes / 1048576) }));
  }
  let sniffed = sniffFormat(bytes, byExtension);
  // A container format (Word, PDF, a workbook) whose bytes are plain text is text: content decides, not the name.
  if (sniffed === null && byExtension !== null && CONTAINERS.has(byExtension) && !looksBinary(bytes)) sniffed = 'txt';
  let format: Format | null = sniffed ?? byExtension;
  // Binary content under a text extension that no sniffer recognised is not a report.
  if (sniffed === null && (byExtension === 'txt' || byExtension === 'md' || byExtension === 'csv' || byExtension === null)) {
    if (looksBinary(bytes)) throw new IngestError('unsupported', msg('binary-not-text'));
    format ??= 'txt';
  }
  if (format === null) throw new IngestError('unsupported', msg('unsupported-format', { ext: extname(path) || '—' }));
  const adapter = await LOADERS[format]();
  const doc = await adapter.read(bytes, path, options);
  return { doc, format, formatMismatch: byExtension !== null && byExtension !== format };
}

/** Formats whose files are never plain text: a file under their extension that reads as text is a text file. */
const CONTAINERS = new Set<Format>(['docx', 'doc', 'pdf', 'xlsx', 'xls']);

/** Not text in any encoding a report comes in (BOMs aside, which always mean text). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  return textLikeness(bytes) < 0.8;
}
