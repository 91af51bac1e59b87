/**
 * CSV files for Excel on Chinese Windows: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends, and cells that
 * would run as a formula (= + - @, tab, CR at the start) neutralised with a leading apostrophe — except plain
 * numbers such as -0.98, which stay numbers. Rows are appended as each report finishes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Fact, Figure, Flag, Relation, Report } from '../model/audit.js';
import { type Lang } from '../i18n/messages.js';
import { render, renderFlagMessage, renderFormula } from './render.js';
import type { ReportSink, RunSummary, SinkOptions } from './sink.js';
import { ByReportRows, metricColumns, type ByReportRow } from './by-report.js';
import { evidenceText } from './evidence.js';
import type { PartText } from './part-text.js';
import { knownMetricName } from './metric-names.js';
import { rubricName } from './rubric-names.js';

const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?%?$/;

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s) || s.startsWith(' ') || s.endsWith(' ')) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRow(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

class CsvFile {
  private readonly stream: WriteStream;
  constructor(path: string, header: string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(`\ufeff${csvRow(header)}`);
  }
  async write(text: PartText): Promise<void> {
    if (!text.length) return;
    const ok = this.stream.write(text);
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

export const REPORT_COLUMNS = [
  'file', 'status', 'format', 'pages', 'dept', 'region', 'year', 'self_score', 'rescored_min', 'rescored_max',
  'facts', 'flags_error', 'flags_warning', 'unverifiable', 'seconds', 'error',
  // Extensions
  'flags_info', 'checked', 'details', 'filled_date', 'rubric', 'group', 'encoding', 'ocr', 'notes', 'sha256',
  'duplicates', 'rubric_name', 'figures', 'relations_holds', 'relations_contradicted', 'relations_corrected', 'relations_within',
];
export const FACT_COLUMNS = [
  'file', 'metric', 'name', 'key', 'value', 'unit', 'raw', 'raw_unit', 'page', 'line', 'quote', 'extractor', 'ocr', 'fact_id',
  'suspect', 'value_as_printed',
];
export const BY_REPORT_COLUMNS = [
  'file', 'status', 'dept', 'region', 'year', 'self_score', 'rescored_min', 'rescored_max', 'flags_error', 'flags_warning',
  'flags_info', 'facts', 'suspect',
];
export const FIGURE_COLUMNS = [
  'file', 'kind', 'label', 'value', 'unit', 'raw', 'raw_unit', 'comparator', 'period', 'comparison', 'direction', 'role', 'metric', 'name',
  'page', 'line', 'quote', 'extractor', 'ocr', 'figure_id', 'fact_id', 'suspect', 'value_as_printed',
];
export const FLAG_COLUMNS = [
  'file', 'check', 'severity', 'metric', 'name', 'reported', 'expected', 'margin', 'formula', 'message', 'page', 'line', 'quote',
  'key', 'evidence', 'ocr', 'flag_id',
];
export const RELATION_COLUMNS = [
  'file', 'rule', 'check', 'kind', 'verdict', 'stated', 'label', 'expected', 'formula', 'inputs', 'page', 'line', 'quote', 'flag_id', 'relation_id',
];
export const TABLE_COLUMNS = ['file', 'table', 'page', 'row', 'col', 'header', 'text', 'value', 'caption'];

export function reportRow(r: Report, lang: Lang): unknown[] {
  const count = (s: string) => r.flags.filter((f) => f.severity === s).length;
  const core = r.facts.filter((f) => f.tier === 'core').length;
  return [
    r.file, r.status, r.format ?? '', r.pages ?? '', r.dept ?? '', r.region ?? '', r.year ?? '', r.score.stated ?? '',
    r.score.rescoredMin ?? '', r.score.rescoredMax ?? '', core, count('error'), count('warning'), r.unverifiable.length,
    r.seconds.toFixed(3), r.error ? render(r.error, lang) : '',
    count('info'), r.checked, r.facts.length - core, r.filledDate ?? '', r.score.rubric ?? '', r.group ?? '', r.encoding ?? '',
    r.ocr ? 'yes' : '', [...r.notes, ...(r.score.note ? [r.score.note] : [])].map((n) => render(n, lang)).join(lang === 'zh' ? '' : ' '), r.sha256 ?? '',
    (r.duplicates ?? []).join('; '), rubricName(r.score.rubric), r.figures.length,
    ...(['holds', 'contradicted', 'corrected', 'within'] as const).map((v) => r.relations.filter((x) => x.verdict === v).length),
  ];
}

/** A metric's name in the language of the run beside its id; empty where there is no metric. */
const nameOf = (metric: string, lang: Lang) => knownMetricName(metric, lang);

export function factRow(f: Fact, lang: Lang): unknown[] {
  return [
    f.location.file, f.metric, nameOf(f.metric, lang), f.key, f.value, f.unit, f.raw, f.rawUnit, f.location.page ?? '', f.location.line, f.location.quote, f.extractor,
    f.ocr ? 'yes' : '', f.id, f.suspect?.check ?? '', f.suspect?.valueAsPrinted ?? '',
  ];
}

export function byReportRow(r: ByReportRow): unknown[] {
  return [
    r.file, r.status, r.dept ?? '', r.region ?? '', r.year ?? '', r.selfScore ?? '', r.rescoredMin ?? '', r.rescoredMax ?? '',
    r.flags.error, r.flags.warning, r.flags.info, r.facts, r.suspect.join(' '), ...metricColumns().map((m) => r.values.get(m.id) ?? ''),
  ];
}

