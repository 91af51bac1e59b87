/**
 * audit.xlsx: 汇总 (one row per file), 问题 (every flag, severity then margin), 指标 / 明细 (core and detail
 * facts), 全部数据 (every figure, labelled), 表格 (table cells), 按报告 (one row per report, one column per metric, by-report.ts) and 无法核验 (rates
 * that could not be re-computed). Sheet names and headers follow
 * --lang. Decimal strings become numbers only when a double holds them exactly, and then with a number format that
 * shows every printed decimal; everything else stays text.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Evidence, Fact, Figure, Flag, Location, Report } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import { renderFlagMessage, renderFormula } from './render.js';
import type { ReportSink, RunSummary, SinkOptions } from './sink.js';
import { renderRow, Workbook, type Cell, type ColumnSpec, type RowContext, type Sheet, type Tone } from './xlsx-book.js';
import { checkLabel, metricLabel, severityLabel, statusLabel, t } from './html/labels.js';
import { evidenceText } from './evidence.js';
import { rubricName } from './rubric-names.js';
import { knownMetricName } from './metric-names.js';
import { compareFlags, summarize, unverifiableShare } from './html/summary.js';
import { reportHref } from './html/names.js';
import { ByReportRows, metricColumns, type ByReportRow } from './by-report.js';

export const XLSX_FILE = 'audit.xlsx';

export interface XlsxOptions {
  /** Link rows to the report pages of index.html (written by the HTML sink next to audit.xlsx). */
  links?: boolean;
}

type FlagKey = Pick<Flag, 'severity' | 'margin'> & { seq: number };

/** The sheets, in workbook order; a rendered row names its sheet by this index. */
const SHEETS = ['summary', 'flags', 'relations', 'facts', 'figures', 'details', 'tables', 'by-report', 'unverifiable'] as const;
type SheetId = (typeof SHEETS)[number];
const SHEET_INDEX = Object.fromEntries(SHEETS.map((id, i) => [id, i])) as Record<SheetId, number>;

/** A row rendered for a sheet: its XML with style placeholders (see XlsxPart), its link, and a flag's sort key. */
export interface XlsxRow {
  sheet: number;
  xml: string;
  link?: { col: number; target: string };
  key?: Pick<Flag, 'severity' | 'margin'>;
}

/**
 * Reports' rows of audit.xlsx, rendered away from the workbook (in the worker that audited them). A cell's style
 * is written as a placeholder (\u0002n\u0003, an index into `styles`) because the workbook numbers the styles in
 * the order they are first used in the whole run; the main thread puts the numbers in, row by row in order, so
 * they come out as if every row had been rendered there. `widths` are each sheet's column widths these rows need.
 */
export interface XlsxPart {
  rows: XlsxRow[];
  styles: Array<[fmt: string | undefined, tone: Tone | undefined]>;
  widths: number[][];
  /** Reports whose rows could not be rendered (a bug): their rows are left out. */
  errors: string[];
}

const STYLE_REF = /\u0002(\d+)\u0003/g;

