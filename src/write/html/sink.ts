/**
 * The HTML sink: each report's page is written under reports/ as soon as the report arrives; only a compact
 * summary row (and the anchors of its largest gaps) is kept for index.html, written at the end.
 */
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../model/audit.js';
import type { GapSummary, ReportSink, RunSummary, SinkOptions } from '../sink.js';
import type { Lang } from '../../i18n/messages.js';
import { renderIndexPage } from './index-page.js';
import { REPORTS_DIR } from './names.js';
import { renderReportPage } from './report-page.js';
import { parseDecimal, summarize, type SummaryRow } from './summary.js';

export const INDEX_FILE = 'index.html';
const ANCHORS_PER_REPORT = 10;

const gapKey = (g: Pick<GapSummary, 'file' | 'check' | 'metric' | 'reported' | 'expected' | 'margin'>) =>
  [g.file, g.check, g.metric, g.reported, g.expected, g.margin].join('\u0000');

/** Reports' pages and what index.html keeps of them, rendered wherever the reports are. */
export interface HtmlPart {
  pages: Array<{ row: SummaryRow; html: string; anchors: Array<[key: string, flag: number]> }>;
  errors: string[];
}

export function renderHtmlPart(reports: readonly Report[], lang: Lang): HtmlPart {
  const part: HtmlPart = { pages: [], errors: [] };
  for (const report of reports) {
    try {
      const anchors = report.flags
        .map((f, i) => ({ i, m: parseDecimal(f.margin)?.abs().toNumber() ?? -1, f }))
        .sort((a, b) => b.m - a.m)
        .slice(0, ANCHORS_PER_REPORT)
        .map(({ i, f }): [string, number] => [gapKey({ file: report.file, ...f }), i]);
      part.pages.push({ row: summarize(report, lang), html: renderReportPage(report, lang), anchors });
    } catch (error) {
      part.errors.push(`${report.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return part;
}

export interface HtmlSink extends ReportSink {
  /** Pages rendered elsewhere (renderHtmlPart), in order; returns the reports that could not be rendered. */
  addPart(part: HtmlPart): Promise<string[]>;
}

export function createHtmlSink(options: SinkOptions): HtmlSink {
  const { outDir, lang } = options;
  const rows: SummaryRow[] = [];
  const anchors = new Map<string, number>();
  let dir: Promise<unknown> | null = null;

  const write = async (part: HtmlPart): Promise<string[]> => {
    dir ??= mkdir(join(outDir, REPORTS_DIR), { recursive: true });
    await dir;
    for (const page of part.pages) {
      await writeAtomic(join(outDir, REPORTS_DIR, page.row.page), page.html);
      rows.push(page.row);
      for (const [key, i] of page.anchors) anchors.set(key, i);
    }
    return part.errors;
  };

  return {
    async add(report: Report) {
      const errors = await write(renderHtmlPart([report], lang));
      if (errors.length) throw new Error(errors[0]!.slice(report.file.length + 2));
    },
    addPart: write,
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
