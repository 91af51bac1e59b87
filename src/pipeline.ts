/**
 * One report through the whole pipeline: read (any format) → document model → extract → recompute and diff →
 * a `Report` for the writers. Bad input never throws out of here: it becomes a status and a message.
 * Files that make one report together (a .docx and its .xlsx score sheet with the same stem) are audited as one
 * group: the checks see all their facts; each file keeps its own row in reports.csv.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentModel, Format } from './model/document.js';
import type { Fact, Figure, Flag, Report, TableOut } from './model/audit.js';
import { IngestError, msg, type Message } from './model/status.js';
import type { IngestOptions } from './ingest/adapter.js';
import { ingest } from './ingest/index.js';
import { extract, type Extraction } from './vocabulary/index.js';
import { readFigures, type FigureReading } from './read/index.js';
import { nameClaims, nameFigures, nameScoreForms } from './vocabulary/name.js';
import { factsOf } from './vocabulary/facts.js';
import { runRules } from './correct/unit-slips.js';
import { columnHeaders } from './text/table-grid.js';
import type { RescoreResult } from './rules/report.js';
import { statusReport } from './model/blank-report.js';
import { defineMessages } from './i18n/messages.js';

defineMessages({
  'too-many-facts': {
    zh: '文件中提取出 {count} 项数据，超过 {max} 项上限（正常报告远少于此），未做核对；请检查文件是否为数据导出或异常文件。',
    en: '{count} figures were extracted, more than the {max} limit (real reports have far fewer); not checked. Check whether the file is a data dump or malformed.',
  },
});

export interface PipelineOptions {
  ingest: IngestOptions;
  /** Scoring framework to force (id or file); null to detect. */
  rubric: string | null;
  /** Keep the document's lines in the report (for the HTML audit). */
  keepText: boolean;
}

interface Read {
  path: string;
  doc: DocumentModel | null;
  format: Format | null;
  status: Report['status'];
  error: Message | null;
  notes: Message[];
  sha256: string | null;
  seconds: number;
}

/** Files given as bytes (a library caller's upload) instead of read from disk, by the name they are audited under. */
export type Contents = ReadonlyMap<string, Buffer>;

async function readOne(path: string, options: PipelineOptions, contents?: Contents): Promise<Read> {
  const started = performance.now();
  const notes: Message[] = [];
  let bytes: Buffer;
  try {
    bytes = contents?.get(path) ?? (await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { path, doc: null, format: null, status: 'failed', error: msg('read-error', { detail: code }), notes, sha256: null, seconds: 0 };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const { doc, format, formatMismatch } = await ingest(path, bytes, options.ingest);
    if (formatMismatch) notes.push(msg('format-mismatch', { ext: path.slice(path.lastIndexOf('.')), format }));
    if (doc.encoding && doc.encoding !== 'utf-8') notes.push(msg('encoding-note', { encoding: doc.encoding }));
    // Adapters write a note as a message code, or as a JSON-encoded Message when it has parameters.
    for (const note of doc.notes) notes.push(note.startsWith('{') ? (JSON.parse(note) as Message) : msg(note));
    const seconds = (performance.now() - started) / 1000;
    return { path, doc, format, status: 'ok', error: null, notes, sha256, seconds };
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    if (error instanceof IngestError) return { path, doc: null, format: null, status: error.status, error: error.detail, notes, sha256, seconds };
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { path, doc: null, format: null, status: 'failed', error: msg('internal-error', { detail }), notes, sha256, seconds };
  }
}

function tablesOut(doc: DocumentModel): TableOut[] {
  return doc.tables.map((t) => {
    const headers = columnHeaders(t);
    const cells: TableOut['cells'] = [];
    t.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.text.trim()) return;
        const line = cell.spans[0] ? doc.lines[cell.spans[0].line] : undefined;
        const plain = cell.text.replace(/[,，\s]/g, '').replace(/%$/, '');
        cells.push({
          row: r,
          col: c,
          header: headers[c] ?? '',
          text: cell.text,
          value: /^[-+]?\d+(?:\.\d+)?$/.test(plain) ? plain.replace(/^\+/, '') : null,
          page: line?.page ?? null,
          line: line?.lineNo ?? null,
        });
      }),
    );
    return {
      id: t.id,
      caption: t.caption,
      unit: t.unitNote,
      pages: t.pages,
      headerRows: t.headerRows,
      rows: t.rows.length,
      cols: t.rows[0]?.length ?? 0,
      cells,
    };
  });
}

