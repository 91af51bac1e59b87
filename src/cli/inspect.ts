/**
 * `jixiao inspect <file>`: how one report was read, in plain text — paragraphs as the extractors see them
 * (normalised), tables with their column headers, every figure with its label and location, every claim and
 * every flag. For people writing rules and for answering "why was this figure not found?". A file that cannot
 * be read says why in one line and exits 1; a folder is a usage error (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InspectArgs } from './args.js';
import { UsageError } from './args.js';
import { ingest } from '../ingest/index.js';
import { DEFAULT_LIMITS } from '../ingest/adapter.js';
import { extract } from '../vocabulary/index.js';
import { blockText } from '../text/block-text.js';
import { auditDocuments } from '../pipeline.js';
import { columnHeaders, rowsAsText } from '../text/table-grid.js';
import { render, renderFlagMessage, renderFormula } from '../write/render.js';
import { metricName } from '../write/metric-names.js';
import { IngestError, msg } from '../model/status.js';
import { precheck } from '../batch/precheck.js';
import '../batch/messages.js';

export async function runInspect(args: InspectArgs, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { path, lang } = args;
  const write = (line: string) => out.write(`${line}\n`);
  const checked = await precheck(path, DEFAULT_LIMITS.maxInputBytes);
  if (checked.report) {
    if (checked.report.error?.params?.kind === 'directory') throw new UsageError(msg('cli.inspect-folder', { path }), 'inspect', lang, false);
    process.stderr.write(`jixiao: ${path}: ${render(checked.report.error!, lang)}\n`);
    return 1;
  }
  let doc;
  try {
    ({ doc } = await ingest(path, await readFile(path), { limits: DEFAULT_LIMITS, ocr: args.ocr, tmpDir: join(tmpdir(), `jixiao-${process.pid}`) }));
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    process.stderr.write(`jixiao: ${path}: ${error.status}: ${render(error.detail, lang)}\n`);
    return 1;
  }
  write(`# ${path}  format=${doc.format} encoding=${doc.encoding ?? '-'} pages=${doc.pageCount ?? '-'} lines=${doc.lines.length} tables=${doc.tables.length}`);
  write('\n## Blocks');
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      const t = doc.tables[b.table!]!;
      write(`[${i}] table ${t.id}: ${t.rows.length}×${t.rows[0]?.length ?? 0}, header rows ${t.headerRows}, caption ${t.caption ?? '-'}, unit ${t.unitNote ?? '-'}`);
      write(`     columns: ${columnHeaders(t).join(' | ')}`);
      for (const row of rowsAsText(t, (l) => doc.lines[l]!.lineNo)) write(`     ${row}`);
      return;
    }
    const first = doc.lines[b.lines[0]!]!;
    write(`[${i}] ${b.kind} p${first.page ?? '-'} l${first.lineNo}: ${blockText(doc, b.lines).text}`);
  });
  const extraction = extract(doc);
  const findings = auditDocuments([doc]);
  write('\n## Figures (metric, value, as printed, key, page/line, extractor, name; ! = corrected, see its flag)');
  for (const f of findings.documents[0]!.facts) {
    const mark = f.suspect ? '!' : f.tier === 'core' ? ' ' : '·';
    write(`${mark} ${f.metric.padEnd(28)} ${f.value.padStart(14)}  ${`${f.raw}${f.rawUnit}`.padEnd(14)} ${f.key.slice(0, 16).padEnd(16)} p${f.location.page ?? '-'} l${f.location.line}  ${f.extractor}  ${metricName(f.metric, lang)}${f.suspect ? `  [${f.suspect.flag}: ${f.suspect.valueAsPrinted} → ${f.value}]` : ''}`);
  }
  write('\n## Claims (differences, growth rates, shares)');
  for (const c of extraction.claims) {
    write(`  ${c.kind} ${c.base} ${c.figure.raw}${c.figure.rawUnit} about ${c.subject?.metric ?? '-'}${c.denominator ? ` of “${c.denominator.text}”` : ''}`);
  }
  write(`\n## Flags (${findings.flags.length}; ${findings.checked} checks made; unverifiable: ${findings.unverifiable.map((u) => u.metric).join(', ') || 'none'})`);
  for (const f of findings.flags) write(`  ${f.id} ${f.severity} ${f.check} ${f.metric || '-'}: ${renderFlagMessage(f, lang)}\n      ${renderFormula(f.formula, lang)}`);
  return 0;
}
