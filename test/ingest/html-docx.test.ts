/**
 * HTML, .docx and .doc adapters on the real corpus (../shared/corpus/NNN: the .html was rendered from NNN.txt,
 * the .docx from the .html by pandoc, the .doc from the .docx by LibreOffice), and synthetic pages and zips for
 * what the corpus does not cover: GB charsets, merged cells, page chrome, zip bombs, truncation, deep nesting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zip } from '../harness/zip.js';
import * as XLSX from 'xlsx';
import { htmlAdapter } from '../../src/ingest/html.js';
import { docxAdapter } from '../../src/ingest/docx.js';
import { docAdapter, convertDocs, findSoffice } from '../../src/ingest/doc.js';
import { readWord97 } from '../../src/ingest/doc-binary.js';
import { htmlToModel } from '../../src/ingest/html-model.js';
import { capNesting } from '../../src/ingest/html-depth.js';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS, type IngestOptions } from '../../src/ingest/adapter.js';
import type { DocumentModel } from '../../src/model/document.js';
import { IngestError } from '../../src/model/status.js';
import { CORPUS, describeWhen, itWhen, MISSING, seedFile, seedText } from '../harness/needs.js';

const SEEDS = ['000', '001', '002', '003', '004'];
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-html-docx-'));
const OPTIONS: IngestOptions = { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: tmp };

const squash = (s: string) => s.replace(/\s+/g, '');
/** A seed line as the renderer printed it: Markdown heading and bold marks are rendered, not shown. */
const unmark = (s: string) => s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*/g, '');
const cellText = (s: string) => unmark(s).replace(/\s+/g, ' ').trim();

/** The seed's tab tables, grouped as the corpus renderer did (README: a table goes on across blank lines when the next tab line has as many fields). */
function seedTables(txt: string): string[][][] {
  const lines = txt.split(/\r?\n/);
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  let fields = 0;
  let blank = false;
  for (const line of lines) {
    if (line.includes('\t')) {
      const n = line.split('\t').length;
      if (current && (!blank || n === fields)) current.push(line.split('\t').map(cellText));
      else tables.push((current = [line.split('\t').map(cellText)]));
      fields = n;
      blank = false;
    } else if (line.trim() === '') {
      blank = true;
    } else {
      current = null;
      blank = false;
    }
  }
  return tables;
}

/** The rows of each model table as its row lines show them (separator rows included), cells split at tabs. */
function modelTableLines(doc: DocumentModel): string[][][] {
  return doc.blocks.filter((b) => b.kind === 'table').map((b) => b.lines.map((l) => doc.lines[l]!.text.split('\t')));
}

function expectTraceable(doc: DocumentModel): void {
  for (const table of doc.tables) {
    const width = table.rows[0]!.length;
    for (const row of table.rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        if (cell.text === '') expect(cell.spans).toEqual([]);
        else expect(cell.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end)).join('')).toBe(cell.text);
      }
    }
  }
}