function emptyReport(read: Read, group: string | null): Report {
  return {
    ...statusReport(read.path, read.status, read.error, read.sha256),
    format: read.format,
    encoding: read.doc?.encoding ?? null,
    pages: read.doc?.pageCount ?? null,
    group,
    seconds: read.seconds,
    notes: read.notes,
    ocr: read.doc?.ocr ?? false,
  };
}

/** One document read: what the vocabulary extracted and every figure, named. */
interface DocumentReading {
  doc: DocumentModel;
  extraction: Extraction;
  reading: ReturnType<typeof nameFigures>;
}

function readDocument(doc: DocumentModel, prefix: string, extraction = extract(doc, prefix)): DocumentReading {
  return { doc, extraction, reading: nameFigures(readFigures(doc, prefix), extraction.facts, extraction.places, prefix) };
}

/** What the checks and rules find in one report (one or several documents, the first the main one). */
export interface Findings {
  /** Per document, in order: its figures (corrected where a unit slipped) and its facts. */
  documents: Array<{ figures: Figure[]; facts: Fact[] }>;
  flags: Flag[];
  checked: number;
  unverifiable: Array<{ metric: string; value: string; location: Fact['location'] }>;
  identity: Extraction['identity'];
  rescored: RescoreResult;
}

function auditReadings(readings: DocumentReading[], rubric: string | null): Findings {
  const combined: Extraction = mergeExtractions(readings.map((r) => r.extraction));
  const reading = mergeReadings(readings.map((r) => r.reading));
  const namedFrom = new Map(readings.flatMap((r) => [...r.reading.namedFrom]));
  const ruled = runRules({
    docs: readings.map((r) => r.doc),
    reading,
    claims: nameClaims(reading.figures, combined.claims),
    scoreForms: nameScoreForms(reading.figures, combined.scoreTables, namedFrom),
    year: combined.identity.year,
    identity: combined.identity,
    rubric,
    tables: readings.flatMap((r) => r.extraction.tables.map((table) => ({ file: r.doc.file, table }))),
  });
  const flags = oneFlagPerFigure(ruled.flags);
  const identityFacts = (r: DocumentReading) => r.extraction.identity.facts;
  return {
    documents: readings.map((r) => ({ figures: r.reading.figures, facts: factsOf(r.reading.figures, identityFacts(r)) })),
    flags,
    checked: ruled.checked,
    unverifiable: ruled.unverifiable.map((f) => ({ metric: f.metric, value: f.value, location: f.location })),
    identity: combined.identity,
    rescored: ruled.rescored ?? { rubric: null, min: null, max: null, checked: 0, note: null },
  };
}

/** The findings on documents already read (a library caller's model, a test's text). */
export function auditDocuments(docs: DocumentModel[], rubric: string | null = null): Findings {
  return auditReadings(
    docs.map((doc, i) => readDocument(doc, i === 0 ? '' : `${i}.`)),
    rubric,
  );
}

/**
 * Audit a group of files that form one report (usually one file). The first file is the main report; the
 * others (score sheets) add their facts. Returns one Report per file. `contents` gives files as bytes instead.
 */