function columnsOf(lang: Lang): Record<SheetId, ColumnSpec[]> {
  const col = (code: string, min?: number, max?: number): ColumnSpec => ({ header: t(`col.${code}`, lang), min, max });
  const factColumns = [
    col('file', 16, 36), col('metric', 12, 24), col('key', 8, 30), col('value', 10), col('unit', 6), col('raw', 10, 20),
    col('raw-unit', 6), col('page', 4), col('line', 4), col('quote', 30, 80), col('metric-id', 12, 30),
    col('extractor', 10, 24), col('table', 10, 24), col('ocr', 5), col('suspect', 8, 16), col('value-as-printed', 10),
  ];
  return {
    summary: [
      col('file', 16, 40), col('status', 8), col('format', 6), col('pages', 6), col('dept', 16, 36), col('region', 10, 20),
      col('year', 6), col('stated', 8), col('rescored-min', 8), col('rescored-max', 8), col('gap', 8), col('rubric', 12, 40),
      col('figures', 8), col('facts', 8), col('checked', 8), col('unverifiable', 8), col('unverifiable-share', 10), col('errors', 6),
      col('warnings', 6), col('infos', 6), col('seconds', 8), col('note', 16, 60), col('link', 6), col('duplicates', 16, 60),
    ],
    flags: [
      col('severity', 8), col('check', 10, 16), col('file', 16, 36), col('dept', 12, 30), col('metric', 12, 24),
      col('key', 8, 24), col('reported', 10), col('expected', 12, 24), col('margin', 10), col('formula', 20, 50),
      col('message', 30, 70), col('page', 4), col('line', 4), col('quote', 30, 70), col('evidence', 30, 80),
      col('check-id', 12), col('metric-id', 12), col('ocr', 5), col('link', 6),
    ],
    relations: [
      col('verdict', 8), col('relation-kind', 8), col('file', 16, 36), col('check', 10, 16), col('reported', 10), col('label', 12, 40),
      col('expected', 12, 24), col('formula', 20, 50), col('evidence', 30, 80), col('page', 4), col('line', 4), col('quote', 30, 70),
      col('rule-id', 12), col('check-id', 12), col('link', 6),
    ],
    facts: factColumns,
    figures: [
      col('file', 16, 36), col('kind', 6), col('label', 12, 40), col('value', 10), col('unit', 6), col('raw', 10, 20),
      col('raw-unit', 6), col('comparator', 4), col('period', 6), col('comparison', 8), col('direction', 4), col('figure-role', 6),
      col('metric', 12, 24), col('page', 4), col('line', 4), col('quote', 30, 80), col('extractor', 10, 24), col('ocr', 5),
      col('suspect', 8, 16), col('value-as-printed', 10),
    ],
    details: factColumns,
    tables: [
      col('file', 16, 36), col('table', 4), col('caption', 12, 40), col('unit', 6), col('row', 5), col('col', 5),
      col('header', 10, 30), col('text', 12, 50), col('value', 10), col('page', 4), col('line', 4),
    ],
    'by-report': [
      col('file', 16, 40), col('status', 8), col('dept', 16, 36), col('region', 10, 20), col('year', 6), col('stated', 8),
      col('rescored-min', 8), col('rescored-max', 8), col('errors', 6), col('warnings', 6), col('infos', 6), col('facts', 8),
      col('suspect', 12, 30),
      ...metricColumns().map((m): ColumnSpec => ({ header: unitHeader(metricLabel(m.id, lang), UNIT_NAMES[m.unit] ?? '', lang), min: 8, max: 24 })),
    ],
    unverifiable: [
      col('file', 16, 36), col('metric', 12, 24), col('value', 10), col('page', 4), col('line', 4), col('quote', 30, 80),
      col('metric-id', 12, 30),
    ],
  };
}

const FREEZE: Record<SheetId, number> = { summary: 1, flags: 1, relations: 2, facts: 2, figures: 2, details: 2, tables: 1, 'by-report': 1, unverifiable: 1 };

/** Renders reports' rows into an XlsxPart (pure: no workbook, no files). */
export class XlsxRenderer {
  private rows: XlsxRow[] = [];
  private styles: XlsxPart['styles'] = [];
  private readonly styleIds = new Map<string, number>();
  private widths: number[][] = SHEETS.map(() => []);
  private errors: string[] = [];
  private current: number = 0;
  private readonly context: RowContext = {
    style: (fmt, tone) => {
      // The registry's style 0 (no format, no tone) is written as no attribute at all.
      if ((!fmt || fmt === 'General') && !tone) return '';
      const key = `${fmt ?? ''}|${tone ?? ''}`;
      let id = this.styleIds.get(key);
      if (id === undefined) {
        id = this.styles.length;
        this.styles.push([fmt, tone]);
        this.styleIds.set(key, id);
      }
      return ` s="\u0002${id}\u0003"`;
    },
    fit: (col, width) => {
      const w = this.widths[this.current]!;
      if (!(width + 2 <= (w[col] ?? 0))) w[col] = width + 2;
    },
  };

  constructor(
    private readonly lang: Lang,
    private readonly links = true,
  ) {}