export function figureRow(f: Figure, lang: Lang): unknown[] {
  return [
    f.location.file, f.kind, f.label, f.value, f.unit, f.raw, f.rawUnit, f.comparator === '=' ? '' : f.comparator, f.period, f.comparison, f.direction || '', f.role, f.metric, nameOf(f.metric, lang),
    f.location.page ?? '', f.location.line, f.location.quote, f.extractor, f.ocr ? 'yes' : '', f.id, f.factId ?? '',
    f.suspect?.check ?? '', f.suspect?.valueAsPrinted ?? '',
  ];
}

export function flagRow(file: string, f: Flag, lang: Lang): unknown[] {
  const first = f.evidence[0]!.location;
  return [
    file, f.check, f.severity, f.metric, nameOf(f.metric, lang), f.reported, f.expected, f.margin, renderFormula(f.formula, lang), renderFlagMessage(f, lang),
    first.page ?? '', first.line, first.quote, f.key ?? '', evidenceText(f, file, lang), f.ocr ? 'yes' : '', f.id,
  ];
}

/** A relation checked, its verdict and the figures it rests on. */
export function relationRow(file: string, r: Relation, lang: Lang): unknown[] {
  const at = r.stated.location;
  return [
    file, r.rule, r.check, r.kind, r.verdict, r.stated.raw, r.stated.key ?? '', r.expected, renderFormula(r.formula, lang),
    evidenceText({ evidence: r.inputs }, file, lang), at.page ?? '', at.line, at.quote, r.flag ?? '', r.id,
  ];
}

/** The CSV files, in the order of CsvRows' fields. */
const FILES = ['reports', 'metrics', 'details', 'figures', 'flags', 'relations', 'tables', 'byReport'] as const;

/**
 * Rows of each CSV file for some reports; rendered wherever the reports are (in the worker that audited them) as text,
 * which that worker hands over encoded (see renderPartsEncoded).
 */
export type CsvPart = Record<(typeof FILES)[number], PartText> & {
  /** Reports whose rows could not be rendered (a bug): their rows are left out. */
  errors: string[];
};

/** A CsvPart as rendered: text. */
type CsvRows = Record<(typeof FILES)[number], string> & { errors: string[] };

function emptyPart(): CsvRows {
  return { reports: '', metrics: '', details: '', figures: '', flags: '', relations: '', tables: '', byReport: '', errors: [] };
}

const rows = (list: unknown[][]) => list.map(csvRow).join('');

function addReport(part: CsvRows, r: Report, lang: Lang): void {
  try {
    const text = {
      reports: csvRow(reportRow(r, lang)),
      metrics: rows(r.facts.filter((f) => f.tier === 'core').map((f) => factRow(f, lang))),
      details: rows(r.facts.filter((f) => f.tier === 'detail').map((f) => factRow(f, lang))),
      figures: rows(r.figures.map((f) => figureRow(f, lang))),
      flags: rows(r.flags.map((f) => flagRow(r.file, f, lang))),
      relations: rows(r.relations.map((x) => relationRow(r.file, x, lang))),
      tables: rows(r.tables.flatMap((t) => t.cells.map((c) => [r.file, t.id, c.page ?? '', c.row, c.col, c.header, c.text, c.value ?? '', t.caption ?? '']))),
    };
    for (const [k, v] of Object.entries(text)) part[k as keyof typeof text] += v;
  } catch (error) {
    part.errors.push(`${r.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One group's reports (in order) as CSV rows, its metrics-by-report row included. */
export function renderCsvPart(reports: readonly Report[], lang: Lang): CsvRows {
  const part = emptyPart();
  const byReport = new ByReportRows();
  for (const r of reports) {
    const done = byReport.add(r);
    if (done) part.byReport += csvRow(byReportRow(done));
    addReport(part, r, lang);
  }
  const last = byReport.flush();
  if (last) part.byReport += csvRow(byReportRow(last));
  return part;
}

export interface CsvSink extends ReportSink {
  /** Rows rendered elsewhere (renderCsvPart), in order; returns the reports that could not be rendered. */
  addPart(part: CsvPart): Promise<string[]>;
}

export function createCsvSink(options: SinkOptions): CsvSink {
  const files = {
    reports: new CsvFile(join(options.outDir, 'reports.csv'), REPORT_COLUMNS),
    metrics: new CsvFile(join(options.outDir, 'metrics.csv'), FACT_COLUMNS),
    details: new CsvFile(join(options.outDir, 'details.csv'), FACT_COLUMNS),
    figures: new CsvFile(join(options.outDir, 'figures.csv'), FIGURE_COLUMNS),
    flags: new CsvFile(join(options.outDir, 'flags.csv'), FLAG_COLUMNS),
    relations: new CsvFile(join(options.outDir, 'relations.csv'), RELATION_COLUMNS),
    tables: new CsvFile(join(options.outDir, 'tables.csv'), TABLE_COLUMNS),
    byReport: new CsvFile(join(options.outDir, 'metrics-by-report.csv'), [...BY_REPORT_COLUMNS, ...metricColumns().map((m) => m.id)]),
  };
  const byReport = new ByReportRows();
  const write = async (part: CsvPart): Promise<string[]> => {
    for (const name of FILES) await files[name].write(part[name]);
    return part.errors;
  };
  return {
    async add(r: Report) {
      const part = emptyPart();
      const done = byReport.add(r);
      if (done) part.byReport = csvRow(byReportRow(done));
      addReport(part, r, options.lang);
      await write(part);
      if (part.errors.length) throw new Error(part.errors[0]!.slice(r.file.length + 2));
    },
    addPart: write,
    async close(_summary: RunSummary) {
      const last = byReport.flush();
      if (last) await files.byReport.write(csvRow(byReportRow(last)));
      await Promise.all(Object.values(files).map((f) => f.close()));
    },
  };
}