function expectSeedText(doc: DocumentModel, txt: string): void {
  const text = squash(doc.lines.filter((l) => l.kind !== 'table-row').map((l) => l.text).join(''));
  let at = 0;
  for (const line of txt.split(/\r?\n/)) {
    if (line.includes('\t') || line.trim() === '') continue;
    const want = squash(unmark(line));
    const found = text.indexOf(want, at);
    expect(found, `not found in order: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + want.length;
  }
}

function expectSeedTables(doc: DocumentModel, txt: string): void {
  const want = seedTables(txt);
  const got = modelTableLines(doc).map((t) => t.map((r) => r.map(cellText)));
  expect(got).toEqual(want);
  // The Table grid holds the same cells (rows of dashes under two 000 tables are dropped as separators).
  const isRule = (r: string[]) => r.some((c) => c !== '') && r.every((c) => c === '' || /^[-—–=:|]{2,}$/.test(c));
  expect(doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual(want.map((t) => t.filter((r) => !isRule(r))));
}

async function read(adapter: typeof htmlAdapter, path: string, options = OPTIONS): Promise<DocumentModel> {
  return adapter.read(readFileSync(path), path, options);
}

async function statusOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof IngestError) return error.status;
    throw error;
  }
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The seeds' .html, .docx and .doc beside their text: only ../shared/corpus has them all.
describeWhen(MISSING.corpus, 'corpus: .html, .docx and .doc against the seed text', () => {
  const html = new Map<string, DocumentModel>();
  let converted = new Map<string, string>();

  beforeAll(async () => {
    for (const seed of SEEDS) html.set(seed, await read(htmlAdapter, join(CORPUS, seed, `${seed}.html`)));
    // One LibreOffice call for all .doc files, as the batch does.
    if (findSoffice()) converted = await convertDocs(SEEDS.map((s) => join(CORPUS, s, `${s}.doc`)), tmp);
  });

  it.each(SEEDS)('%s.html has every seed line in order and every tab table', (seed) => {
    const txt = readFileSync(join(CORPUS, seed, `${seed}.txt`), 'utf8');
    const doc = html.get(seed)!;
    expect(doc.encoding).toBe('utf-8');
    expectSeedText(doc, txt);
    expectSeedTables(doc, txt);
    expectTraceable(doc);
    // Markdown headings of the seed were rendered as h1–h6.
    const headings = txt.split('\n').filter((l) => /^#{1,6}\s/.test(l)).map((l) => squash(unmark(l)));
    expect(doc.lines.filter((l) => l.kind === 'heading').map((l) => squash(l.text))).toEqual(headings);
  });

  it.each(SEEDS)('%s.docx reads as its .html', async (seed) => {
    const doc = await read(docxAdapter, join(CORPUS, seed, `${seed}.docx`));
    const txt = readFileSync(join(CORPUS, seed, `${seed}.txt`), 'utf8');
    expectSeedText(doc, txt);
    expectSeedTables(doc, txt);
    expectTraceable(doc);
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual(html.get(seed)!.lines.map((l) => [l.kind, l.text]));
  });

  it.each(SEEDS)('%s.doc reads as its .html', async (seed) => {
    const path = join(CORPUS, seed, `${seed}.doc`);
    if (findSoffice()) expect(converted.has(path), 'LibreOffice converted it').toBe(true);
    const doc = await read(docAdapter, path, { ...OPTIONS, converted });
    const txt = readFileSync(join(CORPUS, seed, `${seed}.txt`), 'utf8');
    expectSeedText(doc, txt);
    expectSeedTables(doc, txt);
    expectTraceable(doc);
    expect(doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual(
      html.get(seed)!.tables.map((t) => t.rows.map((r) => r.map((c) => c.text))),
    );
    expect(doc.format).toBe('doc');
  });

  it('002.doc: the table LibreOffice drops on import is read from the .doc itself', async () => {
    // LibreOffice 7.4 imports the 002 score table as one paragraph of run-together cells.
    const path = join(CORPUS, '002', '002.doc');
    const doc = await read(docAdapter, path, { ...OPTIONS, converted });
    expect(doc.tables).toHaveLength(6);
    expect(doc.notes.some((n) => n.includes('doc-read-directly'))).toBe(true);
  });

  it.each(SEEDS)('%s.doc read by the Word 97 reader alone gives the .html lines', (seed) => {
    const word = readWord97(readFileSync(join(CORPUS, seed, `${seed}.doc`)))!;
    const doc = htmlToModel(word.html, { file: `${seed}.doc`, format: 'doc' });
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual(html.get(seed)!.lines.map((l) => [l.kind, l.text]));
  });

  it('a single .doc without a batch conversion is converted on its own', async () => {
    const path = join(CORPUS, '003', '003.doc');
    const doc = await read(docAdapter, path);
    expectSeedText(doc, readFileSync(join(CORPUS, '003', '003.txt'), 'utf8'));
    expect(doc.notes.some((n) => n.includes(findSoffice() ? 'doc-converted' : 'doc-read-directly-no-libreoffice'))).toBe(true);
  });

});

describe('the seed copies of fixtures/examples', () => {
  it('the ingest entry point picks the adapters by content', async () => {
    for (const [name, format, tables] of [['002.docx', 'docx', 6], ['003.html', 'html', 0]] as const) {
      const path = seedFile(name)!;
      const { doc, format: read } = await ingest(path, readFileSync(path), OPTIONS);
      expect(read).toBe(format);
      expect(doc.tables).toHaveLength(tables);
      expect(doc.lines.length).toBeGreaterThan(50);
    }
  });
});

/** fixtures/word/merged.doc: LibreOffice 7.4 (`--infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97"`) from merged.html beside it. */
describe('a .doc with merged cells', () => {
  const path = new URL('../../fixtures/word/merged.doc', import.meta.url).pathname;

  itWhen(findSoffice() ? null : 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui)', 'through LibreOffice keeps the merges, the heading and the header rows', async () => {
    const doc = await read(docAdapter, path);
    expect(doc.notes).toContain(JSON.stringify({ code: 'doc-converted' }));
    expect(doc.lines[0]).toMatchObject({ kind: 'heading', text: '2021 年度部门整体支出绩效自评报告' });
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额（万元）', ''],
      ['', '预算数', '执行数'],
      ['培训支出', '17.35', '8.01'],
      ['合计', '25.36', ''],
      ['', '1', '2'],
    ]);
    expect(t.rows[4]![0]!.mergedFrom).toEqual([3, 0]);
    expect(t.headerRows).toBe(2);
    expectTraceable(doc);
  });

  it('the Word 97 reader alone keeps text, heading and rows (merged cells come out empty or short)', () => {
    const doc = htmlToModel(readWord97(readFileSync(path))!.html, { file: 'merged.doc', format: 'doc' });
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual([
      ['heading', '2021 年度部门整体支出绩效自评报告'],
      ['text', '年度预算执行率为 99.77%。'],
      ['table-row', '项目\t金额（万元）\t'],
      ['table-row', '\t预算数\t执行数'],
      ['table-row', '培训支出\t17.35\t8.01'],
      ['table-row', '合计\t25.36\t'],
      ['table-row', '\t1\t2'],
      ['text', '结束。'],
    ]);
  });
});

