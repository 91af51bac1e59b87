/**
 * `jixiao inspect <file>`: how one report was read, in plain text — paragraphs as the extractors see them
 * (normalised), tables with their column headers, every figure with its label and location, and the findings.
 * The findings are those `jixiao audit` writes for the file: the report comes from the same pipeline
 * (`auditGroup`, every check, every rule, the re-score), rendered as flags.csv renders them. For people writing
 * rules and for answering "why was this figure not found?". A file that cannot be read says why in one line and
 * exits 1; a folder is a usage error (exit 2).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { InspectArgs } from './args.js';
import { UsageError } from './args.js';
import { ingest } from '../ingest/index.js';
import { DEFAULT_LIMITS } from '../ingest/adapter.js';
import { nameClaims } from '../vocabulary/name.js';
import { blockText } from '../text/block-text.js';
import { columnHeaders, rowsAsText } from '../text/table-grid.js';
import { render, renderFlagMessage, renderFormula } from '../write/render.js';
import { metricName } from '../write/metric-names.js';
import { IngestError, msg } from '../model/status.js';
import type { Flag, Report } from '../model/audit.js';
import { precheck } from '../batch/precheck.js';
import { groupByStem } from '../batch/discover.js';
import { auditGroup, readDocument } from '../pipeline.js';
import { checkLabel, severityLabel, t } from '../write/html/labels.js';
import { evidenceText } from '../write/evidence.js';
import { defineMessages, type Lang } from '../i18n/messages.js';
import '../batch/messages.js';

defineMessages({
  'ui.inspect.file': { zh: '# {path}  格式 {format}  编码 {encoding}  页数 {pages}  行数 {lines}  表格 {tables}', en: '# {path}  format={format} encoding={encoding} pages={pages} lines={lines} tables={tables}' },
  'ui.inspect.blocks': { zh: '## 段落与表格', en: '## Blocks' },
  'ui.inspect.table': {
    zh: '表 {id}：{rows} 行 × {cols} 列，表头 {header} 行，表题 {caption}，单位 {unit}',
    en: 'table {id}: {rows}×{cols}, header rows {header}, caption {caption}, unit {unit}',
  },
  'ui.inspect.columns': { zh: '列标题', en: 'columns' },
  'ui.inspect.facts': {
    zh: '## 指标（metrics.csv 与 details.csv：指标代码、数值、原文、细项、页/行、提取规则、指标名称；! 为已更正的数，见其问题；· 为明细）',
    en: '## Metrics (metrics.csv and details.csv: metric id, value, as printed, key, page/line, extractor, name; ! = corrected, see its flag; · = detail)',
  },
  'ui.inspect.figures': {
    zh: '## 全部数据（figures.csv，{count} 项：类别、原文标签、数值、原文、期间、角色、页/行）',
    en: '## Figures (figures.csv, {count}: kind, label as printed, value, as printed, period, role, page/line)',
  },
  'ui.inspect.claims': { zh: '## 增减、增幅与占比的表述', en: '## Claims (differences, growth rates, shares)' },
  'ui.inspect.claim': { zh: '{kind} {base} {raw}，关于 {about}{of}', en: '{kind} {base} {raw} about {about}{of}' },
  'ui.inspect.flags': {
    zh: '## 问题（{count} 个：错误 {error}，警告 {warning}，提示 {info}；已核验 {checked} 项；无法核验：{unverifiable}）',
    en: '## Flags ({count}: errors {error}, warnings {warning}, notes {info}; checks made {checked}; unverifiable: {unverifiable})',
  },
  'ui.inspect.message': { zh: '说明：{text}', en: 'Message: {text}' },
  'ui.inspect.numbers': { zh: '报告值 {reported}，按报告数据应为 {expected}，超出 {margin}', en: 'reported {reported}, expected {expected}, off by {margin}' },
  'ui.inspect.formula': { zh: '公式：{text}', en: 'Formula: {text}' },
  'ui.inspect.evidence': { zh: '依据：{text}', en: 'Evidence: {text}' },
  'ui.inspect.none': { zh: '无', en: 'none' },
  'ui.inspect.status': { zh: '未能审核（{status}）：{detail}', en: 'not audited ({status}): {detail}' },
});

const ui = (code: string, lang: Lang, params?: Record<string, string | number>) => t(`inspect.${code}`, lang, params);

/** The first line of a flag in inspect's output: `[id] severity · check (check id) · metric or label`. */
export function flagHeading(f: Flag, lang: Lang): string {
  const about = f.metric ? metricName(f.metric, lang) : (f.evidence.find((e) => e.role === 'reported')?.key ?? f.key ?? '');
  return `[${f.id}] ${severityLabel(f.severity, lang)} · ${checkLabel(f.check, lang)} (${f.check})${about ? ` · ${about}` : ''}`;
}

