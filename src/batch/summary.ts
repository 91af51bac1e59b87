/**
 * The end-of-run summary: files ok/failed, figures, flags by severity, the five largest gaps, the first files
 * not processed. Built report by report with bounded state (counters, five gaps, ten names), so a batch of any
 * size costs the same memory.
 */
import { Decimal } from 'decimal.js';
import type { Report } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import type { GapSummary, RunSummary } from '../write/sink.js';
import type { Status } from '../model/status.js';
import { checkLabel, metricLabel, statusLabel } from '../write/html/labels.js';
import { TOOL_VERSION } from '../version.js';

const TOP_GAPS = 5;
const LISTED_FAILURES = 10;

function margin(g: GapSummary): Decimal {
  try {
    return new Decimal(g.margin || 0);
  } catch {
    return new Decimal(0);
  }
}

export class SummaryBuilder {
  private files = 0;
  private ok = 0;
  private facts = 0;
  private readonly flags = { error: 0, warning: 0, info: 0 };
  private readonly gaps: Array<{ gap: GapSummary; margin: Decimal }> = [];
  private duplicates = 0;
  /** The first files not processed, for the printed summary. */
  readonly notProcessed: Array<{ file: string; status: Status }> = [];

  add(r: Report): void {
    this.files++;
    if (r.duplicates?.length) this.duplicates++;
    if (r.status === 'ok') this.ok++;
    else if (this.notProcessed.length < LISTED_FAILURES) this.notProcessed.push({ file: r.file, status: r.status });
    this.facts += r.facts.filter((f) => f.tier === 'core').length;
    for (const f of r.flags) {
      this.flags[f.severity]++;
      if (f.severity === 'info') continue;
      const label = f.evidence.find((e) => e.role === 'reported')?.key;
      const gap = { file: r.file, check: f.check, metric: f.metric, ...(label ? { label } : {}), reported: f.reported, expected: f.expected, margin: f.margin };
      const m = margin(gap);
      // Largest first; an equal margin goes after the ones already kept, as a stable sort of all gaps would.
      let at = this.gaps.findIndex((g) => g.margin.lt(m));
      if (at < 0) at = this.gaps.length;
      if (at < TOP_GAPS) {
        this.gaps.splice(at, 0, { gap, margin: m });
        this.gaps.length = Math.min(this.gaps.length, TOP_GAPS);
      }
    }
  }

  get failed(): number {
    return this.files - this.ok;
  }

  result(lang: Lang, seconds: number): RunSummary {
    return {
      toolVersion: TOOL_VERSION,
      createdAt: new Date().toISOString(),
      lang,
      files: this.files,
      ok: this.ok,
      failed: this.files - this.ok,
      facts: this.facts,
      duplicates: this.duplicates,
      flags: { ...this.flags },
      topGaps: this.gaps.map((g) => g.gap),
      seconds,
    };
  }
}

/** `1 error`, `2 errors`: English counts agree with their number. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function printSummary(
  summary: RunSummary,
  notProcessed: ReadonlyArray<{ file: string; status: Status }>,
  outDir: string,
  lang: Lang,
  stream: NodeJS.WritableStream = process.stderr,
): void {
  const lines: string[] = [];
  const more = summary.failed - notProcessed.length;
  const gap = (g: GapSummary) => `  ${g.file}  ${checkLabel(g.check, lang)}  ${g.metric ? metricLabel(g.metric, lang) : (g.label ?? '—')}  `;
  if (lang === 'zh') {
    lines.push(`共 ${summary.files} 个文件：成功 ${summary.ok}，未能处理 ${summary.failed}；用时 ${summary.seconds.toFixed(1)} 秒。`);
    lines.push(`发现问题：错误 ${summary.flags.error}，警告 ${summary.flags.warning}，提示 ${summary.flags.info}。`);
    if (summary.duplicates) lines.push(`其中 ${summary.duplicates} 个文件与本次的其他文件内容完全相同（见 reports.csv 的 duplicates 列）。`);
    if (summary.topGaps.length) {
      lines.push('差距最大的五处：');
      for (const g of summary.topGaps) lines.push(`${gap(g)}报告 ${g.reported}，应为 ${g.expected}（差 ${g.margin}）`);
    }
    for (const r of notProcessed) lines.push(`  未处理：${r.file}（${statusLabel(r.status, lang)}）`);
    if (more > 0) lines.push(`  另有 ${more} 个未处理的文件，见 reports.csv。`);
    lines.push(`结果已写入 ${outDir}`);
  } else {
    lines.push(`${counted(summary.files, 'file')}: ${summary.ok} audited, ${summary.failed} not processed; ${summary.seconds.toFixed(1)} s.`);
    lines.push(`Findings: ${counted(summary.flags.error, 'error')}, ${counted(summary.flags.warning, 'warning')}, ${counted(summary.flags.info, 'note')}.`);
    if (summary.duplicates) lines.push(`${counted(summary.duplicates, 'file')} ${summary.duplicates === 1 ? 'has' : 'have'} the same bytes as another file of this run (see the duplicates column of reports.csv).`);
    if (summary.topGaps.length) {
      lines.push('The five largest gaps:');
      for (const g of summary.topGaps) lines.push(`${gap(g)}stated ${g.reported}, expected ${g.expected} (off by ${g.margin})`);
    }
    for (const r of notProcessed) lines.push(`  Not processed: ${r.file} (${statusLabel(r.status, lang)})`);
    if (more > 0) lines.push(`  ${counted(more, 'more file')} not processed: see reports.csv.`);
    lines.push(`Results written to ${outDir}`);
  }
  stream.write(`${lines.join('\n')}\n`);
}
