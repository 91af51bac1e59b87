/**
 * `jixiao inspect <file>` shows exactly the flags `jixiao audit` writes for that file: the same ids, severities,
 * checks and messages, in the same order, for every file of ../shared/realdev (and of fixtures/examples, which any
 * clone has). Audit runs as the compiled CLI over the whole folder; inspect runs on each file. Headings follow
 * --lang.
 */
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInspect } from '../src/cli/inspect.js';
import { severityLabel } from '../src/write/html/labels.js';
import type { Severity } from '../src/model/audit.js';
import { readCsv, runCli } from './batch/cli.js';
import { describeWhen, EXAMPLES, MISSING, REALDEV } from './harness/needs.js';

const work = mkdtempSync(join(tmpdir(), 'jixiao-inspect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function inspect(path: string, lang: 'zh' | 'en' = 'zh'): Promise<{ code: number; text: string }> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const code = await runInspect({ command: 'inspect', path, lang, ocr: 'off' }, out);
  return { code, text };
}

/** The flags of inspect's output: [id, severity label, check id, message] from each flag's heading and message line. */
function inspectedFlags(text: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^## (问题|Flags)/.test(l));
  const flags: string[][] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const head = /^\[(\S+)\] (\S+) · .*? \(([a-z_]+)\)/.exec(lines[i]!);
    if (!head) continue;
    const message = /^ {4}(?:说明：|Message: )(.*)$/.exec(lines[i + 1] ?? '');
    flags.push([head[1]!, head[2]!, head[3]!, message?.[1] ?? '(no message line)']);
  }
  return flags;
}

/** Audit a folder with the CLI, then inspect each file it audited and compare the flags file by file. */
function sameFlagsAsAudit(folder: string, name: string) {
  let rows: Array<Record<string, string>>;
  let files: string[];
  beforeAll(async () => {
    const out = join(work, name);
    const run = await runCli(['audit', folder, '--out', out, '--format', 'csv', '--quiet', '--ocr', 'off']);
    expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
    rows = readCsv(join(out, 'flags.csv'));
    files = readCsv(join(out, 'reports.csv')).filter((r) => r.status === 'ok').map((r) => r.file!);
    expect(files.length).toBeGreaterThan(3);
  }, 300_000);

  it('every file audited: inspect lists the flags of flags.csv, in order', async () => {
    const differ: string[] = [];
    for (const file of files) {
      const { code, text } = await inspect(file);
      expect(code, file).toBe(0);
      const audited = rows
        .filter((r) => r.file === file)
        .map((r) => [r.flag_id!, severityLabel(r.severity as Severity, 'zh'), r.check!, r.message!.replace(/^'(?=[=+\-@])/, '')]);
      const shown = inspectedFlags(text);
      if (JSON.stringify(shown) !== JSON.stringify(audited)) differ.push(`${file}\n  audit:   ${JSON.stringify(audited)}\n  inspect: ${JSON.stringify(shown)}`);
    }
    expect(differ).toEqual([]);
    // Not a comparison of nothing with nothing.
    expect(rows.length).toBeGreaterThan(3);
  }, 600_000);
}

describeWhen(MISSING.realdev, 'inspect and audit agree on every file of ../shared/realdev', () => sameFlagsAsAudit(REALDEV, 'realdev'));

describe('inspect and audit agree on fixtures/examples', () => {
  sameFlagsAsAudit(EXAMPLES, 'examples');

  it.each([
    ['zh', ['## 段落与表格', '## 指标', '## 全部数据', '## 增减、增幅与占比的表述', '## 问题']],
    ['en', ['## Blocks', '## Metrics', '## Figures', '## Claims', '## Flags']],
  ] as const)('its headings are in the language asked for (%s)', async (lang, headings) => {
    const { text } = await inspect(join(EXAMPLES, '004.gbk.txt'), lang);
    const shown = text.split('\n').filter((l) => l.startsWith('## '));
    expect(shown.map((h) => headings.find((w) => h.startsWith(w)) ?? h)).toEqual(headings);
    if (lang === 'zh') for (const h of shown) expect(h, h).not.toMatch(/\b(Flags|Figures|checks|unverifiable|none)\b/);
    else for (const h of shown) expect(h, h).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
