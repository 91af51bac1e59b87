/**
 * `jixiao inspect <file>`: how one report was read, in plain text — paragraphs as the extractors see them
 * (normalised), tables with their column headers, every figure with its label and location, every claim and
 * every flag. For people writing rules and for answering "why was this figure not found?".
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/index.js';
import { DEFAULT_LIMITS } from '../ingest/adapter.js';
import { extract, blockText } from '../extract/index.js';
import { runChecks } from '../check/index.js';
import { columnHeaders, rowsAsText } from '../text/table-grid.js';
import { renderFlagMessage, type Lang } from '../i18n/messages.js';
import { IngestError } from '../model/status.js';
import { render } from '../i18n/messages.js';

export async function runInspect(path: string, lang: Lang, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  let doc;
  try {
    ({ doc } = await ingest(path, await readFile(path), { limits: DEFAULT_LIMITS, ocr: 'auto', tmpDir: join(tmpdir(), `jixiao-${process.pid}`) }));
  } catch (error) {
    if (error instanceof IngestError) {
      write(`${error.status}: ${render(error.detail, lang)}`);
      return 1;
    }
    throw error;
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
  write('\n## Figures (metric, value, as printed, key, page/line, extractor)');
  for (const f of extraction.facts) {
    write(`${f.tier === 'core' ? ' ' : '·'} ${f.metric.padEnd(28)} ${f.value.padStart(14)}  ${`${f.raw}${f.rawUnit}`.padEnd(14)} ${f.key.slice(0, 16).padEnd(16)} p${f.location.page ?? '-'} l${f.location.line}  ${f.extractor}`);
  }
  write('\n## Claims (differences, growth rates, shares)');
  for (const c of extraction.claims) {
    write(`  ${c.kind} ${c.base} ${c.figure.raw}${c.figure.rawUnit} about ${c.subject?.metric ?? '-'}${c.denominator ? ` of “${c.denominator.text}”` : ''}`);
  }
  const checks = runChecks(extraction, lang);
  write(`\n## Flags (${checks.flags.length}; ${checks.checked} checks made; unverifiable: ${checks.unverifiable.map((u) => u.metric).join(', ') || 'none'})`);
  for (const f of checks.flags) write(`  ${f.severity} ${f.check} ${f.metric || '-'}: ${renderFlagMessage(f, lang)}\n      ${f.formula}`);
  return 0;
}
