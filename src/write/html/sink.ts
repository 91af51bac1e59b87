/**
 * The HTML sink: each report's page is written under reports/ as soon as the report arrives; only a compact
 * summary row (and the anchors of its largest gaps) is kept for index.html, written at the end.
 */
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../model/audit.js';
import type { GapSummary, ReportSink, RunSummary, SinkOptions } from '../sink.js';
import { renderIndexPage } from './index-page.js';
import { REPORTS_DIR } from './names.js';
import { renderReportPage } from './report-page.js';
import { parseDecimal, summarize, type SummaryRow } from './summary.js';

export const INDEX_FILE = 'index.html';
const ANCHORS_PER_REPORT = 10;

const gapKey = (g: Pick<GapSummary, 'file' | 'check' | 'metric' | 'reported' | 'expected' | 'margin'>) =>
  [g.file, g.check, g.metric, g.reported, g.expected, g.margin].join('\u0000');

export function createHtmlSink(options: SinkOptions): ReportSink {
  const { outDir, lang } = options;
  const rows: SummaryRow[] = [];
  const anchors = new Map<string, number>();
  let dir: Promise<unknown> | null = null;

  return {
    async add(report: Report) {
      dir ??= mkdir(join(outDir, REPORTS_DIR), { recursive: true });
      await dir;
      const row = summarize(report, lang);
      await writeAtomic(join(outDir, REPORTS_DIR, row.page), renderReportPage(report, lang));
      rows.push(row);
      report.flags
        .map((f, i) => ({ i, m: parseDecimal(f.margin)?.abs().toNumber() ?? -1, f }))
        .sort((a, b) => b.m - a.m)
        .slice(0, ANCHORS_PER_REPORT)
        .forEach(({ i, f }) => anchors.set(gapKey({ file: report.file, ...f }), i));
    },
    async close(run: RunSummary) {
      await mkdir(outDir, { recursive: true });
      await writeAtomic(join(outDir, INDEX_FILE), renderIndexPage(rows, run, lang, (g) => anchors.get(gapKey(g))));
    },
  };
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, content, 'utf8');
  await rename(partial, path);
}