export async function auditGroup(paths: string[], options: PipelineOptions, contents?: Contents): Promise<Report[]> {
  const reads: Read[] = [];
  for (const path of paths) reads.push(await readOne(path, options, contents));
  const group = paths.length > 1 ? paths[0]! : null;
  const started = performance.now();
  const readings = new Map<Read, DocumentReading>();
  for (const r of reads) {
    if (!r.doc) continue;
    const prefix = readings.size === 0 ? '' : `${reads.indexOf(r)}.`;
    const extraction = extract(r.doc, prefix);
    // Limits.maxFacts: a file with more figures than any real report (a data dump, a generated file) is refused
    // here, before the figure reader and the checks, whose cost grows faster than the number of figures.
    if (extraction.facts.length > options.ingest.limits.maxFacts) {
      Object.assign(r, { doc: null, status: 'too-large', error: msg('too-many-facts', { count: extraction.facts.length, max: options.ingest.limits.maxFacts }) });
      continue;
    }
    readings.set(r, readDocument(r.doc, prefix, extraction));
  }
  const okReads = reads.filter((r) => r.doc && readings.has(r));
  const main = okReads[0];
  const reports = reads.map((r) => emptyReport(r, group));
  if (!main) return reports;
  const findings = auditReadings(okReads.map((r) => readings.get(r)!), options.rubric);
  const checkSeconds = (performance.now() - started) / 1000;
  okReads.forEach((r, k) => {
    const report = reports[reads.indexOf(r)]!;
    const isMain = r === main;
    const { identity, rescored } = findings;
    report.dept = identity.dept;
    report.region = identity.region;
    report.year = identity.year;
    report.filledDate = identity.filledDate;
    report.score = {
      stated: identity.selfScore,
      rubric: rescored.rubric,
      rescoredMin: rescored.min,
      rescoredMax: rescored.max,
      ...(rescored.note ? { note: rescored.note } : {}),
    };
    report.figures = findings.documents[k]!.figures;
    report.facts = findings.documents[k]!.facts;
    // A joined file's flags are reported once, with the main report.
    report.flags = isMain ? findings.flags : [];
    report.tables = tablesOut(r.doc!);
    report.checked = isMain ? findings.checked : 0;
    report.unverifiable = isMain ? findings.unverifiable.filter((u) => u.location.file === r.path) : [];
    report.seconds = r.seconds + (isMain ? checkSeconds : 0);
    if (report.figures.length === 0 && report.status === 'ok') report.notes.push(msg('no-figures'));
    if (paths.length > 1 && !isMain) report.notes.push(msg('joined-to', { file: main.path }));
    if (options.keepText) report.text = r.doc!.lines.map((l) => ({ page: l.page, line: l.lineNo, kind: l.kind, text: l.text }));
  });
  return reports;
}

/** The figures of several documents as one reading; blocks and sections of different documents never coincide. */
function mergeReadings(parts: FigureReading[]): FigureReading {
  if (parts.length === 1) return parts[0]!;
  const apart = (i: number, n: number) => (n < 0 || i === 0 ? n : n + i * 1_000_000);
  const places = new Map(parts.flatMap((p, i) => [...p.places].map(([id, place]) => [id, { ...place, block: apart(i, place.block), section: apart(i, place.section), sentence: i === 0 ? place.sentence : `${i}.${place.sentence}` }] as const)));
  return { figures: parts.flatMap((p) => p.figures), places };
}

/** Two checks that reach the same finding about one printed figure report it once (the first, the more specific). */
function oneFlagPerFigure(flags: Report['flags']): Report['flags'] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const span = f.evidence[0]?.location.spans[0];
    const key = span ? `${f.check}|${span.line}:${span.start}` : f.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeExtractions(parts: Extraction[]): Extraction {
  if (parts.length === 1) return parts[0]!;
  const [first, ...rest] = parts;
  const places = new Map(first!.places);
  for (const p of rest) for (const [k, v] of p.places) places.set(k, { ...v, section: -1000 - v.section, block: -1000 - v.block });
  const identity = { ...first!.identity };
  for (const p of rest) {
    identity.dept ??= p.identity.dept;
    identity.region ??= p.identity.region;
    identity.year ??= p.identity.year;
    identity.filledDate ??= p.identity.filledDate;
    identity.selfScore ??= p.identity.selfScore;
  }
  return {
    doc: first!.doc,
    facts: parts.flatMap((p) => p.facts),
    places,
    claims: parts.flatMap((p) => p.claims),
    tables: parts.flatMap((p) => p.tables),
    scoreTables: parts.flatMap((p) => p.scoreTables),
    identity,
  };
}
