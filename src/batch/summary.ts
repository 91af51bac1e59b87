/**
 * The end-of-run summary: files ok/failed, figures, flags by severity, the largest findings of each kind (by
 * relative gap, one line per finding however many copies: write/gaps.ts), the first files not processed. Built
 * report by report with bounded state (counters, a few findings per kind, ten names), so a batch of any size
 * costs the same memory.
 */
import type { Report } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import type { GapSummary, RunSummary } from '../write/sink.js';
import type { Status } from '../model/status.js';
import { checkLabel, metricLabel, statusLabel, t } from '../write/html/labels.js';
import { GAP_KINDS, shownMargin, shownRelative, shownSlip, shownValue, TopGaps } from '../write/gaps.js';
import { TOOL_VERSION } from '../version.js';

const LISTED_FAILURES = 10;

export class SummaryBuilder {
  private files = 0;
  private ok = 0;
  private facts = 0;
  private readonly flags = { error: 0, warning: 0, info: 0 };
  private readonly gaps = new TopGaps();
  private duplicates = 0;
  /** The first files not processed, for the printed summary. */
  readonly notProcessed: Array<{ file: string; status: Status }> = [];

  add(r: Report): void {
    this.files++;
    if (r.duplicates?.length) this.duplicates++;
    if (r.status === 'ok') this.ok++;
    else if (this.notProcessed.length < LISTED_FAILURES) this.notProcessed.push({ file: r.file, status: r.status });
    this.facts += r.facts.filter((f) => f.tier === 'core').length;
    for (const f of r.flags) this.flags[f.severity]++;
    this.gaps.add(r);
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
      topGaps: this.gaps.result(),
      seconds,
    };
  }
}

/** `1 error`, `2 errors`: English counts agree with their number. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The largest findings, kind by kind, one line each: what the terminal summary prints. */
export function gapLines(gaps: readonly GapSummary[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const kind of GAP_KINDS) {
    const ofKind = gaps.filter((g) => (g.kind ?? 'other') === kind);
    if (!ofKind.length) continue;
    lines.push(`  ${t(`html.gap-kind.${kind}`, lang)}${lang === 'zh' ? '：' : ':'}`);
    for (const g of ofKind) {
      const what = g.metric ? metricLabel(g.metric, lang) : (g.label ?? '—');
      const checks = (g.checks ?? [g.check]).map((c) => checkLabel(c, lang)).join(lang === 'zh' ? '、' : ', ');
      const copies = g.copies ? (lang === 'zh' ? `（另有 ${g.copies} 个文件相同）` : ` (and ${counted(g.copies, 'other file')} with the same finding)`) : '';
      const relative = shownRelative(g);
      const body =
        kind === 'unit'
          ? `${shownSlip(g)}`
          : lang === 'zh'
            ? `报告 ${shownValue(g.reported, g.kind)}，应为 ${shownValue(g.expected, g.kind)}（差 ${shownMargin(g, lang)}${relative ? `，相对差距 ${relative}` : ''}）`
            : `stated ${shownValue(g.reported, g.kind)}, expected ${shownValue(g.expected, g.kind)} (off by ${shownMargin(g, lang)}${relative ? `, ${relative} relative` : ''})`;
      lines.push(`    ${g.file}${copies}  ${checks}  ${what}  ${body}`);
    }
  }
  return lines;
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
  if (lang === 'zh') {
    lines.push(`共 ${summary.files} 个文件：成功 ${summary.ok}，未能处理 ${summary.failed}；用时 ${summary.seconds.toFixed(1)} 秒。`);
    lines.push(`发现问题：错误 ${summary.flags.error}，警告 ${summary.flags.warning}，提示 ${summary.flags.info}。`);
    if (summary.duplicates) lines.push(`其中 ${summary.duplicates} 个文件与本次的其他文件内容完全相同（见 reports.csv 的 duplicates 列）。`);
    if (summary.topGaps.length) {
      lines.push('差距最大的问题（按类别，各类按相对差距排列；同一问题只列一次）：');
      lines.push(...gapLines(summary.topGaps, lang));
    }
    for (const r of notProcessed) lines.push(`  未处理：${r.file}（${statusLabel(r.status, lang)}）`);
    if (more > 0) lines.push(`  另有 ${more} 个未处理的文件，见 reports.csv。`);
    lines.push(`结果已写入 ${outDir}`);
  } else {
    lines.push(`${counted(summary.files, 'file')}: ${summary.ok} audited, ${summary.failed} not processed; ${summary.seconds.toFixed(1)} s.`);
    lines.push(`Findings: ${counted(summary.flags.error, 'error')}, ${counted(summary.flags.warning, 'warning')}, ${counted(summary.flags.info, 'note')}.`);
    if (summary.duplicates) lines.push(`${counted(summary.duplicates, 'file')} ${summary.duplicates === 1 ? 'has' : 'have'} the same bytes as another file of this run (see the duplicates column of reports.csv).`);
    if (summary.topGaps.length) {
      lines.push('The largest findings (by kind, each ranked by relative gap; every finding once):');
      lines.push(...gapLines(summary.topGaps, lang));
    }
    for (const r of notProcessed) lines.push(`  Not processed: ${r.file} (${statusLabel(r.status, lang)})`);
    if (more > 0) lines.push(`  ${counted(more, 'more file')} not processed: see reports.csv.`);
    lines.push(`Results written to ${outDir}`);
  }
  stream.write(`${lines.join('\n')}\n`);
}
