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
  return (await renderEncodedParts(reports, request, null)).parts;
}

/**
 * renderParts, with the CSV and JSON text of each part encoded as UTF-8 as soon as that part is rendered, when
 * `encoder` is given: a long report's text of one format is let go before the next is rendered, so its strings
 * and their bytes are never all held at once.
 */
async function renderEncodedParts(
  reports: readonly Report[],
  request: RenderRequest,
  encoder: PartEncoder | null,
): Promise<{ parts: Parts; transfer: ArrayBuffer[] }> {
  const { formats, lang } = request;
  const parts: Parts = {};
  if (formats.includes('csv')) {
    const csv = renderCsvPart(reports, lang);
    parts.csv = encoder ? encoder.csv(csv) : csv;
  }
  if (formats.includes('json')) {
    const json = renderJsonPart(reports);
    parts.json = encoder ? encoder.json(json) : json;
  }
  if (formats.includes('xlsx')) parts.xlsx = (await import('./xlsx.js')).renderXlsxPart(reports, lang);
  if (formats.includes('html')) parts.html = (await import('./html/sink.js')).renderHtmlPart(reports, lang);
  return { parts, transfer: encoder?.transfer ?? [] };
}

/**
 * The parts with their CSV and JSON text encoded as UTF-8, each in a buffer of its own, and those buffers: a worker
 * posts them as transferred, so that a long report's rows (tens of MB as strings, copied once to be posted and once
 * more to be written) reach the writers as the bytes they write, without a copy.
 */
export function renderPartsEncoded(reports: readonly Report[], request: RenderRequest): Promise<{ parts: Parts; transfer: ArrayBuffer[] }> {
  return renderEncodedParts(reports, request, new PartEncoder());
}

/** Encodes parts' CSV and JSON text as UTF-8, each text in a buffer of its own, and keeps those buffers. */
class PartEncoder {
  private readonly encoder = new TextEncoder();
  readonly transfer: ArrayBuffer[] = [];

  private text(text: PartText): PartText {
    if (typeof text !== 'string' || !text) return text;
    const bytes = this.encoder.encode(text);
    this.transfer.push(bytes.buffer as ArrayBuffer);
    return bytes;
  }

  csv(part: CsvPart): CsvPart {
    const { errors, ...files } = part;
    return { ...(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, this.text(v)])) as Omit<CsvPart, 'errors'>), errors };
  }

  json(part: JsonPart): JsonPart {
    return { reports: part.reports.map((r) => this.text(r)), errors: part.errors };
  }
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
