/** The end-of-run summary: files ok/failed, figures, flags by severity, the five largest gaps. */
import { Decimal } from 'decimal.js';
import type { Report } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import type { GapSummary, RunSummary } from '../write/sink.js';
import { TOOL_VERSION } from '../version.js';

export function summarise(reports: Report[], lang: Lang, seconds: number, facts: number): RunSummary {
  const flags = { error: 0, warning: 0, info: 0 };
  const gaps: GapSummary[] = [];
  for (const r of reports) {
    for (const f of r.flags) {
      flags[f.severity]++;
      if (f.severity !== 'info') gaps.push({ file: r.file, check: f.check, metric: f.metric, reported: f.reported, expected: f.expected, margin: f.margin });
    }
  }
  gaps.sort((a, b) => new Decimal(b.margin || 0).cmp(new Decimal(a.margin || 0)));
  return {
    toolVersion: TOOL_VERSION,
    createdAt: new Date().toISOString(),
    lang,
    files: reports.length,
    ok: reports.filter((r) => r.status === 'ok').length,
    failed: reports.filter((r) => r.status !== 'ok').length,
    facts,
    flags,
    topGaps: gaps.slice(0, 5),
    seconds,
  };
}

export function printSummary(summary: RunSummary, reports: Report[], outDir: string, lang: Lang, stream: NodeJS.WriteStream = process.stderr): void {
  const failed = reports.filter((r) => r.status !== 'ok');
  const lines: string[] = [];
  if (lang === 'zh') {
    lines.push(`共 ${summary.files} 个文件：成功 ${summary.ok}，未能处理 ${summary.failed}；用时 ${summary.seconds.toFixed(1)} 秒。`);
    lines.push(`发现问题：错误 ${summary.flags.error}，警告 ${summary.flags.warning}，提示 ${summary.flags.info}。`);
    if (summary.topGaps.length) {
      lines.push('差距最大的五处：');
      for (const g of summary.topGaps) lines.push(`  ${g.file}  ${g.check}  ${g.metric || '—'}  报告 ${g.reported}，应为 ${g.expected}（差 ${g.margin}）`);
    }
    for (const r of failed.slice(0, 10)) lines.push(`  未处理：${r.file}（${r.status}）`);
    lines.push(`结果已写入 ${outDir}`);
  } else {
    lines.push(`${summary.files} files: ${summary.ok} ok, ${summary.failed} not processed; ${summary.seconds.toFixed(1)} s.`);
    lines.push(`Findings: ${summary.flags.error} errors, ${summary.flags.warning} warnings, ${summary.flags.info} notes.`);
    if (summary.topGaps.length) {
      lines.push('Five largest gaps:');
      for (const g of summary.topGaps) lines.push(`  ${g.file}  ${g.check}  ${g.metric || '—'}  stated ${g.reported}, expected ${g.expected} (off by ${g.margin})`);
    }
    for (const r of failed.slice(0, 10)) lines.push(`  not processed: ${r.file} (${r.status})`);
    lines.push(`Results written to ${outDir}`);
  }
  stream.write(`${lines.join('\n')}\n`);
}
