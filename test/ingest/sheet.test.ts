/**
 * Spreadsheet adapter (.xlsx, .xls, .csv): the corpus score sheets against their seed text, and synthetic
 * workbooks built here for what the corpus does not cover (formats, merges, titles, hostile files).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zip } from '../harness/zip.js';
import * as XLSX from 'xlsx';
import * as cpexcel from 'xlsx/dist/cpexcel.full.mjs';
import { csvAdapter, xlsAdapter, xlsxAdapter, MAX_SHEET_ROWS } from '../../src/ingest/sheet.js';
import { parseCsv, readRecord } from '../../src/text/csv-parse.js';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS, type Adapter, type IngestOptions } from '../../src/ingest/adapter.js';
import type { DocumentModel, Table } from '../../src/model/document.js';
import { IngestError } from '../../src/model/status.js';
import { firstMissing, itWhen, missingSeed, missingSeedText, seedFile, seedText } from '../harness/needs.js';

const OPTIONS: IngestOptions = { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: '/tmp' };

/** Every non-empty cell's spans, sliced from its line, give back the cell text. */
function expectTraceable(doc: DocumentModel): void {
  for (const table of doc.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell.text === '') {
          expect(cell.spans).toEqual([]);
          continue;
        }
        expect(cell.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end)).join('')).toBe(cell.text);
      }
    }
  }
}

const texts = (table: Table) => table.rows.map((r) => r.map((c) => c.text));
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The seed's score table (tab-separated, one dump per PDF page): data rows with repeated headers dropped and
 * 9-field rows (指标说明 and 参考评分标准 in one field) widened the way corpus/README.md describes.
 */
function seedTable(seed: string, headerRows: number, width: number): { header: string[][]; data: string[][] } {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => l.startsWith('评价指标\t'));
  const rows: string[][] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    if (!l.includes('\t')) break;
    const fields = l.split('\t');
    if (fields.length === width - 1) fields.splice(7, 0, '');
    rows.push(fields);
  }
  const header = rows.slice(0, headerRows);
  // Repeated headers lost cells on some pages (9-field dumps), so they are told by their first cell.
  const starts = header.map((r) => r[0]);
  return { header, data: rows.slice(headerRows).filter((r) => !starts.includes(r[0])) };
}

