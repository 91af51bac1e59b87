/**
 * What one run over a folder writes, read back from every output: every file has its row (an .rtf included),
 * identical files list each other, the unit slip of seed 004 carries its corrected value and a suspect marker
 * everywhere, metrics-by-report.csv has one row per report, the counts agree between outputs, index.html has
 * the score chart, and audit.json is the same whatever --lang was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readCsv, ROOT, runCli, type CliResult } from './batch/cli.js';
import type { Audit, Report } from '../src/model/audit.js';

const EXAMPLES = join(ROOT, 'fixtures', 'examples');

let work: string;
let zh: CliResult;
let en: CliResult;
const out = (name: string, lang: 'zh' | 'en' = 'zh') => join(work, lang === 'zh' ? 'out' : 'out-en', name);
const audit = (lang: 'zh' | 'en' = 'zh') => JSON.parse(readFileSync(out('audit.json', lang), 'utf8')) as Audit;
const rowOf = (rows: Array<Record<string, string>>, file: string) => rows.find((r) => r.file === file)!;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'jixiao-outputs-'));
  const dir = join(work, 'in');
  mkdirSync(join(dir, 'copy'), { recursive: true });
  for (const name of ['002.docx', '002.scores.xlsx', '004.gbk.txt']) copyFileSync(join(EXAMPLES, name), join(dir, name));
  copyFileSync(join(EXAMPLES, '004.gbk.txt'), join(dir, 'copy', '004-again.gbk.txt'));
  writeFileSync(join(dir, 'notes.rtf'), '{\\rtf1\\ansi 预算执行率 95%}');
  writeFileSync(join(dir, '002.rtf'), '{\\rtf1\\ansi same stem as the report}');
  writeFileSync(join(dir, '.hidden.txt'), 'skipped: hidden');
  zh = await runCli(['audit', 'in', '--out', 'out'], { cwd: work });
  en = await runCli(['audit', 'in', '--out', 'out-en', '--lang', 'en', '--format', 'csv,json'], { cwd: work });
}, 300_000);

describe('one run over a folder', () => {
  it('exits 1 (two files are unsupported) and says so in one line each', () => {
    expect(zh.code, zh.stderr).toBe(1);
    expect(zh.stderr).toMatch(/未处理：in\/002\.rtf（不支持）/);
    expect(zh.stderr).toMatch(/其中 2 个文件与本次的其他文件内容完全相同/);
    // A first run reuses nothing from an earlier one: a copy of a file of the same run is not "reused".
    expect(zh.stderr).not.toContain('沿用此前运行的结果');
    expect(en.stderr).not.toContain('reused from an earlier run');
    expect(en.stderr).toMatch(/^2 files have the same bytes as another file of this run/m);
    expect(en.stderr).toMatch(/^Findings: \d+ errors, \d+ warnings?, 0 notes\.$/m);
  });

  it('gives every file a row in reports.csv, unsupported ones included, hidden ones skipped', () => {
    const rows = readCsv(out('reports.csv'));
    expect(rows.map((r) => [r.file, r.status])).toEqual([
      ['in/002.docx', 'ok'],
      ['in/002.scores.xlsx', 'ok'],
      ['in/002.rtf', 'unsupported'],
      ['in/004.gbk.txt', 'ok'],
      ['in/copy/004-again.gbk.txt', 'ok'],
      ['in/notes.rtf', 'unsupported'],
    ]);
    expect(rowOf(rows, 'in/notes.rtf').error).toBe('不支持的文件类型（.rtf）；支持 PDF、Word、HTML、文本和 Excel。');
    expect(rowOf(rows, 'in/002.scores.xlsx').group).toBe('in/002.docx');
  });

  it('lists identical files as duplicates of each other, in every output', () => {
    const rows = readCsv(out('reports.csv'));
    expect(rowOf(rows, 'in/004.gbk.txt').duplicates).toBe('in/copy/004-again.gbk.txt');
    expect(rowOf(rows, 'in/copy/004-again.gbk.txt').duplicates).toBe('in/004.gbk.txt');
    expect(rows.filter((r) => r.duplicates).length).toBe(2);
    const reports = audit().reports;
    expect(reports.find((r) => r.file === 'in/004.gbk.txt')!.duplicates).toEqual(['in/copy/004-again.gbk.txt']);
    const wb = XLSX.read(readFileSync(out('audit.xlsx')));
    const summary = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['汇总']!);
    expect(summary.find((r) => r['文件'] === 'in/004.gbk.txt')!['内容相同的文件']).toBe('in/copy/004-again.gbk.txt');
  });

  it('carries a unit slip with its corrected value and a suspect marker in every output', () => {
    const metrics = readCsv(out('metrics.csv')).filter((r) => r.file === 'in/004.gbk.txt' && r.metric === 'spend_project' && r.raw_unit === '亿元');
    expect(metrics.map((r) => [r.value, r.unit, r.raw, r.suspect, r.value_as_printed])).toEqual([['21915.81', '万元', '21915.81', 'unit_suspect', '219158100']]);
    expect(readCsv(out('metrics.csv')).some((r) => r.value === '219158100')).toBe(false);

    const report = audit().reports.find((r) => r.file === 'in/004.gbk.txt')!;
    const fact = report.facts.find((f) => f.suspect)!;
    expect(fact).toMatchObject({ metric: 'spend_project', value: '21915.81', suspect: { check: 'unit_suspect', valueAsPrinted: '219158100' } });
    expect(report.flags.find((f) => f.id === fact.suspect!.flag)!.check).toBe('unit_suspect');

    const byReport = rowOf(readCsv(out('metrics-by-report.csv')), 'in/004.gbk.txt');
    expect([byReport.spend_project, byReport.suspect]).toEqual(['21915.81', 'spend_project']);

    const wb = XLSX.read(readFileSync(out('audit.xlsx')));
    const facts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['指标']!);
    const corrected = facts.filter((r) => r['文件'] === 'in/004.gbk.txt' && r['存疑并已更正']);
    expect(corrected.map((r) => [r['指标'], r['数值'], r['存疑并已更正'], r['按原文单位的数值']])).toEqual([['项目支出', 21915.81, '单位存疑', 219158100]]);

    const page = readFileSync(join(work, 'out', 'reports', readdirSync(join(work, 'out', 'reports')).find((n) => n.startsWith('004.gbk'))!), 'utf8');
    expect(page).toContain('已更正：按原文单位为 219158100 万元');
  });

  it('writes metrics-by-report.csv: one row per report, one column per metric, agreeing with reports.csv', () => {
    const byReport = readCsv(out('metrics-by-report.csv'));
    const reports = readCsv(out('reports.csv'));
    // The score sheet joined to 002.docx folds into its row.
    expect(byReport.map((r) => r.file)).toEqual(reports.filter((r) => r.file !== 'in/002.scores.xlsx').map((r) => r.file));
    const header = Object.keys(byReport[0]!);
    expect(header.slice(0, 13)).toEqual(['file', 'status', 'dept', 'region', 'year', 'self_score', 'rescored_min', 'rescored_max', 'flags_error', 'flags_warning', 'flags_info', 'facts', 'suspect']);
    expect(header).toEqual(expect.arrayContaining(['budget_initial', 'spend_total', 'exec_rate', 'sangong_rate', 'staff_rate', 'satisfaction_rate']));
    expect(header).not.toContain('score_item');
    for (const file of ['in/002.docx', 'in/004.gbk.txt']) {
      const r = rowOf(byReport, file);
      const s = rowOf(reports, file);
      expect([r.dept, r.year, r.self_score, r.rescored_min, r.rescored_max, r.flags_error], file).toEqual([s.dept, s.year, s.self_score, s.rescored_min, s.rescored_max, s.flags_error]);
    }
    expect(Number(rowOf(byReport, 'in/002.docx').facts)).toBe(Number(rowOf(reports, 'in/002.docx').facts) + Number(rowOf(reports, 'in/002.scores.xlsx').facts));
    // Seed 004 states its 2020 spending as 24503.02 万元 (README, gold).
    expect(rowOf(byReport, 'in/004.gbk.txt').spend_total).toBe('24503.02');
    expect(rowOf(byReport, 'in/notes.rtf')).toMatchObject({ status: 'unsupported', spend_total: '', facts: '0' });
  });

  it('counts figures the same way in reports.csv, audit.xlsx, index.html and the report pages', () => {
    const reports = readCsv(out('reports.csv'));
    const figures = readCsv(out('figures.csv'));
    // 数据 is every figure of figures.csv; 核心指标 the rows of metrics.csv.
    for (const r of reports) expect(Number(r.figures), r.file).toBe(figures.filter((f) => f.file === r.file).length);
    for (const r of reports) expect(Number(r.facts), r.file).toBe(readCsv(out('metrics.csv')).filter((f) => f.file === r.file).length);
    const wb = XLSX.read(readFileSync(out('audit.xlsx')));
    const summary = XLSX.utils.sheet_to_json<Record<string, number | string>>(wb.Sheets['汇总']!);
    expect(summary.map((r) => [Number(r['数据']), Number(r['核心指标'])])).toEqual(reports.map((r) => [Number(r.figures), Number(r.facts)]));
    const index = readFileSync(out('index.html'), 'utf8');
    expect(index).toContain(`<span class="k">数据</span><span class="v">${figures.length}</span>`);
    expect(index).toContain(`<span class="k">核心指标</span><span class="v">${reports.reduce((n, r) => n + Number(r.facts), 0)}</span>`);
    // On a report page, the 指标 card and the 指标 tab count the same list.
    const page = readFileSync(join(work, 'out', 'reports', readdirSync(join(work, 'out', 'reports')).find((n) => n.startsWith('004.gbk'))!), 'utf8');
    const card = /<span class="k">指标<\/span><span class="v">(\d+)<\/span>/.exec(page)![1];
    const tab = /id="tab-facts"[^>]*>指标<span class="n">(\d+)<\/span>/.exec(page)![1];
    expect(card).toBe(tab);
    const row = rowOf(reports, 'in/004.gbk.txt');
    expect(Number(card)).toBe(Number(row.facts) + Number(row.details));
    expect(/<span class="k">数据<\/span><span class="v">(\d+)<\/span>/.exec(page)![1]).toBe(row.figures);
    // The workbook's seconds are rounded, not 0.569895113000002.
    for (const r of summary) expect(String(r['用时（秒）']), String(r['文件'])).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('gives a name beside every metric id of the CSVs, in the language of --lang', () => {
    for (const file of ['metrics.csv', 'details.csv', 'figures.csv', 'flags.csv']) {
      const header = Object.keys(readCsv(out(file))[0]!);
      expect(header[header.indexOf('metric') + 1], file).toBe('name');
      for (const lang of ['zh', 'en'] as const) {
        const named = readCsv(out(file, lang)).filter((r) => r.metric);
        expect(named.length, file).toBeGreaterThan(0);
        for (const r of named) expect(r.name, `${file} ${r.metric}`).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /^[“"A-Za-z0-9 ,()'’.-]+”?[A-Za-z0-9 ,()'’.-]*$/);
      }
    }
    expect(rowOf(readCsv(out('metrics.csv')), 'in/004.gbk.txt')).toBeDefined();
    expect(readCsv(out('metrics.csv')).find((r) => r.metric === 'spend_project')!.name).toBe('项目支出');
    expect(readCsv(out('metrics.csv', 'en')).find((r) => r.metric === 'spend_project')!.name).toBe('spending, projects');
  });

  it('names the scoring framework in the workbook and in reports.csv', () => {
    const wb = XLSX.read(readFileSync(out('audit.xlsx')));
    const summary = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['汇总']!);
    expect(summary.find((r) => r['文件'] === 'in/004.gbk.txt')!['评分框架']).toBe('部门整体支出绩效评价共性指标体系框架（2020年修订）');
    const row = rowOf(readCsv(out('reports.csv')), 'in/004.gbk.txt');
    expect([row.rubric, row.rubric_name]).toEqual(['shenzhen-dept-2020', '部门整体支出绩效评价共性指标体系框架（2020年修订）']);
  });

  it('names metrics, not ids, where people read them', () => {
    const wb = XLSX.read(readFileSync(out('audit.xlsx')));
    const details = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['明细']!);
    expect(details.length).toBeGreaterThan(0);
    for (const r of details) expect(r['指标'], r['指标代码']).not.toMatch(/^[a-z0-9_]+$/);
    const byReportHeader = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['按报告']!, { header: 1 })[0]!;
    expect(byReportHeader).toEqual(expect.arrayContaining(['项目支出（万元）', '预算执行率（%）']));
    const flags = readFileSync(out('flags.csv'), 'utf8');
    expect(flags).not.toMatch(/\{[a-z0-9_]+\}/);
    expect(flags).toContain('项目支出写作 21915.81亿元');
    expect(readFileSync(out('flags.csv', 'en'), 'utf8')).toContain('Spending, projects is written 21915.81 亿元');
  });

  it('draws stated against re-scored scores in index.html', () => {
    const html = readFileSync(out('index.html'), 'utf8');
    const chart = /<figure class="score-chart">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    const byReport = readCsv(out('metrics-by-report.csv')).filter((r) => r.self_score && r.rescored_max);
    expect(byReport.length).toBeGreaterThan(0);
    expect(chart.match(/<a href="reports\/[^"]+\.html" class="pt /g)).toHaveLength(byReport.length);
    expect(chart).toContain(`共 ${byReport.length} 份报告既有自评分又能复核`);
  });

  it('writes the same audit.json whatever --lang was', () => {
    const strip = (reports: Report[]) => reports.map((r) => ({ ...r, seconds: 0 }));
    expect(audit('en').lang).toBe('en');
    expect(strip(audit('en').reports)).toEqual(strip(audit('zh').reports));
    // Metrics in message parameters are ids, named only when rendered.
    const labels = audit('zh').reports.flatMap((r) => r.flags.map((f) => f.message.params?.label)).filter((l) => l !== undefined && l !== '');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\{[a-z0-9_]+\}$/);
  });
});
