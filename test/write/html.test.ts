import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/model/audit.js';
import { createHtmlSink, INDEX_FILE, reportPageName } from '../../src/write/html/index.js';
import { esc, jsonIsland } from '../../src/write/html/escape.js';
import { TextIndex } from '../../src/write/html/segments.js';
import { failedReport, hostileReport, runSummary, seed002Text, seedReport, XSS } from './fixtures.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-html-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const SEED = await seed002Text();

async function writeSite(reports: Report[], lang: 'zh' | 'en' = 'zh') {
  const outDir = await tempDir();
  const sink = createHtmlSink({ outDir, lang });
  for (const r of reports) await sink.add(r);
  await sink.close({ ...runSummary(lang), topGaps: [{ file: reports[0]!.file, check: 'ratio_mismatch', metric: 'sangong_rate', reported: '44.03', expected: '[44.74, 45.05]', margin: '0.70' }] });
  const read = (p: string) => readFile(join(outDir, p), 'utf8');
  return { outDir, index: await read(INDEX_FILE), page: (r: Report) => read(`reports/${reportPageName(r.file)}`) };
}

describe('index.html and report pages', () => {
  let site: Awaited<ReturnType<typeof writeSite>>;
  let reports: Report[];
  beforeAll(async () => {
    reports = [seedReport(SEED), hostileReport(), failedReport()];
    site = await writeSite(reports);
  });

  test('one page per report, every report listed and linked', async () => {
    const pages = await readdir(join(site.outDir, 'reports'));
    expect(pages.sort()).toEqual(reports.map((r) => reportPageName(r.file)).sort());
    for (const r of reports) expect(site.index).toContain(`href="reports/${reportPageName(r.file)}"`);
    expect(site.index.match(/<tr data-region/g)).toHaveLength(reports.length);
    expect(site.index).toContain('<html lang="zh-CN">');
  });

  test('document text is escaped everywhere: no markup from a report reaches the page', async () => {
    const page = await site.page(reports[1]!);
    for (const html of [page, site.index]) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<b>测试</b>');
      expect(html.match(/<script\b/g)?.length).toBe(html === page ? 2 : 1); // the data island and our script
    }
    expect(page).toContain(esc(XSS));
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;报告.txt');
    expect(page).toContain('=HYPERLINK(&quot;http://example.com/x&quot;,&quot;点我&quot;)');
  });

  test('only the page’s own script may run (CSP with its hash)', async () => {
    const page = await site.page(reports[0]!);
    const script = /<script>([\s\S]*?)<\/script><\/body>/.exec(page)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page).toContain(`script-src &#39;sha256-${hash}&#39;`);
  });

  test('every fact is highlighted and every flag links its evidence', async () => {
    const report = reports[0]!;
    const page = await site.page(report);
    const factIds = new Set([...page.matchAll(/data-f="([\d ]+)"/g)].flatMap((m) => m[1]!.split(' ')));
    report.facts.forEach((_, i) => expect(factIds.has(String(i)), `fact ${i}`).toBe(true));
    report.flags.forEach((flag, k) => {
      expect(page).toContain(`id="flag-${k}"`);
      flag.evidence.forEach((_, j) => {
        expect(page).toMatch(new RegExp(`data-ev="[^"]*\\be${k}-${j}\\b`));
        expect(page).toContain(`data-jump="e${k}-${j}"`);
      });
    });
    expect(page).toContain(esc(report.flags[0]!.formula));
    expect(page).toContain('第 6 页第 21 行');
  });

  test('a figure outside the vocabulary is marked with its label, escaped', async () => {
    const page = await site.page(reports[1]!);
    const marked = /<span class="figure" title="([^"]*)">2021<\/span>/.exec(page);
    expect(marked).not.toBeNull();
    expect(marked![1]).toContain(`${esc(XSS)} 年度: 2021`);
  });

  test('a report that could not be read still gets a page saying why', async () => {
    const page = await site.page(reports[2]!);
    expect(page).toContain('扫描件无文字');
    expect(page).toContain(esc(`无法读取文件：没有文字层 ${XSS}。请检查文件后重试。`));
  });

  test('top gaps link to the flag on its page', () => {
    expect(site.index).toContain(`href="reports/${reportPageName(reports[0]!.file)}#flag-0"`);
  });

  test('English pages', async () => {
    const en = await writeSite([hostileReport()], 'en');
    expect(en.index).toContain('<html lang="en">');
    expect(en.index).toContain('Showing {shown} of {total} reports');
    expect(await en.page(hostileReport())).toContain('Ratio mismatch');
  });
});

test('evidence from another file of the report links to that file’s page instead of marking this text', async () => {
  const report = hostileReport();
  const other = '样本/评分表.xlsx';
  const evidence = report.flags[0]!.evidence[1]!;
  evidence.location = { ...evidence.location, file: other, page: null, line: 3 };
  const site = await writeSite([report]);
  const page = await site.page(report);
  expect(page).not.toMatch(/data-ev="[^"]*\be0-1\b/);
  expect(page).toContain(`<a class="jump" href="${reportPageName(other)}">打开该文件</a>`);
  expect(page).toMatch(/data-ev="[^"]*\be0-0\b/);
});

test('jsonIsland cannot close its script element', () => {
  const s = jsonIsland({ q: '</script><script>alert(1)</script>\u2028&' });
  expect(s).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(s)).toEqual({ q: '</script><script>alert(1)</script>\u2028&' });
});

test('segments split at every fact and evidence boundary and at table tabs', () => {
  const lines = [
    { page: 1, line: 1, kind: 'text', text: '支出 2.11 万元，占 44.03%' },
    { page: 1, line: 2, kind: 'table-row', text: '项目\t4.70\t2.11' },
  ];
  const index = new TextIndex(lines);
  const loc = (line: number, start: number, end: number) => ({ file: 'x', page: 1, line: line + 1, quote: '', spans: [{ line, start, end }] });
  index.addFact(0, loc(0, 3, 7));
  index.addFact(1, loc(0, 3, 10)); // overlaps fact 0
  expect(index.addEvidence(['f0', 'e0-0'], loc(0, 3, 7))).toBe(0);
  expect(index.addEvidence(['f0', 'e0-1'], { ...loc(1, 0, 0), spans: [] })).toBe(1); // no spans: the whole line
  expect(index.addFact(2, loc(5, 0, 3))).toBe(false); // out of range: ignored
  expect(index.segments(0).map((s) => [s.text, s.facts, s.ev])).toEqual([
    ['支出 ', [], []],
    ['2.11', [0, 1], ['f0', 'e0-0']],
    [' 万元', [1], []],
    ['，占 44.03%', [], []],
  ]);
  expect(index.segments(1).map((s) => (s.cellBreak ? '|' : s.text)).join('')).toBe('项目|4.70|2.11');
  expect(index.marks.get(1)?.lineEv).toEqual(['f0', 'e0-1']);
});

test('page names are ASCII, stable and distinct for equal base names', () => {
  const a = reportPageName('甲/报告.pdf');
  const b = reportPageName('乙/报告.pdf');
  expect(a).toMatch(/^report-[0-9a-f]{10}\.html$/);
  expect(a).not.toBe(b);
  expect(reportPageName('x/2021 Report (final).docx')).toMatch(/^2021-Report-final-[0-9a-f]{10}\.html$/);
  expect(reportPageName('甲/报告.pdf')).toBe(a);
});