/** A flag as inspect shows it: its heading, then its message, numbers, formula and evidence, each on a line. */
export function flagLines(f: Flag, file: string, lang: Lang): string[] {
  return [
    flagHeading(f, lang),
    `    ${ui('message', lang, { text: renderFlagMessage(f, lang) })}`,
    `    ${ui('numbers', lang, { reported: f.reported, expected: f.expected, margin: f.margin })}`,
    `    ${ui('formula', lang, { text: renderFormula(f.formula, lang) })}`,
    `    ${ui('evidence', lang, { text: evidenceText(f, file, lang) })}`,
  ];
}

export async function runInspect(args: InspectArgs, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { path, lang } = args;
  const write = (line: string) => out.write(`${line}\n`);
  const checked = await precheck(path, DEFAULT_LIMITS.maxInputBytes);
  if (checked.report) {
    if (checked.report.error?.params?.kind === 'directory') throw new UsageError(msg('cli.inspect-folder', { path }), 'inspect', lang, false);
    process.stderr.write(`jixiao: ${path}: ${render(checked.report.error!, lang)}\n`);
    return 1;
  }
  const tmpDir = await mkdtemp(join(tmpdir(), 'jixiao-inspect-'));
  try {
    const ingestOptions = { limits: DEFAULT_LIMITS, ocr: args.ocr, tmpDir };
    let doc;
    try {
      ({ doc } = await ingest(path, await readFile(path), ingestOptions));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      process.stderr.write(`jixiao: ${path}: ${ui('status', lang, { status: t(`status.${error.status}`, lang), detail: render(error.detail, lang) })}\n`);
      return 1;
    }
    // The findings, figures and counts: what `jixiao audit` writes for this file, from the same pipeline, with
    // the files it joins in its folder (a report and its score sheet, 002.docx + 002.scores.xlsx).
    const group = await groupOf(path);
    const report = (await auditGroup(group, { ingest: ingestOptions, rubric: null, keepText: false }))[group.indexOf(path)];
    write(ui('file', lang, { path, format: doc.format, encoding: doc.encoding ?? '-', pages: doc.pageCount ?? '-', lines: doc.lines.length, tables: doc.tables.length }));
    write(`\n${ui('blocks', lang)}`);
    doc.blocks.forEach((b, i) => {
      if (b.kind === 'table') {
        const table = doc.tables[b.table!]!;
        write(`[${i}] ${ui('table', lang, { id: table.id, rows: table.rows.length, cols: table.rows[0]?.length ?? 0, header: table.headerRows, caption: table.caption ?? '-', unit: table.unitNote ?? '-' })}`);
        write(`     ${ui('columns', lang)}: ${columnHeaders(table).join(' | ')}`);
        for (const row of rowsAsText(table, (l) => doc.lines[l]!.lineNo)) write(`     ${row}`);
        return;
      }
      const first = doc.lines[b.lines[0]!]!;
      write(`[${i}] ${b.kind} p${first.page ?? '-'} l${first.lineNo}: ${blockText(doc, b.lines).text}`);
    });
    for (const note of report?.notes ?? []) write(`  ${render(note, lang)}`);
    if (report?.score.note) write(`  ${render(report.score.note, lang)}`);
    if (!report || report.status !== 'ok') {
      const detail = report?.error ? render(report.error, lang) : '';
      process.stderr.write(`jixiao: ${path}: ${ui('status', lang, { status: t(`status.${report?.status ?? 'failed'}`, lang), detail })}\n`);
      return 1;
    }
    writeFacts(report, lang, write);
    writeFigures(report, lang, write);
    write(`\n${ui('claims', lang)}`);
    // The claims as the rules receive them: over the figures they are made of.
    const { vocabulary, reading } = readDocument(doc);
    for (const c of nameClaims(reading.figures, vocabulary.claims)) {
      const about = c.subject?.metric ? metricName(c.subject.metric, lang) : (c.subject?.label ?? '-');
      write(`  ${ui('claim', lang, { kind: c.kind, base: c.base, raw: `${c.figure.raw}${c.figure.rawUnit}`, about: about || '-', of: c.whole ? ` “${c.whole.text}”` : '' })}`);
    }
    writeFlags(report, lang, write);
    return 0;
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** The files `jixiao audit` of the file's folder audits together with it (discover.ts), the file itself first when it is the report. */
async function groupOf(path: string): Promise<string[]> {
  const dir = dirname(path);
  const siblings = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = siblings.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => (dir === '.' && !path.startsWith('./') ? d.name : join(dir, d.name)));
  const same = names.filter((n) => n !== path && basename(n) !== basename(path));
  return groupByStem([path, ...same]).find((g) => g.includes(path)) ?? [path];
}

function writeFacts(report: Report, lang: Lang, write: (line: string) => void): void {
  write(`\n${ui('facts', lang)}`);
  for (const f of report.facts) {
    const mark = f.suspect ? '!' : f.tier === 'core' ? ' ' : '·';
    const where = `p${f.location.page ?? '-'} l${f.location.line}`;
    const corrected = f.suspect ? `  [${f.suspect.flag}: ${f.suspect.valueAsPrinted} → ${f.value}]` : '';
    write(`${mark} ${f.metric.padEnd(28)} ${f.value.padStart(14)}  ${`${f.raw}${f.rawUnit}`.padEnd(14)} ${f.key.slice(0, 16).padEnd(16)} ${where}  ${f.extractor}  ${metricName(f.metric, lang)}${corrected}`);
  }
}

function writeFigures(report: Report, lang: Lang, write: (line: string) => void): void {
  write(`\n${ui('figures', lang, { count: report.figures.length })}`);
  for (const f of report.figures) {
    const value = `${f.comparator === '=' ? '' : f.comparator}${f.value}${f.unit ? ` ${f.unit}` : ''}`;
    const extra = [f.period, f.comparison, f.role, f.metric ? metricName(f.metric, lang) : ''].filter(Boolean).join(' · ');
    write(`  ${t(`kind.${f.kind}`, lang)}  ${f.label || '-'}  ${value}  (${f.raw}${f.rawUnit})${extra ? `  ${extra}` : ''}  p${f.location.page ?? '-'} l${f.location.line}`);
  }
}

function writeFlags(report: Report, lang: Lang, write: (line: string) => void): void {
  const count = (s: Flag['severity']) => report.flags.filter((f) => f.severity === s).length;
  const unverifiable = report.unverifiable.map((u) => metricName(u.metric, lang)).join(lang === 'zh' ? '、' : ', ') || ui('none', lang);
  write(
    `\n${ui('flags', lang, { count: report.flags.length, error: count('error'), warning: count('warning'), info: count('info'), checked: report.checked, unverifiable })}`,
  );
  for (const f of report.flags) for (const line of flagLines(f, report.file, lang)) write(line);
}