describe('corpus score spreadsheets', () => {
  const cases = [
    { id: '002', headerRows: 2, width: 7, dataRows: 26, total: '95.00', totalLabel: '合计', scoreCol: 6 },
    { id: '004', headerRows: 3, width: 10, dataRows: 22, total: '98.4', totalLabel: '总得分情况', scoreCol: 8 },
  ];
  const sheet = async (id: string) => {
    const path = seedFile(`${id}.scores.xlsx`)!;
    return xlsxAdapter.read(readFileSync(path), path, OPTIONS);
  };
  for (const c of cases) {
    itWhen(missingSeed(`${c.id}.scores.xlsx`), `${c.id}.scores.xlsx: one sheet, header from merges`, async () => {
      const doc = await sheet(c.id);
      expect(doc.format).toBe('xlsx');
      expect(doc.pageCount).toBe(1);
      expect(doc.tables).toHaveLength(1);
      const table = doc.tables[0]!;
      expect(table.origin).toBe('sheet');
      expect(table.sheet).toBe('评分表');
      expect(table.headerRows).toBe(c.headerRows);
      expect(table.rows.length - table.headerRows).toBe(c.dataRows);
      expect(table.rows[0]).toHaveLength(c.width);
      expect(table.repeatedHeaderRows).toEqual([]);
      expectTraceable(doc);

      // Provenance: sheet 1, Excel row numbers; one line per row.
      expect(doc.lines.every((l) => l.page === 1 && l.kind === 'table-row')).toBe(true);
      expect(doc.lines.map((l) => l.lineNo)).toEqual(doc.lines.map((_, i) => i + 1));

      // The merged header's text appears once; covered cells point at their anchor.
      const headerTexts = table.rows.slice(0, c.headerRows).flat().map((x) => x.text);
      expect(headerTexts.filter((t) => t === '评价指标')).toHaveLength(1);
      expect(table.rows[0]![0]).toMatchObject({ text: '评价指标', colSpan: c.width === 7 ? 4 : 6, rowSpan: 1 });
      expect(table.rows[0]![1]).toMatchObject({ text: '', mergedFrom: [0, 0], spans: [] });
      expect(table.rows[1]![c.width - 1]).toMatchObject({ text: '', mergedFrom: [0, c.width - 1] });
    });

    itWhen(firstMissing(missingSeed(`${c.id}.scores.xlsx`), missingSeedText(c.id)), `${c.id}.scores.xlsx: rows as in the seed text`, async () => {
      const table = (await sheet(c.id)).tables[0]!;
      // Column by column, the data text is the seed's (page-break continuations were joined to the row above,
      // which keeps each column's text in order).
      const seed = seedTable(seedText(c.id)!, c.headerRows, c.width);
      const data = texts(table).slice(c.headerRows);
      for (let col = 0; col < c.width; col++) {
        expect(squeeze(data.map((r) => r[col]).join('')), `column ${col}`).toBe(squeeze(seed.data.map((r) => r[col] ?? '').join('')));
      }
      const last = data[data.length - 1]!;
      expect(last[0]).toBe(c.totalLabel);
      expect(last[c.scoreCol]).toBe(c.total);
    });
  }

  it('002: rows cut by page breaks come whole, numbers as printed', async () => {
    const path = seedFile('002.scores.xlsx')!;
    const doc = await xlsxAdapter.read(readFileSync(path), path, OPTIONS);
    const rows = texts(doc.tables[0]!);
    const row = rows.find((r) => r[2] === '项目实施程序')!;
    expect(row.slice(0, 4)).toEqual(['', '项目管理', '项目实施程序', '2.00']);
    expect(row[6]).toBe('2.00');
    expect(rows.find((r) => r[2] === '编外人员控制率')![6]).toBe('0.00');
    expect(rows.find((r) => r[2] === '预算编制合理性')!.slice(0, 4)).toEqual(['部门决策', '预算编制', '预算编制合理性', '5.00']);
    // The line of a row is its cells joined by tabs.
    const line = doc.lines.find((l) => l.text.startsWith('合计'))!;
    expect(line).toMatchObject({ lineNo: 28, text: '合计\t\t\t100\t\t\t95.00' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Synthetic workbooks

type Aoa = (string | number | null)[][];

interface SheetSpec {
  name: string;
  aoa: Aoa;
  /** Number formats by cell address. */
  formats?: Record<string, string>;
  merges?: string[];
  hidden?: boolean;
  /** Formula cells written without a cached value. */
  formulas?: Record<string, string>;
}

function workbook(sheets: SheetSpec[], bookType: XLSX.BookType): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.aoa);
    for (const [addr, z] of Object.entries(s.formats ?? {})) ws[addr]!.z = z;
    for (const [addr, f] of Object.entries(s.formulas ?? {})) ws[addr] = { t: 'n', f };
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  const hidden = sheets.map((s) => (s.hidden ? 1 : 0) as 0 | 1);
  if (hidden.some(Boolean)) wb.Workbook = { Sheets: sheets.map((s, i) => ({ name: s.name, Hidden: hidden[i] })) };
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType }));
}

const SCORE_SHEET: SheetSpec = {
  name: '自评表',
  aoa: [
    [],
    [null, '2021 年度部门整体支出绩效自评表'],
    [null, '金额单位：万元'],
    [],
    [null, '项目', null, '预算数', '执行数', '执行率'],
    [null, '基本支出', null, 28220.95, 28155.9, 0.9977],
    [], // an empty row inside the table is dropped, row numbers stay Excel's
    [null, '项目支出\n（含专项）', null, 5, 4.5, 0.9],
    [null, '合计', null, '=', null, null],
  ],
  formats: { D6: '#,##0.00', E6: '#,##0.00', F6: '0.00%', D8: '0.00', E8: '0.00', F8: '0.0%' },
  merges: ['B2:F2'],
};

describe('synthetic workbooks', () => {
  const formats: { bookType: XLSX.BookType; adapter: Adapter }[] = [
    { bookType: 'xlsx', adapter: xlsxAdapter },
    { bookType: 'biff8', adapter: xlsAdapter },
  ];
  for (const { bookType, adapter } of formats) {
    it(`${bookType}: display text, title as caption, trimmed rows and columns`, async () => {
      const bytes = workbook([SCORE_SHEET, { name: '空表', aoa: [] }, { name: '附表', aoa: [['a', 'b'], ['1', '2']], hidden: true }], bookType);
      const doc = await adapter.read(bytes, `t.${bookType}`, OPTIONS);
      expect(doc.pageCount).toBe(3);
      expect(doc.tables).toHaveLength(2);
      const [t1, t2] = doc.tables as [Table, Table];
      expect(t1.sheet).toBe('自评表');
      expect(t1.caption).toBe('2021 年度部门整体支出绩效自评表');
      expect(t1.unitNote).toBe('金额单位：万元');
      expect(texts(t1)).toEqual([
        ['项目', '预算数', '执行数', '执行率'],
        ['基本支出', '28,220.95', '28,155.90', '99.77%'],
        ['项目支出 （含专项）', '5.00', '4.50', '90.0%'],
        ['合计', '=', '', ''],
      ]);
      expect(t1.headerRows).toBe(1);
      // Title lines are text, rows keep their Excel row numbers on page = sheet index.
      expect(doc.lines.map((l) => [l.page, l.lineNo, l.kind])).toEqual([
        [1, 2, 'text'],
        [1, 3, 'text'],
        [1, 5, 'table-row'],
        [1, 6, 'table-row'],
        [1, 8, 'table-row'],
        [1, 9, 'table-row'],
        [3, 1, 'table-row'],
        [3, 2, 'table-row'],
      ]);
      expect(doc.lines[3]!.text).toBe('基本支出\t28,220.95\t28,155.90\t99.77%');
      expect(t2.pages).toEqual([3]);
      expect(doc.notes.map((n) => JSON.parse(n))).toContainEqual({ code: 'note-sheet-hidden', params: { sheet: '附表' } });
      expect(doc.blocks.filter((b) => b.kind === 'table').map((b) => b.table)).toEqual([0, 1]);
      expectTraceable(doc);
    });
  }

  it('merged cells in the body: anchor keeps the text once, covered cells point at it', async () => {
    const bytes = workbook(
      [
        {
          name: 'S',
          aoa: [
            ['一级指标', '二级指标', '分值', '得分'],
            ['产出指标', '数量', 10, 10],
            [null, '质量', 10, 9],
            ['效益指标', '满意度', 10, 8.5],
          ],
          merges: ['A2:A3'],
        },
      ],
      'xlsx',
    );
    const doc = await xlsxAdapter.read(bytes, 's.xlsx', OPTIONS);
    const t = doc.tables[0]!;
    expect(t.headerRows).toBe(1);
    expect(t.rows[1]![0]).toMatchObject({ text: '产出指标', rowSpan: 2, colSpan: 1 });
    expect(t.rows[2]![0]).toMatchObject({ text: '', mergedFrom: [1, 0] });
    expect(doc.lines.filter((l) => l.text.includes('产出指标'))).toHaveLength(1);
    expectTraceable(doc);
  });

  it('dates as Chinese Excel shows them', async () => {
    const bytes = workbook([{ name: 'D', aoa: [['填报日期', 44689, 44689]], formats: { B1: 'm/d/yy', C1: 'yyyy"年"m"月"d"日"' } }], 'xlsx');
    const doc = await xlsxAdapter.read(bytes, 'd.xlsx', OPTIONS);
    expect(texts(doc.tables[0]!)).toEqual([['填报日期', '2022/5/8', '2022年5月8日']]);
  });

  it('formula cells: cached value shown, missing cached value noted', async () => {
    const bytes = workbook([{ name: 'F', aoa: [['项目', '金额'], ['甲', 1.5], ['合计', null]], formulas: { B3: 'SUM(B2:B2)' } }], 'xlsx');
    const doc = await xlsxAdapter.read(bytes, 'f.xlsx', OPTIONS);
    expect(texts(doc.tables[0]!)).toEqual([['项目', '金额'], ['甲', '1.5'], ['合计', '']]);
    expect(doc.notes.map((n) => JSON.parse(n))).toEqual([{ code: 'note-formula-no-value', params: { sheet: 'F', count: 1 } }]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// CSV

describe('csv', () => {
  const gbk = (s: string) => Buffer.from(cpexcel.utils.encode(936, s, 'buf') as Uint8Array);
  const table: { name: string; bytes: Buffer; encoding: string; rows: string[][] }[] = [
    {
      name: 'quotes, commas, doubled quotes and a line break inside quotes (UTF-8)',
      bytes: Buffer.from('项目,金额,说明\r\n"基本支出","28,220.95","含""三公""经费"\r\n项目支出,5.00,"第一行\n第二行"\r\n', 'utf8'),
      encoding: 'utf-8',
      rows: [['项目', '金额', '说明'], ['基本支出', '28,220.95', '含"三公"经费'], ['项目支出', '5.00', '第一行 第二行']],
    },
    {
      name: 'GBK from Excel on a Chinese Windows',
      bytes: gbk('部门名称,预算数,执行率\r\n深圳市坪山区政务服务数据管理局,"1,234.50",99.77%\r\n'),
      encoding: 'gb18030',
      rows: [['部门名称', '预算数', '执行率'], ['深圳市坪山区政务服务数据管理局', '1,234.50', '99.77%']],
    },
    {
      name: 'UTF-8 BOM, semicolons, sep= line',
      bytes: Buffer.from('\ufeffsep=;\n指标;分值\n产出;10,5\n', 'utf8'),
      encoding: 'utf-8-bom',
      rows: [['指标', '分值'], ['产出', '10,5']],
    },
    {
      name: 'tabs, no final line break, leading zeros kept',
      bytes: Buffer.from('编码\t名称\n007\t办公费', 'utf8'),
      encoding: 'utf-8',
      rows: [['编码', '名称'], ['007', '办公费']],
    },
  ];
  for (const c of table) {
    it(c.name, async () => {
      const doc = await csvAdapter.read(c.bytes, 'x.csv', OPTIONS);
      expect(doc.encoding).toBe(c.encoding);
      expect(doc.pageCount).toBe(1);
      expect(texts(doc.tables[0]!)).toEqual(c.rows);
      expectTraceable(doc);
    });
  }

  it('record numbers are Excel row numbers, also after a quoted line break', async () => {
    const doc = await csvAdapter.read(Buffer.from('a,"b\nc"\nd,e\n'), 'x.csv', OPTIONS);
    expect(doc.lines.map((l) => [l.lineNo, l.text])).toEqual([[1, 'a\tb c'], [2, 'd\te']]);
  });

  it('parseCsv keeps a stray quote inside an unquoted field and reports an unterminated quote', () => {
    expect(parseCsv('a"b,c\n', { maxRows: 10 }).rows).toEqual([['a"b', 'c']]);
    const r = parseCsv('x,"never closed\n1,2', { maxRows: 10 });
    expect(r.unterminatedQuote).toBe(true);
    expect(r.rows).toEqual([['x', 'never closed\n1,2']]);
  });

  it('readRecord says where each field\'s characters are, and whether it was written as RFC 4180 says', () => {
    const text = '"a""b",,c "d"\nnext';
    const { fields, next } = readRecord(text, ',', 0);
    expect(next).toBe(text.indexOf('next'));
    expect(fields.map((f) => [f.text, f.quoted, f.strict])).toEqual([
      ['a"b', true, true],
      ['', false, true],
      ['c "d"', false, false],
    ]);
    expect(fields[0]!.pieces.map(([s, e]) => text.slice(s, e))).toEqual(['a', '"b']);
    expect(fields.map((f) => f.pieces.map(([s, e]) => text.slice(s, e)).join(''))).toEqual(fields.map((f) => f.text));
  });

  it('a tab-separated text saved as .xls is read as a sheet', async () => {
    const doc = await xlsAdapter.read(Buffer.from('指标\t分值\n产出\t10\n'), 'web-export.xls', OPTIONS);
    expect(texts(doc.tables[0]!)).toEqual([['指标', '分值'], ['产出', '10']]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Bad input: statuses, quickly


function encryptedXlsx(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<encryption/>')]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 3));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

/** A BIFF8 workbook with a FILEPASS record after BOF: how Excel marks a password-protected .xls. */
function encryptedXls(): Buffer {
  const cfb = XLSX.CFB.read(workbook([{ name: 'S', aoa: [['a', 1]] }], 'biff8'), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  const stream = Buffer.from(entry.content);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filepass = Buffer.concat([Buffer.from([0x2f, 0x00, 0x36, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00]), Buffer.alloc(48, 9)]);
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), filepass, stream.subarray(bofEnd)]);
  entry.size = entry.content.length;
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

function randomBytes(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bad input', () => {
  const sheetXml = (cells: number) =>
    Buffer.from(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(cells)}</sheetData></worksheet>`);
  const cases: { name: string; bytes: () => Buffer; adapter: Adapter; status: string }[] = [
    {
      name: 'zip bomb (one 50 MB entry of zeros, ratio ~1000) → too-large',
      bytes: () => zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * 1024 * 1024) }]),
      adapter: xlsxAdapter,
      status: 'too-large',
    },
    {
      name: 'zip bomb that lies about its size → too-large',
      bytes: () => zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(400_000), declaredSize: 1000 }]),
      adapter: xlsxAdapter,
      status: 'too-large',
    },
    { name: 'random bytes named .xlsx → failed', bytes: () => randomBytes(5000), adapter: xlsxAdapter, status: 'failed' },
    {
      name: 'truncated .xlsx → failed',
      bytes: () => readFileSync(seedFile('002.scores.xlsx')!).subarray(0, 6000),
      adapter: xlsxAdapter,
      status: 'failed',
    },
    { name: 'random bytes named .xls → failed', bytes: () => randomBytes(5000), adapter: xlsAdapter, status: 'failed' },
    { name: 'password-protected .xlsx (OLE-wrapped) → encrypted', bytes: encryptedXlsx, adapter: xlsxAdapter, status: 'encrypted' },
    { name: 'password-protected .xls (FILEPASS) → encrypted', bytes: encryptedXls, adapter: xlsAdapter, status: 'encrypted' },
    { name: 'workbook with nothing in it → empty', bytes: () => workbook([{ name: 'S', aoa: [] }], 'xlsx'), adapter: xlsxAdapter, status: 'empty' },
    { name: 'blank CSV → empty', bytes: () => Buffer.from(' \r\n\r\n'), adapter: csvAdapter, status: 'empty' },
    {
      name: `CSV beyond ${MAX_SHEET_ROWS} rows → too-large`,
      bytes: () => Buffer.from('1,2\n'.repeat(MAX_SHEET_ROWS + 1)),
      adapter: csvAdapter,
      status: 'too-large',
    },
    { name: 'CSV beyond the column cap → too-large', bytes: () => Buffer.from('x,'.repeat(5000) + '\n'), adapter: csvAdapter, status: 'too-large' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const bytes = c.bytes();
      const started = Date.now();
      const error = await c.adapter.read(bytes, `bad.${c.adapter.format}`, OPTIONS).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).status).toBe(c.status);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  }

  it('ingest(): random bytes named .xlsx and an encrypted .xlsx get their status through the dispatcher', async () => {
    for (const [bytes, status] of [
      [randomBytes(3000), 'failed'],
      [encryptedXlsx(), 'encrypted'],
    ] as const) {
      const error = await ingest('report.xlsx', bytes, OPTIONS).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as IngestError).status).toBe(status);
    }
  });
});
