/**
 * A group's share of every output file, rendered in one go from its reports: CSV rows, audit.json entries,
 * audit.xlsx rows and the HTML pages. It is a pure function of the reports (marked with their copies) and the
 * language, so the worker that audited a group renders it there and then, and the main thread only appends the
 * parts in input order: the end of a run has no rendering left to do. Reports the main thread has without a
 * worker (an earlier run's, identical files under other names, rows made without reading) are rendered by the
 * same function on the main thread, so the outputs are the same whichever thread rendered them.
 */
import type { Lang } from '../i18n/messages.js';
import type { Report } from '../model/audit.js';
import { renderCsvPart, type CsvPart } from './csv.js';
import { renderJsonPart, type JsonPart } from './json.js';
import type { OutputFormat } from './sink.js';
import type { XlsxPart } from './xlsx.js';
import type { HtmlPart } from './html/sink.js';
import type { PartText } from './part-text.js';

export interface RenderRequest {
  formats: OutputFormat[];
  lang: Lang;
}

export interface Parts {
  csv?: CsvPart;
  json?: JsonPart;
  xlsx?: XlsxPart;
  html?: HtmlPart;
}

/** A group's reports, in order, rendered for every format asked for. */
export async function renderParts(reports: readonly Report[], request: RenderRequest): Promise<Parts> {
  const { formats, lang } = request;
  const parts: Parts = {};
  if (formats.includes('csv')) parts.csv = renderCsvPart(reports, lang);
  if (formats.includes('json')) parts.json = renderJsonPart(reports);
  if (formats.includes('xlsx')) parts.xlsx = (await import('./xlsx.js')).renderXlsxPart(reports, lang);
  if (formats.includes('html')) parts.html = (await import('./html/sink.js')).renderHtmlPart(reports, lang);
  return parts;
}

/**
 * The parts with their CSV and JSON text encoded as UTF-8, each in a buffer of its own, and those buffers: a worker
 * posts them as transferred, so that a long report's rows (tens of MB as strings, copied once to be posted and once
 * more to be written) reach the writers as the bytes they write, without a copy.
 */
export function encodeParts(parts: Parts): { parts: Parts; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const transfer: ArrayBuffer[] = [];
  const encode = (text: PartText): PartText => {
    if (typeof text !== 'string' || !text) return text;
    const bytes = encoder.encode(text);
    transfer.push(bytes.buffer as ArrayBuffer);
    return bytes;
  };
  const encoded: Parts = { ...parts };
  if (parts.csv) {
    const { errors, ...files } = parts.csv;
    encoded.csv = { ...(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, encode(v)])) as Omit<CsvPart, 'errors'>), errors };
  }
  if (parts.json) encoded.json = { reports: parts.json.reports.map(encode), errors: parts.json.errors };
  return { parts: encoded, transfer };
}

/** About how much memory the parts hold (characters or bytes), for the batch's budget of results waiting their turn. */
export function partsSize(parts: Parts): number {
  let n = 0;
  if (parts.csv) for (const [k, v] of Object.entries(parts.csv)) if (k !== 'errors') n += (v as PartText).length;
  if (parts.json) for (const s of parts.json.reports) n += s.length;
  if (parts.xlsx) for (const r of parts.xlsx.rows) n += r.xml.length + 16;
  if (parts.html) for (const p of parts.html.pages) n += p.html.length + 512;
  return n;
}