  private emit(sheet: SheetId, cells: Cell[], key?: XlsxRow['key']): void {
    this.current = SHEET_INDEX[sheet];
    const { xml, link } = renderRow(cells, this.context);
    this.rows.push({ sheet: this.current, xml, ...(link ? { link } : {}), ...(key ? { key } : {}) });
  }

  byReport(row: ByReportRow): void {
    const { lang } = this;
    this.emit('by-report', [
      row.file, statusLabel(row.status, lang), row.dept, row.region, row.year, decimal(row.selfScore, '分'), decimal(row.rescoredMin, '分'),
      decimal(row.rescoredMax, '分'), row.flags.error, row.flags.warning, row.flags.info, row.facts,
      row.suspect.map((id) => metricLabel(id, lang)).join(lang === 'zh' ? '、' : ', ') || null,
      ...metricColumns().map((m) => {
        const value = decimal(row.values.get(m.id), UNIT_NAMES[m.unit]);
        return value !== null && row.suspect.includes(m.id) && typeof value === 'object' ? { ...value, tone: 'warning' as const } : value;
      }),
    ]);
  }

  /** One report's rows; a report that fails to render leaves none. */
  report(report: Report): void {
    const before = this.rows.length;
    try {
      this.reportRows(report);
    } catch (error) {
      this.rows.length = before;
      this.errors.push(`${report.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private reportRows(report: Report): void {
    const { lang, links } = this;
    const row = summarize(report, lang);
    const units = unitsByMetric(report.facts);
    const link = (flag?: number): Cell => (links ? { text: t('col.link', lang), tone: 'link', link: reportHref(report.file, flag) } : null);
    const count = (n: number, tone: 'error' | 'warning' | 'info'): Cell => ({ num: n, ...(n > 0 ? { tone } : {}) });
    const share = unverifiableShare(row.checked, row.unverifiable);
    this.emit('summary', [
      row.file, { text: statusLabel(row.status, lang), ...(row.status === 'ok' ? {} : { tone: 'warning' as const }) },
      row.format, row.pages, row.dept, row.region, row.year, decimal(row.stated, '分'), decimal(row.rescoredMin, '分'),
      decimal(row.rescoredMax, '分'), decimal(row.gap, '分'), rubricName(row.rubric) || null, row.figures, row.facts, row.checked, row.unverifiable,
      share === null ? null : { num: share, fmt: '0.0"%"' }, count(row.flags.error, 'error'),
      count(row.flags.warning, 'warning'), count(row.flags.info, 'info'), decimal(row.seconds.toFixed(2)), row.note, link(),
      report.duplicates?.join(lang === 'zh' ? '、' : ', ') || null,
    ]);
    for (const [i, flag] of report.flags.entries()) {
      const main = primaryEvidence(flag);
      const unit = units.get(flag.metric);
      this.emit('flags', [
        { text: severityLabel(flag.severity, lang), tone: flag.severity }, checkLabel(flag.check, lang), report.file,
        report.dept, knownMetricName(flag.metric, lang, true) || null, flag.key, decimal(flag.reported, unit), decimal(flag.expected, unit),
        decimal(flag.margin, unit), renderFormula(flag.formula, lang), renderFlagMessage(flag, lang), main.location.page, main.location.line,
        main.location.quote, evidenceText(flag, report.file, lang),
        flag.check, flag.metric, flag.ocr ? t('col.ocr-yes', lang) : null, link(i),
      ], { severity: flag.severity, margin: flag.margin });
    }
    // Every relation checked, whatever its verdict: what was verified, not only what failed.
    const flagIndex = new Map(report.flags.map((f, i) => [f.id, i]));
    for (const relation of report.relations) {
      const at = relation.stated.location;
      const tone: Tone | undefined = relation.verdict === 'contradicted' ? 'error' : relation.verdict === 'corrected' ? 'warning' : undefined;
      this.emit('relations', [
        { text: t(`verdict.${relation.verdict}`, lang), ...(tone ? { tone } : {}) }, t(`relation.${relation.kind}`, lang), report.file,
        checkLabel(relation.check, lang), relation.stated.raw, relation.stated.key ?? null, relation.expected, renderFormula(relation.formula, lang),
        evidenceText({ evidence: relation.inputs }, report.file, lang), at.page, at.line, at.quote, relation.rule, relation.check,
        relation.flag !== null && flagIndex.has(relation.flag) ? link(flagIndex.get(relation.flag)) : null,
      ]);
    }
    for (const fact of report.facts) this.emit(fact.tier === 'core' ? 'facts' : 'details', factRow(report.file, fact, lang));
    for (const figure of report.figures) this.emit('figures', figureRow(report.file, figure, lang));
    for (const table of report.tables) {
      for (const cell of table.cells) {
        const unit = /%|％/.test(cell.text) ? '%' : (table.unit ?? undefined);
        this.emit('tables', [
          report.file, table.id, table.caption, table.unit, cell.row + 1, cell.col + 1, cell.header, cell.text,
          decimal(cell.value, unit), cell.page, cell.line,
        ]);
      }
    }
    for (const u of report.unverifiable) {
      this.emit('unverifiable', [
        report.file, metricLabel(u.metric, lang), decimal(u.value, units.get(u.metric)), u.location.page, u.location.line,
        u.location.quote, u.metric,
      ]);
    }
  }

  /** The rows rendered so far, handed over; the renderer starts afresh. */
  take(): XlsxPart {
    const part: XlsxPart = { rows: this.rows, styles: this.styles, widths: this.widths, errors: this.errors };
    this.rows = [];
    this.styles = [];
    this.styleIds.clear();
    this.widths = SHEETS.map(() => []);
    this.errors = [];
    return part;
  }
}

/** One group's reports (in order) as an XlsxPart, its by-report rows included. */
export function renderXlsxPart(reports: readonly Report[], lang: Lang): XlsxPart {
  const renderer = new XlsxRenderer(lang);
  const byReport = new ByReportRows();
  for (const report of reports) {
    const done = byReport.add(report);
    if (done) renderer.byReport(done);
    renderer.report(report);
  }
  const last = byReport.flush();
  if (last) renderer.byReport(last);
  return renderer.take();
}

export interface XlsxSink extends ReportSink {
  /** Rows rendered elsewhere (renderXlsxPart), in order; returns the reports that could not be rendered. */
  addPart(part: XlsxPart): Promise<string[]>;
}

export function createXlsxSink(options: SinkOptions, xlsx: XlsxOptions = {}): XlsxSink {
  const { lang } = options;
  const links = xlsx.links ?? true;
  const book = new Workbook(lang === 'zh' ? '等线' : 'Calibri');
  const columns = columnsOf(lang);
  const sheets = SHEETS.map((id) =>
    id === 'flags'
      ? book.sheet<FlagKey>(t(`sheet.${id}`, lang), columns[id], { freezeCols: FREEZE[id], order: (a, b) => compareFlags(a, b) || a.seq - b.seq })
      : book.sheet(t(`sheet.${id}`, lang), columns[id], { freezeCols: FREEZE[id] }),
  );
  const renderer = new XlsxRenderer(lang, links);
  const byReport = new ByReportRows();

  let seq = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function write(part: XlsxPart): Promise<string[]> {
    const ids: number[] = [];
    const resolve = (xml: string) => xml.replace(STYLE_REF, (_, k: string) => String((ids[Number(k)] ??= book.styles.style(...part.styles[Number(k)]!))));
    for (const row of part.rows) {
      const sheet = sheets[row.sheet]!;
      const xml = row.xml.includes('\u0002') ? resolve(row.xml) : row.xml;
      if (row.key) await (sheet as Sheet<FlagKey>).addRendered(xml, row.link, { ...row.key, seq: seq++ });
      else await sheet.addRendered(xml, row.link);
    }
    part.widths.forEach((w, i) => sheets[i]!.fitWidths(w));
    return part.errors;
  }

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    add(report) {
      return enqueue(async () => {
        const done = byReport.add(report);
        if (done) renderer.byReport(done);
        renderer.report(report);
        const errors = await write(renderer.take());
        if (errors.length) throw new Error(errors[0]!.slice(report.file.length + 2));
      });
    },
    addPart(part) {
      return enqueue(() => write(part));
    },
    async close(run: RunSummary) {
      await queue;
      const last = byReport.flush();
      if (last) {
        renderer.byReport(last);
        await write(renderer.take());
      }
      await mkdir(options.outDir, { recursive: true });
      await book.save(join(options.outDir, XLSX_FILE), t('sheet.summary', lang), new Date(run.createdAt || Date.now()));
    },
  };
}

function figureRow(file: string, f: Figure, lang: Lang): Cell[] {
  const loc = f.location;
  return [
    file, t(`kind.${f.kind}`, lang), f.label, decimal(f.value, f.unit, f.rawUnit === f.unit ? f.decimals : 0), f.unit, f.raw, f.rawUnit,
    f.comparator === '=' ? null : f.comparator, f.period || null, f.comparison || null,
    f.direction > 0 ? '+' : f.direction < 0 ? '−' : null, f.role || null, f.metric ? metricLabel(f.metric, lang) : null,
    loc.page, loc.line, loc.quote, f.extractor, f.ocr ? t('col.ocr-yes', lang) : null,
    f.suspect ? { text: checkLabel(f.suspect.check, lang), tone: 'warning' } : null,
    f.suspect ? decimal(f.suspect.valueAsPrinted, f.unit) : null,
  ];
}

function factRow(file: string, fact: Fact, lang: Lang): Cell[] {
  const loc = fact.location;
  const decimals = fact.rawUnit === fact.unit ? fact.decimals : 0;
  return [
    file, metricLabel(fact.metric, lang), fact.key, decimal(fact.value, fact.unit, decimals), fact.unit, fact.raw,
    fact.rawUnit, loc.page, loc.line, loc.quote, fact.metric, fact.extractor, tableRef(loc, lang),
    fact.ocr ? t('col.ocr-yes', lang) : null,
    fact.suspect ? { text: checkLabel(fact.suspect.check, lang), tone: 'warning' } : null,
    fact.suspect ? decimal(fact.suspect.valueAsPrinted, fact.unit) : null,
  ];
}

/** How each unit class of the catalogue is shown in a column header. */
const UNIT_NAMES: Record<string, string> = { money: '万元', percent: '%', people: '人', score: '分' };

function unitHeader(name: string, unit: string, lang: Lang): string {
  if (!unit) return name;
  return lang === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

function tableRef(loc: Location, lang: Lang): string | null {
  return loc.table ? t('loc.table', lang, { table: loc.table.id, row: loc.table.row + 1, col: loc.table.col + 1 }) : null;
}

/** The figure the flag is about: the evidence stated as `reported`, else the first. */
export function primaryEvidence(flag: Flag): Evidence {
  return flag.evidence.find((e) => e.role === 'reported') ?? flag.evidence[0]!;
}

function unitsByMetric(facts: readonly Fact[]): Map<string, string> {
  const units = new Map<string, string>();
  for (const f of facts) if (!units.has(f.metric)) units.set(f.metric, f.unit);
  return units;
}

const MONEY = new Set(['万元', '元', '亿元', '千元']);
const PLAIN_DECIMAL = /^[-+]?(\d+)(?:\.(\d+))?$/;

/**
 * A decimal string as a number cell when that is exact: plain notation and at most 15 significant digits (what a
 * double keeps), shown with at least its own decimals (万元 with two). Anything else (intervals, text) stays text.
 */
export function decimal(value: string | null | undefined, unit?: string, printedDecimals = 0): Cell {
  if (value === null || value === undefined) return null;
  const m = PLAIN_DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, int = '', frac = ''] = m;
  if ((int + frac).replace(/^0+/, '').length > 15) return value;
  const places = Math.min(Math.max(frac.length, printedDecimals, unit && MONEY.has(unit) ? 2 : 0), 15);
  const decimals = places ? `.${'0'.repeat(places)}` : '';
  const fmt = unit && MONEY.has(unit) ? `#,##0${decimals}` : unit === '%' ? `0${decimals}"%"` : `0${decimals}`;
  return { num: value.trim(), fmt };
}