describe('HTML charsets', () => {
  // Seed 004 in GB18030 (fixtures/examples) and its text.
  const gbkLines = readFileSync(seedFile('004.gbk.txt')!);
  const utf8Lines = seedText('004')!.split('\n').slice(0, 12);

  /** A page whose paragraphs are the seed's GBK bytes (GBK keeps ASCII, so the markup stays ASCII). */
  function gbkPage(meta: string): Buffer {
    const parts: Buffer[] = [Buffer.from(`<!DOCTYPE html><html><head>${meta}<title>t</title></head><body>\n`)];
    let start = 0;
    for (let i = 0; i < 12; i++) {
      const end = gbkLines.indexOf(0x0a, start);
      parts.push(Buffer.from('<p>'), gbkLines.subarray(start, end), Buffer.from('</p>\n'));
      start = end + 1;
    }
    parts.push(Buffer.from('</body></html>'));
    return Buffer.concat(parts);
  }
  const expected = () => utf8Lines.filter((l) => l.trim() !== '').map((l) => l.trim());

  it.each([
    ['<meta charset=gb2312>'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">'],
    [''],
  ])('GBK bytes with %s decode as GB18030', async (meta) => {
    const doc = await htmlAdapter.read(gbkPage(meta), 'gbk.html', OPTIONS);
    expect(doc.encoding).toMatch(/^gb18030/);
    expect(doc.lines.map((l) => l.text)).toEqual(expected());
  });

  it('UTF-8 bytes under a gb2312 declaration are read as UTF-8', async () => {
    const page = Buffer.from('<html><head><meta charset="gb2312"></head><body><p>年度预算执行率为 99.77%。</p></body></html>');
    const doc = await htmlAdapter.read(page, 'x.html', OPTIONS);
    expect(doc.lines[0]!.text).toBe('年度预算执行率为 99.77%。');
    expect(doc.encoding).toBe('utf-8 (declared gb2312)');
  });

  it('a UTF-8 BOM wins', async () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="gbk"><p>部门</p>')]);
    const doc = await htmlAdapter.read(page, 'x.html', OPTIONS);
    expect(doc.lines[0]!.text).toBe('部门');
    expect(doc.encoding).toBe('utf-8-bom');
  });
});

