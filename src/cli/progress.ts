/**
 * Progress on stderr: a one-line bar on a terminal (files done/total, current file, ETA), plain lines otherwise
 * (logs, CI), nothing with --quiet. The end-of-run summary is printed by summary.ts.
 */
import { basename } from 'node:path';
import type { Report } from '../model/audit.js';
import { type Lang } from '../i18n/messages.js';
import { render } from '../write/render.js';
import { statusLabel } from '../write/html/labels.js';
import { counted } from '../batch/summary.js';

export interface Progress {
  start(file: string): void;
  done(reports: Report[]): void;
  finish(): void;
}

function eta(seconds: number, lang: Lang): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return lang === 'zh' ? `剩余约 ${m ? `${m} 分 ` : ''}${s} 秒` : `ETA ${m ? `${m}m ` : ''}${s}s`;
}

function statusText(r: Report, lang: Lang): string {
  if (r.status !== 'ok') return `${statusLabel(r.status, lang)}${r.error ? `${lang === 'zh' ? '：' : ': '}${render(r.error, lang)}` : ''}`;
  const errors = r.flags.filter((f) => f.severity === 'error').length;
  const warnings = r.flags.filter((f) => f.severity === 'warning').length;
  // Every figure read (figures.csv), the count every view calls 数据.
  const facts = r.figures.length;
  return lang === 'zh'
    ? `完成（${facts} 项数据，${errors} 个错误，${warnings} 个警告）`
    : `audited (${counted(facts, 'figure')}, ${counted(errors, 'error')}, ${counted(warnings, 'warning')})`;
}

export function createProgress(total: number, options: { quiet: boolean; lang: Lang; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  const started = Date.now();
  let done = 0;
  const running = new Set<string>();
  if (options.quiet) return { start() {}, done() {}, finish() {} };
  const tty = stream.isTTY === true;
  const width = () => Math.max(20, Math.min(40, (stream.columns ?? 80) - 60));
  const draw = () => {
    const share = total ? done / total : 1;
    const filled = Math.round(share * width());
    const elapsed = (Date.now() - started) / 1000;
    const remaining = done ? (elapsed / done) * (total - done) : NaN;
    const current = [...running].map((f) => basename(f)).join(', ').slice(0, 40);
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width() - filled)}] ${done}/${total} ${eta(remaining, options.lang)} ${current}`;
    stream.write(`\r\x1b[2K${line}`);
  };
  return {
    start(file) {
      running.add(file);
      if (tty) draw();
    },
    done(reports) {
      for (const r of reports) {
        running.delete(r.file);
        done += 1;
        if (!tty) stream.write(`[${done}/${total}] ${r.file} ${statusText(r, options.lang)}\n`);
      }
      if (tty) draw();
    },
    finish() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
