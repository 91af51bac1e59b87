import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import type { Report } from '../../src/model/audit.js';
import { createXlsxSink, decimal, XLSX_FILE } from '../../src/write/xlsx.js';
import { Workbook } from '../../src/write/xlsx-book.js';
import { compareFlags } from '../../src/write/html/summary.js';
import { failedReport, FORMULA, hostileReport, runSummary, seed002Text, seedReport, XSS } from './fixtures.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-xlsx-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const SEED = await seed002Text();

async function writeBook(reports: Report[], lang: 'zh' | 'en' = 'zh') {
  const outDir = await tempDir();
  const sink = createXlsxSink({ outDir, lang });
  await Promise.all(reports.map((r) => sink.add(r))); // adds may overlap: the sink keeps their order
  await sink.close(runSummary(lang));
  const bytes = await readFile(join(outDir, XLSX_FILE));
  const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellFormula: true, cellStyles: true });
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const part = (name: string): Buffer => Buffer.from(XLSX.CFB.find(zip, `/${name}`).content);
  return { outDir, wb, part, rows: (sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1 }) };
}

describe('audit.xlsx (zh)', () => {
  let book: Awaited<ReturnType<typeof writeBook>>;
  let reports: Report[];
  beforeAll(async () => {
    reports = [seedReport(SEED), hostileReport(), failedReport()];
    book = await writeBook(reports);
  });

  test('has every sheet, in Chinese', () => {
    expect(book.wb.SheetNames).toEqual(['汇总', '问题', '勾稽关系', '指标', '全部数据', '明细', '表格', '按报告', '无法核验']);
    expect(book.rows('问题')[0]).toContain('计算公式');
  });

  test('one row per report, relation, fact, flag, table cell and unverifiable rate', () => {
    const all = <T,>(f: (r: Report) => T[]) => reports.flatMap(f);
    expect(book.rows('汇总').length - 1).toBe(reports.length);
    expect(book.rows('问题').length - 1).toBe(all((r) => r.flags).length);
    expect(book.rows('勾稽关系').length - 1).toBe(all((r) => r.relations).length);
    expect(all((r) => r.relations).length).toBeGreaterThan(0);
    expect(book.rows('指标').length - 1).toBe(all((r) => r.facts.filter((f) => f.tier === 'core')).length);
    expect(book.rows('明细').length - 1).toBe(all((r) => r.facts.filter((f) => f.tier === 'detail')).length);
    expect(book.rows('全部数据').length - 1).toBe(all((r) => r.figures).length);
    expect(book.rows('表格').length - 1).toBe(all((r) => r.tables.flatMap((t) => t.cells)).length);
    expect(book.rows('无法核验').length - 1).toBe(all((r) => r.unverifiable).length);
  });

  test('flags are sorted by severity, then margin, largest first', () => {
    const expected = reports.flatMap((r) => r.flags).sort(compareFlags);
    const rows = book.rows('问题').slice(1);
    expect(rows.map((r) => r[0])).toEqual(expected.map((f) => ({ error: '错误', warning: '警告', info: '提示' })[f.severity]));
    expect(rows.map((r) => r[15])).toEqual(expected.map((f) => f.check));
    expect(rows[0]![10]).toBe('报告的比率 44.03% 与按报告自身数据算得的 44.89% 不符，超出舍入误差。');
  });

  test('header row frozen, autofilter over the data, widths set, on every sheet', () => {
    book.wb.SheetNames.forEach((name, i) => {
      const xml = book.part(`xl/worksheets/sheet${i + 1}.xml`).toString('utf8');
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"\/>/);
      const ws = book.wb.Sheets[name]!;
      expect(ws['!autofilter']?.ref).toBe(ws['!ref']);
      expect(ws['!cols']?.length).toBe(XLSX.utils.decode_range(ws['!ref']!).e.c + 1);
    });
    expect(book.part('xl/workbook.xml').toString('utf8')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">&apos;问题&apos;!$A$1:$S$6</definedName>`.replace(/&apos;/g, "'"));
  });

  test('numbers only where exact, shown with their printed decimals', () => {
    const ws = book.wb.Sheets['指标']!;
    const rows = book.rows('指标');
    const at = (raw: string) => rows.findIndex((r) => r[5] === raw);
    const money = ws[XLSX.utils.encode_cell({ r: at('1,234.50'), c: 3 })]!;
    expect(money).toMatchObject({ t: 'n', v: 1234.5, z: '#,##0.00' });
    expect(XLSX.SSF.format(money.z as string, money.v)).toBe('1,234.50');
    const rate = ws[XLSX.utils.encode_cell({ r: at('97.21'), c: 3 })]!;
    expect(rate).toMatchObject({ t: 'n', v: 97.21, z: '0.00"%"' });
    expect(XLSX.SSF.format(rate.z as string, rate.v)).toBe('97.21%');
    // raw figures stay text, as printed
    expect(ws[XLSX.utils.encode_cell({ r: at('1,234.50'), c: 5 })]).toMatchObject({ t: 's', v: '1,234.50' });
    // an interval stays text
    const flags = book.rows('问题');
    expect(flags.find((r) => r[7] === '[44.74, 45.05]')).toBeTruthy();
  });

  test('decimal(): exact or text', () => {
    expect(decimal('95.10', '%')).toEqual({ num: '95.10', fmt: '0.00"%"' });
    expect(decimal('21915.8', '万元')).toEqual({ num: '21915.8', fmt: '#,##0.00' });
    expect(decimal('1.2345', '万元')).toEqual({ num: '1.2345', fmt: '#,##0.0000' });
    expect(decimal('12', '人')).toEqual({ num: '12', fmt: '0' });
    expect(decimal('7.6', '%', 2)).toEqual({ num: '7.6', fmt: '0.00"%"' });
    expect(decimal('1234567890123456.7', '万元')).toBe('1234567890123456.7');
    expect(decimal('1e5', '万元')).toBe('1e5');
    expect(decimal('[1, 2]')).toBe('[1, 2]');
    expect(decimal(null)).toBeNull();
  });

  test('text from documents stays text: formulas, markup, Excel escapes, Chinese', () => {
    for (const name of book.wb.SheetNames) {
      for (const [ref, cell] of Object.entries(book.wb.Sheets[name]!)) {
        if (ref.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${ref}`).toBeUndefined();
      }
    }
    const unverifiable = book.rows('无法核验');
    expect(unverifiable[2]![5]).toBe(`备注：${FORMULA} 与 _x0041_ 原样保留。`);
    const cell = book.wb.Sheets['无法核验']!['F3']!;
    expect(cell.t).toBe('s');
    const summary = book.rows('汇总');
    expect(summary[2]![4]).toBe(`深圳市<b>测试</b>局 & ${XSS}`);
    expect(summary[2]![0]).toBe('样本/<img src=x onerror=alert(2)>报告.txt');
    expect(book.rows('表格').some((r) => r[7] === XSS)).toBe(true);
  });

  test('package parts are UTF-8 XML without a BOM', async () => {
    const zip = XLSX.CFB.read(await readFile(join(book.outDir, XLSX_FILE)), { type: 'buffer' });
    const parts = zip.FullPaths.filter((p: string) => /\.(xml|rels)$/.test(p));
    expect(parts.length).toBeGreaterThan(8);
    for (const p of parts) {
      const bytes = Buffer.from(XLSX.CFB.find(zip, p.replace(/^Root Entry/, '')).content);
      expect(bytes.subarray(0, 5).toString('latin1'), p).toBe('<?xml');
    }
    expect(book.part('xl/worksheets/sheet1.xml').toString('utf8')).toContain('深圳市盐田区政务服务数据管理局');
  });

  test('rows link to the report pages, flags to their anchor', () => {
    const ws = book.wb.Sheets['问题']!;
    const link = ws['S2']?.l?.Target;
    expect(link).toMatch(/^reports\/002-[0-9a-f]{10}\.html#flag-0$/);
    // Column W is 查看 (the 23rd: after 数据 and 核心指标).
    expect(book.wb.Sheets['汇总']!['W2']?.l?.Target).toMatch(/^reports\/002-[0-9a-f]{10}\.html$/);
  });

  test('severity cells are coloured', () => {
    const styles = book.part('xl/styles.xml').toString('utf8');
    expect(styles).toContain('FFFFC7CE');
    const sheet = book.part('xl/worksheets/sheet2.xml').toString('utf8');
    const s = /<c r="A2" s="(\d+)"/.exec(sheet)![1];
    const xf = [...styles.matchAll(/<xf numFmtId="\d+" fontId="(\d+)" fillId="(\d+)"[^>]*xfId="0"/g)][Number(s)]!;
    expect(xf[2]).toBe('3'); // the error fill
  });

  test('leaves no temporary files next to the book', async () => {
    expect(await readdir(book.outDir)).toEqual([XLSX_FILE]);
  });
});

test('English sheet names and headers', async () => {
  const { wb, rows } = await writeBook([hostileReport()], 'en');
  expect(wb.SheetNames).toEqual(['Summary', 'Flags', 'Relations', 'Metrics', 'All figures', 'Details', 'Tables', 'By report', 'Unverifiable']);
  expect(rows('Flags')[0]!.slice(0, 3)).toEqual(['Severity', 'Check', 'File']);
  expect(rows('Flags')[1]![0]).toBe('Error');
});

test('a sheet longer than the row limit continues on a second sheet', async () => {
  const dir = await tempDir();
  const book = new Workbook('Calibri');
  const sheet = book.sheet('S', [{ header: 'n' }, { header: 'text' }], { maxRows: 3 });
  for (let i = 0; i < 7; i++) await sheet.add([i, `行 ${i}\u0007`]);
  await book.save(join(dir, 'x.xlsx'), 'test');
  const wb = XLSX.read(await readFile(join(dir, 'x.xlsx')), { type: 'buffer' });
  expect(wb.SheetNames).toEqual(['S', 'S (2)', 'S (3)']);
  expect(XLSX.utils.sheet_to_json(wb.Sheets['S (3)']!)).toEqual([{ n: 6, text: '行 6\uFFFD' }]);
});