describe('HTML structure', () => {
  const model = (html: string) => htmlToModel(html, { file: 'x.html', format: 'html' });

  it('expands rowspan and colspan into the grid; merged text appears once', () => {
    const doc = model(`<table>
      <tr><th rowspan="2">项目</th><th colspan="2">金额（万元）</th></tr>
      <tr><th>预算数</th><th>执行数</th></tr>
      <tr><td>培训支出</td><td>17.35</td><td>8.01</td></tr>
      <tr><td rowspan="2">合计</td><td colspan="2">25.36</td></tr>
      <tr><td>1</td><td>2</td></tr></table>`);
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额（万元）', ''],
      ['', '预算数', '执行数'],
      ['培训支出', '17.35', '8.01'],
      ['合计', '25.36', ''],
      ['', '1', '2'],
    ]);
    expect(t.rows[0]![2]!.mergedFrom).toEqual([0, 1]);
    expect(t.rows[1]![0]!.mergedFrom).toEqual([0, 0]);
    expect(t.rows[3]![2]!.mergedFrom).toEqual([3, 1]);
    expect(t.rows[4]![0]!.mergedFrom).toEqual([3, 0]);
    expect(t.rows[0]![1]).toMatchObject({ colSpan: 2, rowSpan: 1 });
    expect(t.rows[3]![0]).toMatchObject({ colSpan: 1, rowSpan: 2 });
    expect(t.headerRows).toBe(2);
    expect(t.origin).toBe('markup');
    const all = doc.lines.map((l) => l.text).join('\n');
    expect(all.split('25.36')).toHaveLength(2);
    expect(all.split('合计')).toHaveLength(2);
    expectTraceable(doc);
  });

  it('takes the caption from <caption>, else from the lines above, and the unit note', () => {
    const doc = model(`<p>表 2 公用经费控制情况表</p><p>单位：万元</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>
      <table><caption>表 3 项目支出</caption><tr><td>c</td><td>3</td></tr><tr><td>d</td><td>4</td></tr></table>`);
    expect(doc.tables.map((t) => [t.caption, t.unitNote])).toEqual([
      ['表 2 公用经费控制情况表', '单位：万元'],
      ['表 3 项目支出', null],
    ]);
  });

  it('leaves out scripts, styles, navigation, page header and footer; keeps headings and reading order', () => {
    const doc = model(`<html><head><title>标题</title><style>p{}</style><script>var a = "99.9%";</script></head><body>
      <header><div class="logo">某某区人民政府</div></header>
      <nav><a href="/">首页</a></nav>
      <div class="crumbs">当前位置：首页 &gt; 政务公开</div>
      <ul class="x"><li><a href="/a">首页</a></li><li><a href="/b">政务公开</a></li><li><a href="/c">办事服务</a></li></ul>
      <article><header><h1>2021 年度部门整体支出绩效自评报告</h1></header>
      <div class="TRS_Editor"><p>一、部门基本情况</p><p>年度预算执行率为<span>99.77%</span>，<br>较上年提高。</p>
      <div style="display:none">隐藏的文字</div><noscript>请启用脚本</noscript><iframe src="x"></iframe>
      <p>部门决算<b>数</b>
      为 100 万元</p></div></article>
      <footer>版权所有 © 某某区</footer><script>document.write('x')</script></body></html>`);
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual([
      ['heading', '2021 年度部门整体支出绩效自评报告'],
      ['text', '一、部门基本情况'],
      ['text', '年度预算执行率为99.77%，'],
      ['text', '较上年提高。'],
      ['text', '部门决算数为 100 万元'],
    ]);
  });

  it('reads Word "save as web page" HTML: list numbers in conditional comments stay, Office XML and hidden spans go', () => {
    const doc = model(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties>
      <o:Author>x</o:Author></o:DocumentProperties></xml><![endif]--></head><body lang=ZH-CN><div class=WordSection1>
      <p class=MsoListParagraph><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span>
      </span><![endif]><span>预算执行率为</span><span lang=EN-US>99.77%<o:p></o:p></span></p>
      <p class=MsoNormal><span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>（一）部门<span style='display:none;mso-hide:all'>隐藏</span>概况<o:p></o:p></p>
      <div class="main-nav-wrapper"><p>${'正文'.repeat(600)}</p></div></div></body></html>`);
    expect(doc.lines.map((l) => l.text)).toEqual(['1. 预算执行率为99.77%', '（一）部门概况', '正文'.repeat(600)]);
  });

  it('joins a source line break between CJK characters without a space, as browsers do', () => {
    const doc = model('<p>部门整体支出\n绩效自评报告 2021\n年度</p>');
    expect(doc.lines[0]!.text).toBe('部门整体支出绩效自评报告 2021 年度');
  });

  it('reads layout tables as text and the data tables inside them as tables', () => {
    const doc = model(`<table width="100%"><tr><td><p>正文第一段</p>
      <table><tr><td>项目</td><td>金额</td></tr><tr><td>培训</td><td>17.35</td></tr></table>
      <p>正文第二段</p></td><td>侧栏</td></tr></table>
      <table><tr><td><p>单格表格里的段落</p><p>第二段</p></td></tr></table>`);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额'],
      ['培训', '17.35'],
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['正文第一段', '项目\t金额', '培训\t17.35', '正文第二段', '侧栏', '单格表格里的段落', '第二段']);
  });

  it('joins paragraphs inside a cell into one cell text, without a space between CJK', () => {
    const doc = model('<table><tr><td><p>年初下达金额</p><p>（含基本建设类项目）</p></td><td>1</td></tr><tr><td>a<br>b</td><td>2</td></tr></table>');
    expect(doc.tables[0]!.rows.map((r) => r[0]!.text)).toEqual(['年初下达金额（含基本建设类项目）', 'a b']);
  });

  it('keeps text that looks like markup as text', () => {
    const doc = model('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &lt; 6</p>');
    expect(doc.lines[0]!.text).toBe('<script>alert(1)</script> & 5 < 6');
  });

  it('an empty or script-only page is status empty', async () => {
    expect(await statusOf(htmlAdapter.read(Buffer.from('<html><body><script>load()</script></body></html>'), 'x.html', OPTIONS))).toBe('empty');
    expect(await statusOf(htmlAdapter.read(Buffer.alloc(0), 'x.html', OPTIONS))).toBe('empty');
  });
});

describe('hostile HTML', () => {
  it('survives 200,000 nested elements, fast, keeping the text', () => {
    const n = 200_000;
    for (const [open, close] of [['<div>', '</div>'], ['<b>', ''], ['<table><tr><td>', ''], ['<ul><li>', '']] as const) {
      const started = Date.now();
      const doc = htmlToModel(`${open.repeat(n)}深层文字 99.77%${close.repeat(n)}`, { file: 'deep.html', format: 'html' });
      expect(doc.lines.map((l) => l.text)).toEqual(['深层文字 99.77%']);
      expect(doc.notes.some((note) => note.includes('html-nesting-capped'))).toBe(true);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });

  it('leaves pages within the nesting cap untouched', () => {
    const page = '<div><p>a<p>b</div><table><tr><td>1<td>2</table><script>if (a<b) x("</div>")</script>';
    expect(capNesting(page)).toEqual({ html: page, capped: false });
  });

  it('a table of 200,000 rows, and spans that would blow up the grid', () => {
    const rows = '<tr><td>项目</td><td>1.00</td></tr>'.repeat(200_000);
    const doc = htmlToModel(`<table>${rows}</table>`, { file: 'big.html', format: 'html' });
    expect(doc.tables[0]!.rows).toHaveLength(200_000);
    const bomb = htmlToModel(`<table>${'<tr><td colspan="1000" rowspan="65534">x</td><td>y</td></tr>'.repeat(3000)}</table>`, { file: 'b.html', format: 'html' });
    const cells = bomb.tables.reduce((n, t) => n + t.rows.length * (t.rows[0]?.length ?? 0), 0);
    expect(cells).toBeLessThanOrEqual(1_000_000);
    expect(bomb.lines.map((l) => l.text).join('')).toContain('y');
  });
});

/** A zip with one deflated entry; `declared` overrides the uncompressed size written in the headers. */
function zipWith(name: string, content: Buffer, declared = content.length): Buffer {
  return zip([{ name, data: content, declaredSize: declared }]);
}

describe('hostile and broken Word files', () => {
  const small = { ...OPTIONS, limits: { ...DEFAULT_LIMITS, maxUnzippedBytes: 4 * 1024 * 1024 } };

  it('a zip bomb .docx is too-large, fast', async () => {
    const zeros = Buffer.alloc(16 * 1024 * 1024);
    for (const declared of [zeros.length, 1000]) {
      const bomb = zipWith('word/document.xml', zeros, declared);
      expect(bomb.length).toBeLessThan(64 * 1024);
      const started = Date.now();
      expect(await statusOf(docxAdapter.read(bomb, 'bomb.docx', small))).toBe('too-large');
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it('a truncated .docx is failed', async () => {
    const bytes = readFileSync(seedFile('002.docx')!);
    expect(await statusOf(docxAdapter.read(bytes.subarray(0, bytes.length >> 1), 't.docx', OPTIONS))).toBe('failed');
  });

  it('a zip that is not a Word document is failed with a message', async () => {
    const error = await docxAdapter.read(zipWith('hello.txt', Buffer.from('hello')), 'x.docx', OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).status).toBe('failed');
    expect((error as IngestError).detail.code).toBe('docx-unreadable');
  });

  it('password-protected Word files are encrypted: OOXML in an OLE container, and Word 97 with fEncrypted', async () => {
    const ole = (name: string, content: Buffer) => {
      const cfb = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(cfb, name, content);
      return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    };
    const encryptedDocx = ole('EncryptedPackage', Buffer.from('ciphertext'));
    // The sniffer sends OLE files to the .doc adapter whatever their extension.
    expect(await statusOf(ingest('secret.docx', encryptedDocx, OPTIONS))).toBe('encrypted');
    const fib = Buffer.alloc(0x200);
    fib.writeUInt16LE(0xa5ec, 0);
    fib.writeUInt16LE(193, 2);
    fib.writeUInt16LE(0x0100, 0x0a);
    expect(await statusOf(docAdapter.read(ole('WordDocument', fib), 'secret.doc', OPTIONS))).toBe('encrypted');
  });

  it('a .doc that is no Word file at all is failed or unsupported, never a crash', async () => {
    const status = await statusOf(docAdapter.read(Buffer.from('not a word file at all'), 'x.doc', OPTIONS));
    expect(status).toBe('unsupported');
  });
});
