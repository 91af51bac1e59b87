/**
 * One report through the whole pipeline: read (any format) → document model → every figure, read and named by the
 * vocabulary → the rules (unit slips tried through them) → a `Report` for the writers. Bad input never throws out
 * of here: it becomes a status and a message. Files that make one report together (a .docx and its .xlsx score
 * sheet with the same stem) are audited as one group: the rules see all their figures; each file keeps its own row
 * in reports.csv.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentModel, Format } from './model/document.js';
import type { Fact, Figure, Flag, Location, Relation, Report, TableOut } from './model/audit.js';
import { IngestError, msg, type Message } from './model/status.js';
import type { IngestOptions } from './ingest/adapter.js';
import { ingest } from './ingest/index.js';
import { readWithVocabulary, type VocabularyReading } from './vocabulary/index.js';
import { readFigures, type FigureReading } from './read/index.js';
import { readIdentity, type Identity } from './read/identity.js';
import { nameClaims, nameFigures, nameScoreForms, type NamedReading } from './vocabulary/name.js';
import { factsOf } from './vocabulary/facts.js';
import { runRules, type RuleResult } from './correct/unit-slips.js';
import type { RuleInput } from './rules/rule.js';
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

/** One document read: its identity, what the vocabulary read in it, and every figure, named. */
export interface DocumentReading {
  doc: DocumentModel;
  /** Prefixes the ids of the document's figures and facts, so several documents of one report keep them apart. */
  prefix: string;
  identity: Identity;
  vocabulary: VocabularyReading;
  reading: NamedReading;
}

/** Read one document; `vocabulary` when it was read with the vocabulary already. */
export function readDocument(doc: DocumentModel, prefix = '', vocabulary = readWithVocabulary(doc)): DocumentReading {
  return { doc, prefix, identity: readIdentity(doc), vocabulary, reading: nameFigures(readFigures(doc, prefix), vocabulary.namings, prefix) };
}

/** What the rules find in one report (one or several documents, the first the main one). */
export interface Findings {
  /** Per document, in order: its figures (corrected where a unit slipped) and its facts. */
  documents: Array<{ figures: Figure[]; facts: Fact[] }>;
  flags: Flag[];
  /** Every relation checked, with its verdict. */
  relations: Relation[];
  checked: number;
  unverifiable: Array<{ metric: string; value: string; location: Location }>;
  identity: Identity;
  /** The self-score the report states (in its words, else its score form's total). */
  statedScore: string | null;
  rescored: RescoreResult;
}

/** What the rules read, from the readings of a report's files (the main report first). */
export function ruleInputOf(readings: DocumentReading[], rubric: string | null): RuleInput {
  const identity = mergeIdentities(readings.map((r) => r.identity));
  const reading = mergeReadings(readings.map((r) => r.reading));
  const figureIdOf = new Map(readings.flatMap((r) => [...r.reading.figureIdOf]));
  return {
    docs: readings.map((r) => r.doc),
    reading,
    claims: nameClaims(reading.figures, readings.flatMap((r) => r.vocabulary.claims)),
    scoreForms: nameScoreForms(reading.figures, readings.flatMap((r) => r.vocabulary.scoreForms), figureIdOf),
    year: identity.year,
    identity,
    rubric,
    tables: readings.flatMap((r) => r.vocabulary.tables.map((table) => ({ file: r.doc.file, table }))),
  };
}

/** The findings of a report from what the rules gave: one flag per figure, corrected figures in place of their originals. */
export function findingsOf(readings: DocumentReading[], ruled: RuleResult): Findings {
  const identity = mergeIdentities(readings.map((r) => r.identity));
  const { flags, keptFor } = oneFlagPerFigure(ruled.flags);
  const relations = ruled.relations.map((r) => (r.flag && keptFor.has(r.flag) ? { ...r, flag: keptFor.get(r.flag)! } : r));
  const corrected = (f: Figure) => ruled.corrected.get(f.id) ?? f;
  return {
    documents: readings.map((r) => {
      const figures = r.reading.figures.map(corrected);
      return { figures, facts: factsOf(figures, r.identity, r.prefix) };
    }),
    flags,
    relations,
    checked: ruled.checked,
    unverifiable: ruled.unverifiable.map((f) => ({ metric: f.metric, value: f.value, location: f.location })),
    identity,
    statedScore: readings.map((r) => r.vocabulary.statedScore).find((s) => s !== null) ?? null,
    rescored: ruled.rescored ?? { rubric: null, min: null, max: null, checked: 0, note: null },
  };
}

function auditReadings(readings: DocumentReading[], rubric: string | null): Findings {
  return findingsOf(readings, runRules(ruleInputOf(readings, rubric)));
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
    const vocabulary = readWithVocabulary(r.doc);
    // Limits.maxFacts: a file with more figures than any real report (a data dump, a generated file) is refused
    // here, before the figure reader and the rules, whose cost grows faster than the number of figures.
    const named = vocabulary.namings.length;
    if (named > options.ingest.limits.maxFacts) {
      Object.assign(r, { doc: null, status: 'too-large', error: msg('too-many-facts', { count: named, max: options.ingest.limits.maxFacts }) });
      continue;
    }
    readings.set(r, readDocument(r.doc, prefix, vocabulary));
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
    const { identity, statedScore, rescored } = findings;
    report.dept = identity.dept;
    report.region = identity.region;
    report.year = identity.year;
    report.filledDate = identity.filledDate;
    report.score = {
      stated: statedScore,
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
    report.relations = isMain ? findings.relations : [];
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

/**
 * Two rules that reach the same finding about one printed figure report it once (the first, the more specific):
 * the same check on the same figure, or a rate stated twice differently that its own inputs contradict too
 * (conflicting_mentions and ratio_mismatch with one expectation). Returns the flags kept and, for each flag left
 * out, the one kept in its place.
 */
function oneFlagPerFigure(flags: Report['flags']): { flags: Report['flags']; keptFor: Map<string, string> } {
  const kept = new Map<string, string>();
  const keptFor = new Map<string, string>();
  const out: Report['flags'] = [];
  const sameFinding: Partial<Record<string, string>> = { conflicting_mentions: 'rate', ratio_mismatch: 'rate' };
  for (const f of flags) {
    const span = f.evidence[0]?.location.spans[0];
    const at = span ? `${f.evidence[0]!.location.file}|${span.line}:${span.start}` : f.id;
    const keys = [`${f.check}|${at}`, ...(sameFinding[f.check] ? [`${sameFinding[f.check]}|${at}|${f.expected}`] : [])];
    const earlier = keys.map((k) => kept.get(k)).find((id) => id !== undefined);
    if (earlier) {
      keptFor.set(f.id, earlier);
      continue;
    }
    for (const k of keys) kept.set(k, f.id);
    out.push(f);
  }
  return { flags: out, keptFor };
}

/** The identity of a report of several documents: each field from the first document that states it. */
function mergeIdentities(parts: Identity[]): Identity {
  const [first, ...rest] = parts;
  const identity: Identity = { ...first!, statedAt: { ...first!.statedAt } };
  for (const p of rest) {
    if (identity.dept === null) [identity.dept, identity.statedAt.dept] = [p.dept, p.statedAt.dept];
    identity.region ??= p.region;
    if (identity.year === null) [identity.year, identity.statedAt.year] = [p.year, p.statedAt.year];
    if (identity.filledDate === null) [identity.filledDate, identity.statedAt.filledDate] = [p.filledDate, p.statedAt.filledDate];
  }
  return identity;
}
