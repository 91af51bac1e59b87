/**
 * PDF adapter: the real corpus PDFs (LibreOffice and Chromium renderings of the seed texts) against their
 * source text, and synthetic PDFs made here for what the corpus lacks (encryption, damage, garbled fonts,
 * running headers, merged cells, borderless tables, rotation). OCR runs only when tesseract is installed.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pdfAdapter } from '../../src/ingest/pdf/index.js';
import { joinCutRow } from '../../src/ingest/pdf/assemble.js';
import { joinItems } from '../../src/ingest/pdf/lines.js';
import type { PositionedItem } from '../../src/ingest/pdf/geometry.js';
import { textDocument } from '../../src/ingest/text.js';
import { DEFAULT_LIMITS, type IngestOptions } from '../../src/ingest/adapter.js';
import type { DocumentModel, Table } from '../../src/model/document.js';
import { IngestError } from '../../src/model/status.js';
import type { RawCell } from '../../src/text/table-grid.js';
import { describeWhen, firstMissing, itWhen, MISSING, missingSeed, missingSeedText, seedFile, seedText as seedTextOrNull, CORPUS } from '../harness/needs.js';

const OPTIONS: IngestOptions = { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: tmpdir() };

function read(bytes: Buffer, options: Partial<IngestOptions> = {}): Promise<DocumentModel> {
  return pdfAdapter.read(bytes, 'test.pdf', { ...OPTIONS, ...options });
}

async function failure(bytes: Buffer, options: Partial<IngestOptions> = {}): Promise<IngestError> {
  try {
    await read(bytes, options);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

/** Whitespace and the seeds' Markdown marks removed: the PDFs render `#` headings and `**` bold, not the marks. */
const norm = (s: string) => s.replace(/\*\*/g, '').replace(/^\s*#{1,6}\s/, '').replace(/\s+/g, '');
const rowsOf = (t: Table) => t.rows.map((r) => r.map((c) => norm(c.text)));

// ---------------------------------------------------------------------------------------------------------
// Corpus

interface CorpusCase {
  seed: string;
  fmt: 'lo' | 'chrome';
  pages: number;
  /** [text, page]: the first line holding the text is on the page `pdftotext` (poppler 22.12) puts it on. */
  facts: Array<[string, number]>;
  /** [a cell text of the table, the pages the table spans]: tables stitched over page breaks. */
  stitched?: Array<[string, number[]]>;
}

const CASES: CorpusCase[] = [
  { seed: '000', fmt: 'lo', pages: 10, facts: [['28,220.95', 3], ['7,754.78', 2], ['95.15%', 4], ['26,564.98', 3], ['96.97%', 8]], stitched: [['培训支出', [4, 5]]] },
  { seed: '000', fmt: 'chrome', pages: 9, facts: [['28,220.95', 2], ['7,754.78', 2], ['95.15%', 3], ['26,564.98', 3], ['96.97%', 7]], stitched: [['培训支出', [3, 4]], ['分季执行率', [7, 8]]] },
  { seed: '001', fmt: 'lo', pages: 17, facts: [['6.7', 2], ['137.32', 5], ['23.19', 7], ['0.21', 13]] },
  { seed: '001', fmt: 'chrome', pages: 14, facts: [['6.7', 1], ['137.32', 4], ['23.19', 6], ['0.21', 11]] },
  { seed: '002', fmt: 'lo', pages: 19, facts: [['4,755.14', 3], ['16.44', 5], ['4,272.61', 9], ['95.00', 19]], stitched: [['政府采购执行情况', [12, 13, 14, 15, 16, 17, 18, 19]]] },
  { seed: '002', fmt: 'chrome', pages: 17, facts: [['4,755.14', 3], ['16.44', 5], ['4,272.61', 9], ['95.00', 17]], stitched: [['政府采购执行情况', [12, 13, 14, 15, 16, 17]]] },
  { seed: '003', fmt: 'lo', pages: 6, facts: [['229.63', 2], ['59.84', 2], ['84.50%', 3]] },
  { seed: '003', fmt: 'chrome', pages: 6, facts: [['229.63', 2], ['59.84', 2], ['84.50%', 3]] },
  { seed: '004', fmt: 'lo', pages: 16, facts: [['21915.81', 2], ['24.27%', 5], ['98.4', 4]], stitched: [['总得分情况', [11, 12, 13, 14, 15, 16]]] },
  { seed: '004', fmt: 'chrome', pages: 14, facts: [['21915.81', 2], ['24.27%', 5], ['98.4', 4]], stitched: [['总得分情况', [9, 10, 11, 12, 13, 14]]] },
];

const docs = new Map<string, Promise<DocumentModel>>();
const pdfName = (c: CorpusCase) => `${c.seed}.${c.fmt}.pdf`;
function corpusDoc(c: CorpusCase): Promise<DocumentModel> {
  const file = seedFile(pdfName(c))!;
  if (!docs.has(file)) docs.set(file, pdfAdapter.read(readFileSync(file), file, OPTIONS));
  return docs.get(file)!;
}
const seedText = (seed: string) => seedTextOrNull(seed)!;

// 001.lo.pdf is in fixtures/examples; the other renderings only in ../shared/corpus.
describe('PDF adapter on the corpus', () => {
  describe.each(CASES)('$seed.$fmt.pdf', (c) => {
    const pdf = missingSeed(pdfName(c));
    const pdfAndText = firstMissing(pdf, missingSeedText(c.seed));
    itWhen(pdf, 'has the page count', async () => {
      const doc = await corpusDoc(c);
      expect(doc.pageCount).toBe(c.pages);
      expect(doc.format).toBe('pdf');
      expect(doc.ocr).toBe(false);
      expect(doc.notes).toEqual([]);
      expect(Math.max(...doc.lines.map((l) => l.page ?? 0))).toBeLessThanOrEqual(c.pages);
    });

    itWhen(pdfAndText, 'has every text line of the seed, in order', async () => {
      const doc = await corpusDoc(c);
      const flow = doc.lines.filter((l) => l.kind !== 'running').map((l) => norm(l.text)).join('');
      let pos = 0;
      const missing: string[] = [];
      for (const line of seedText(c.seed).split('\n')) {
        if (line.includes('\t')) continue;
        const n = norm(line);
        if (!n) continue;
        const at = flow.indexOf(n, pos);
        if (at < 0) missing.push(line);
        else pos = at + n.length;
      }
      expect(missing).toEqual([]);
    });

    itWhen(pdfAndText, 'rebuilds every tab table of the seed cell for cell', async () => {
      const doc = await corpusDoc(c);
      const want = textDocument(seedText(c.seed), 'seed.txt', 'txt').tables.filter((t) => t.origin === 'tab');
      const got = doc.tables.map((t) => JSON.stringify(rowsOf(t)));
      expect(doc.tables).toHaveLength(want.length);
      for (const t of want) expect(got).toContain(JSON.stringify(rowsOf(t)));
    });

    itWhen(pdf, 'puts figures on the pages pdftotext does', async () => {
      const doc = await corpusDoc(c);
      for (const [text, page] of c.facts) {
        const line = doc.lines.find((l) => norm(l.text).includes(norm(text)));
        expect({ text, page: line?.page }).toEqual({ text, page });
      }
    });

    itWhen(firstMissing(pdf, c.stitched ? null : 'this rendering has no table cut by a page break'), 'stitches tables over page breaks and records their pages', async () => {
      const doc = await corpusDoc(c);
      for (const [cell, pages] of c.stitched!) {
        const table = doc.tables.find((t) => t.rows.some((r) => r.some((x) => norm(x.text) === cell)));
        expect(table?.pages).toEqual(pages);
      }
    });

    itWhen(pdf, 'points every cell into table-row lines', async () => {
      const doc = await corpusDoc(c);
      for (const t of doc.tables) {
        expect(t.origin).toBe('layout');
        const block = doc.blocks.find((b) => b.kind === 'table' && b.table === t.id);
        expect(block).toBeDefined();
        for (const row of t.rows) {
          expect(row).toHaveLength(t.rows[0]!.length);
          for (const cell of row) {
            const quoted = cell.spans.map((s) => {
              const line = doc.lines[s.line]!;
              expect(line.kind).toBe('table-row');
              expect(t.pages).toContain(line.page);
              expect(block!.lines).toContain(s.line);
              return line.text.slice(s.start, s.end);
            });
            expect(norm(quoted.join(''))).toBe(norm(cell.text));
          }
        }
      }
    });
  });

  itWhen(MISSING.corpus, 'keeps the spaces of the seed text in the Chromium PDFs, and adds none', async () => {
    // Chromium places every glyph where the HTML put it, so each text line is a piece of the seed, spaces and all
    // (LibreOffice's PDFs also set a gap between Han characters and digits, which reads as a space).
    for (const c of CASES.filter((x) => x.fmt === 'chrome')) {
      const doc = await corpusDoc(c);
      const seed = seedText(c.seed).replace(/\*\*/g, '').replace(/^#+ /gm, '').replace(/ +/g, ' ');
      const foreign = doc.lines.filter((l) => l.kind === 'text' && !seed.includes(l.text.replace(/ +/g, ' ').trim()));
      expect({ seed: c.seed, foreign: foreign.map((l) => l.text) }).toEqual({ seed: c.seed, foreign: [] });
    }
  });

  it.for([
    // 员 overhangs its advance in Noto Serif CJK: the word space after it is measured from the advance.
    ['003', 'lo', 1, '2022 年底在职人员 8 人，离退休人数为 0 人。'],
    // PDFium reports a hyphen that ends a line as U+0002.
    ['004', 'chrome', 6, '<ol style="list-'],
    // A printed space between two Han characters is part of the text (the seed has it too).
    ['002', 'lo', 8, '党组成 员到会'],
  ] as const)('reads %s.%s.pdf page %i with "%s"', async ([seed, fmt, page, text], ctx) => {
    const c = CASES.find((x) => x.seed === seed && x.fmt === fmt)!;
    const missing = missingSeed(pdfName(c));
    if (missing) return ctx.skip(missing);
    const doc = await corpusDoc(c);
    expect(doc.lines.filter((l) => l.page === page).some((l) => l.text.includes(text))).toBe(true);
  });

  itWhen(missingSeed(pdfName(CASES[4]!)), 'marks the repeated header rows of the 002 score table', async () => {
    const doc = await corpusDoc(CASES[4]!);
    const score = doc.tables.find((t) => t.rows.some((r) => r.some((x) => x.text === '政府采购执行情况')))!;
    expect(score.headerRows).toBe(2);
    expect(score.repeatedHeaderRows.length).toBeGreaterThanOrEqual(8);
    for (const r of score.repeatedHeaderRows) expect(norm(score.rows[r]![0]!.text + score.rows[r]![1]!.text)).toMatch(/^(评价指标|一级指标二级指标)$/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Synthetic PDFs

interface SynPage {
  content: string;
  width?: number;
  height?: number;
  rotate?: number;
  /** An image XObject /Im0 (dictionary body and stream bytes). */
  image?: { dict: string; data: Buffer };
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const md5 = (b: Buffer) => createHash('md5').update(b).digest();
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const xorKey = (key: Buffer, i: number) => Buffer.from(key.map((b) => b ^ i));

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let a = 0;
  let b = 0;
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) & 255;
    b = (b + s[a]!) & 255;
    [s[a], s[b]] = [s[b]!, s[a]!];
    out[k] = data[k]! ^ s[(s[a]! + s[b]!) & 255]!;
  }
  return out;
}

/** PDF standard security handler, revision 3 (RC4, 128-bit), as in PDF 1.7 §7.6.3. */
function securityHandler(user: string, owner: string, id: Buffer) {
  let h = md5(padded(owner));
  for (let i = 0; i < 50; i++) h = md5(h);
  let o = rc4(h, padded(user));
  for (let i = 1; i <= 19; i++) o = rc4(xorKey(h, i), o);
  const p = Buffer.alloc(4);
  p.writeInt32LE(-44);
  let k = md5(Buffer.concat([padded(user), o, p, id]));
  for (let i = 0; i < 50; i++) k = md5(k.subarray(0, 16));
  const key = k.subarray(0, 16);
  let u = rc4(key, md5(Buffer.concat([PAD, id])));
  for (let i = 1; i <= 19; i++) u = rc4(xorKey(key, i), u);
  return {
    dict: `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <${o.toString('hex')}> /U <${Buffer.concat([u, Buffer.alloc(16)]).toString('hex')}> >>`,
    encrypt: (num: number, data: Buffer) => rc4(md5(Buffer.concat([key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])])), data),
  };
}

/**
 * A small PDF: Helvetica (F1), STSong-Light through the predefined UniGB-UCS2-H CMap (F2, not embedded — PDFium
 * decodes it with its built-in CMaps), a font whose glyph names map to nothing (F3: text without Unicode), and
 * SimSun through GBK-EUC-H (F4, not embedded, GBK bytes as 公文 typesetting writes them).
 */
function makePdf(pages: SynPage[], encrypt?: { user: string; owner: string }): Buffer {
  const objs: Array<{ dict: string; stream?: Buffer }> = [];
  const add = (dict: string, stream?: Buffer) => objs.push(stream ? { dict, stream } : { dict });
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const fd = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const cid = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${fd} 0 R /DW 1000 >>`);
  const f2 = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const f3 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8 /g9] >> >>');
  const cid4 = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${fd} 0 R /DW 1000 >>`);
  const f4 = add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [${cid4} 0 R] >>`);
  const kids: number[] = [];
  for (const p of pages) {
    const content = add('', Buffer.from(p.content, 'latin1'));
    const image = p.image ? add(p.image.dict, p.image.data) : null;
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} ` +
          `/Resources << /Font << /F1 3 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R >>${image ? ` /XObject << /Im0 ${image} 0 R >>` : ''} >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objs[1] = { dict: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` };
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const security = encrypt ? securityHandler(encrypt.user, encrypt.owner, id) : null;
  const encryptObj = security ? add(security.dict) : null;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    size += b.length;
  };
  objs.forEach((o, i) => {
    offsets.push(size);
    const num = i + 1;
    if (o.stream) {
      const data = security && num !== encryptObj ? security.encrypt(num, o.stream) : o.stream;
      const dict = o.dict ? o.dict.replace(/>>\s*$/, ` /Length ${data.length} >>`) : `<< /Length ${data.length} >>`;
      push(Buffer.from(`${num} 0 obj\n${dict}\nstream\n`, 'latin1'));
      push(data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      // Strings in objects are encrypted too (the CID font's Registry and Ordering); the Encrypt dictionary is not.
      const dict = security && num !== encryptObj ? o.dict.replace(/\(([^()]*)\)/g, (_, t: string) => `<${security.encrypt(num, Buffer.from(t, 'latin1')).toString('hex')}>`) : o.dict;
      push(Buffer.from(`${num} 0 obj\n${dict}\nendobj\n`, 'latin1'));
    }
  });
  const xref = size;
  const trailer =
    `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${encryptObj ? ` /Encrypt ${encryptObj} 0 R` : ''} /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(trailer, 'latin1'));
  return Buffer.concat(parts);
}

const ucs2 = (s: string) => Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
/** Chinese text at (x, y), `size` pt; every character one em wide. */
const zh = (x: number, y: number, size: number, s: string) => `BT /F2 ${size} Tf ${x} ${y} Td <${ucs2(s)}> Tj ET\n`;
const en = (x: number, y: number, size: number, s: string) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET\n`;
const hline = (x1: number, x2: number, y: number) => `${x1} ${y} m ${x2} ${y} l S\n`;
const vline = (x: number, y1: number, y2: number) => `${x} ${y1} m ${x} ${y2} l S\n`;
const para = (n: number) => '本年度各项工作有序推进，预算执行规范，资金使用效益良好。'.repeat(4).slice(0, n);

describe('PDF adapter on synthetic PDFs', () => {
  it('opens a PDF encrypted with an owner password only (empty user password)', async () => {
    const doc = await read(makePdf([{ content: zh(72, 700, 12, '部门整体支出绩效自评报告') }], { user: '', owner: 'owner-secret' }));
    expect(doc.lines.map((l) => l.text)).toEqual(['部门整体支出绩效自评报告']);
  });

  it('reports a PDF that needs a password as encrypted', async () => {
    const e = await failure(makePdf([{ content: zh(72, 700, 12, '机密') }], { user: 'secret', owner: 'owner-secret' }));
    expect(e.status).toBe('encrypted');
    expect(e.detail.code).toBe('pdf-encrypted');
  });

  it('reports a truncated PDF as failed', async () => {
    const bytes = readFileSync(seedFile('001.lo.pdf')!);
    for (const share of [0.3, 0.9]) {
      const e = await failure(bytes.subarray(0, Math.floor(bytes.length * share)));
      expect(e.status).toBe('failed');
      expect(e.detail.code).toBe('pdf-invalid');
    }
  });

  it('reports bytes that are not a PDF as failed', async () => {
    const e = await failure(Buffer.from('%PDF-1.7\nnot really a pdf\n'));
    expect(e.status).toBe('failed');
  });

  it('refuses more pages than the limit', async () => {
    const pdf = makePdf([1, 2, 3, 4].map((n) => ({ content: zh(72, 700, 12, `第${n}页`) })));
    const e = await failure(pdf, { limits: { ...DEFAULT_LIMITS, maxPages: 3 } });
    expect(e.status).toBe('too-large');
    expect(e.detail).toEqual({ code: 'pdf-too-many-pages', params: { pages: 4, max: 3 } });
  });

  it('reports a PDF whose only text has no Unicode mapping as garbled', async () => {
    const e = await failure(makePdf([{ content: 'BT /F3 12 Tf 72 700 Td <010203040506070809010203> Tj ET' }]));
    expect(e.status).toBe('garbled');
    expect(e.detail.code).toBe('pdf-garbled-ocr-off');
  });

  it('keeps the good pages of a partly garbled PDF and says which pages were skipped', async () => {
    const doc = await read(makePdf([{ content: zh(72, 700, 12, '第一页正常文字内容') }, { content: 'BT /F3 12 Tf 72 700 Td <0102030405060708090102> Tj ET' }]));
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([[1, '第一页正常文字内容']]);
    expect(doc.notes.map((n) => JSON.parse(n))).toEqual([{ code: 'pdf-pages-unread-ocr-off', params: { pages: '2' } }]);
  });

  it('treats a page of Latin letters in a Chinese document as text decoded without its Unicode map', async () => {
    const body = [700, 680, 660, 640].map((y) => zh(72, y, 12, para(30))).join('');
    const gibberish = [700, 680].map((y) => en(72, y, 12, 'Qvkx Zpwl Hbnr Tcgd Wmfs Jyzq Xkvb')).join('');
    const doc = await read(makePdf([{ content: body }, { content: gibberish }, { content: body }]));
    expect(doc.lines.filter((l) => l.page === 2)).toEqual([]);
    expect(doc.notes.map((n) => JSON.parse(n))).toEqual([{ code: 'pdf-pages-unread-ocr-off', params: { pages: '2' } }]);
  });

  it('does not take two columns of running text for a table', async () => {
    const rows = [720, 704, 688, 672, 656].map((y) => zh(72, y, 10, para(21)) + zh(320, y, 10, para(21))).join('');
    const doc = await read(makePdf([{ content: rows }]));
    expect(doc.tables).toEqual([]);
    expect(doc.lines.every((l) => l.kind === 'text')).toBe(true);
  });

  itWhen(MISSING.scan, 'reports an image-only PDF as scanned when OCR is off', async () => {
    const e = await failure(readFileSync(`${CORPUS}/000/000.scan.pdf`));
    expect(e.status).toBe('scanned-no-text');
    expect(e.detail.code).toBe('pdf-scanned-ocr-off');
  });

  it('marks running headers and page numbers and reads paragraphs through them', async () => {
    const pages = [1, 2, 3].map((n) => ({
      content:
        zh(72, 800, 9, '深圳市某区政务服务数据管理局2021年度部门整体支出绩效自评报告') +
        zh(72, 700, 12, `${'一二三'[n - 1]}、第${n}部分`) +
        zh(72, 680, 12, para(30)) +
        zh(72, 664, 12, para(30)) +
        en(290, 30, 10, `- ${n} -`),
    }));
    const doc = await read(makePdf(pages));
    const kinds = doc.lines.filter((l) => l.page === 2).map((l) => l.kind);
    expect(kinds).toEqual(['running', 'text', 'text', 'text', 'running']);
    expect(doc.lines.filter((l) => l.kind === 'running')).toHaveLength(6);
    // Each page's two wrapped body lines make one paragraph; the numbered line above them stands alone.
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((b) => b.lines.map((i) => doc.lines[i]!.page))).toEqual([[1], [1, 1], [2], [2, 2], [3], [3, 3]]);
  });

  it('decodes Chinese in a GBK-EUC-H font that is not embedded', async () => {
    // 预算执行率为99.77% in GBK: two bytes per Han character, one per ASCII character.
    const doc = await read(makePdf([{ content: 'BT /F4 12 Tf 72 700 Td <d4a4cbe3d6b4d0d0c2caceaa39392e373725> Tj ET\n' }]));
    expect(doc.lines.map((l) => l.text)).toEqual(['预算执行率为99.77%']);
  });

  it('keeps identical lines set one under another in a font that is not embedded, but not fake bold', async () => {
    // PDFium drops a text object repeating one of the five before it nearby; without glyph boxes "nearby" spans
    // the whole line width, so the second and third lines would vanish.
    const lines = [700, 684, 668].map((y) => zh(72, y, 12, para(30))).join('');
    const bold = zh(72, 600, 12, '加粗标题') + zh(72.4, 600, 12, '加粗标题');
    const doc = await read(makePdf([{ content: lines + bold }]));
    expect(doc.lines.map((l) => l.text)).toEqual([para(30), para(30), para(30), '加粗标题']);
  });

  it('joins a paragraph cut by a page break across the running footer and header', async () => {
    const doc = await read(
      makePdf([
        { content: zh(72, 800, 9, '某某局绩效自评报告') + zh(72, 700, 12, para(30)) + zh(72, 100, 12, para(30)) + en(290, 30, 10, '1') },
        { content: zh(72, 800, 9, '某某局绩效自评报告') + zh(72, 760, 12, '预算执行率为99.77%。') + en(290, 30, 10, '2') },
      ]),
    );
    const last = doc.lines.findIndex((l) => l.text.includes('99.77%'));
    const block = doc.blocks.find((b) => b.lines.includes(last))!;
    expect(block.lines.map((i) => doc.lines[i]!.page)).toEqual([1, 1, 2]);
  });

  it('rebuilds a ruled table with merged cells, stitched over a page break with its header repeated', async () => {
    const xs = [72, 192, 262, 332, 432];
    const grid = (top: number, rows: string[][], mergedHeader: boolean) => {
      let s = '';
      const ys = rows.map((_, i) => top - 20 * i).concat(top - 20 * rows.length);
      ys.forEach((y, i) => {
        // Inside the two header rows: no rule under 指标 and 执行率 (they span both rows).
        if (mergedHeader && i === 1) s += hline(xs[1]!, xs[3]!, y);
        else s += hline(xs[0]!, xs[4]!, y);
      });
      xs.forEach((x, i) => {
        // 预算 spans 年初 and 调整: no rule between them in the first header row.
        if (mergedHeader && i === 2) s += vline(x, ys[ys.length - 1]!, ys[1]!);
        else s += vline(x, ys[ys.length - 1]!, ys[0]!);
      });
      rows.forEach((row, r) =>
        row.forEach((text, c) => {
          if (!text) return;
          const y = mergedHeader && r === 0 && (c === 0 || c === 3) ? top - 26 : top - 20 * r - 14;
          s += /[\u4e00-\u9fff]/.test(text) ? zh(xs[c]! + 4, y, 10, text) : en(xs[c]! + 4, y, 10, text);
        }),
      );
      return s;
    };
    const header = [
      ['指标', '预算', '', '执行率'],
      ['', '年初', '调整', ''],
    ];
    const page1 = zh(72, 760, 12, '表 1 项目支出情况表') + zh(72, 740, 10, '单位：万元') + grid(730, [...header, ['培训支出', '17.35', '8.01', '95.15%'], ['事务支出', '615.75', '724.81', '99.56%']], true);
    const page2 = grid(800, [...header, ['网信支出', '5,260.38', '5,915.48', '99.96%']], true) + zh(72, 700, 12, '以上为项目支出情况。');
    const doc = await read(makePdf([{ content: page1 }, { content: page2 }]));
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.pages).toEqual([1, 2]);
    expect(t.caption).toBe('表 1 项目支出情况表');
    expect(t.unitNote).toBe('单位：万元');
    expect(t.headerRows).toBe(2);
    expect(t.repeatedHeaderRows).toEqual([4, 5]);
    expect(t.rows.map((r) => r.map((c) => (c.mergedFrom ? `<${c.mergedFrom}>` : c.text)))).toEqual([
      ['指标', '预算', '<0,1>', '执行率'],
      ['<0,0>', '年初', '调整', '<0,3>'],
      ['培训支出', '17.35', '8.01', '95.15%'],
      ['事务支出', '615.75', '724.81', '99.56%'],
      ['指标', '预算', '<4,1>', '执行率'],
      ['<4,0>', '年初', '调整', '<4,3>'],
      ['网信支出', '5,260.38', '5,915.48', '99.96%'],
    ]);
    expect([t.rows[0]![0]!.rowSpan, t.rows[0]![1]!.colSpan, t.rows[0]![3]!.rowSpan]).toEqual([2, 2, 2]);
    const cell = t.rows[2]![3]!;
    const span = cell.spans[0]!;
    expect(doc.lines[span.line]).toMatchObject({ page: 1, kind: 'table-row', text: '培训支出\t17.35\t8.01\t95.15%' });
    expect(doc.lines[span.line]!.text.slice(span.start, span.end)).toBe('95.15%');
    expect(doc.lines.find((l) => l.text.includes('以上为'))!.kind).toBe('text');
  });

  it('finds a table without rules from the alignment of its columns', async () => {
    const rows = [
      ['季度', '预算数', '支出数', '进度'],
      ['第一季度', '15,413.30', '4,662.72', '30.25%'],
      ['第二季度', '28,220.95', '12,250.69', '43.41%'],
      ['第三季度', '28,220.95', '18,999.49', '67.32%'],
    ];
    const xs = [72, 200, 300, 400];
    let content = zh(72, 760, 12, '各季度预算资金执行情况如下：');
    rows.forEach((row, r) => row.forEach((text, c) => (content += /[\u4e00-\u9fff]/.test(text) ? zh(xs[c]!, 730 - 18 * r, 10, text) : en(xs[c]!, 730 - 18 * r, 10, text))));
    content += zh(72, 640, 12, para(30));
    const doc = await read(makePdf([{ content }]));
    expect(doc.tables).toHaveLength(1);
    expect(rowsOf(doc.tables[0]!)).toEqual(rows);
    expect(doc.tables[0]!.headerRows).toBe(1);
    expect(doc.lines.map((l) => l.kind)).toEqual(['text', 'table-row', 'table-row', 'table-row', 'table-row', 'text']);
  });

  it('reads a rotated page in its displayed orientation', async () => {
    // /Rotate 90 with text running up the page: displayed upright, the line at smaller x is on top.
    const up = (x: number, s: string) => `BT /F2 12 Tf 0 1 -1 0 ${x} 100 Tm <${ucs2(s)}> Tj ET\n`;
    const doc = await read(makePdf([{ rotate: 90, content: up(280, '第一行文字') + up(300, '第二行文字') }]));
    expect(doc.lines.map((l) => [l.text, l.kind])).toEqual([
      ['第一行文字', 'text'],
      ['第二行文字', 'text'],
    ]);
  });
});

describe('line and row rules', () => {
  const item = (str: string, x: number, width: number, fontSize = 12): PositionedItem => ({ str, x, y: 700, width, height: fontSize, fontSize });

  it.each([
    ['no space between CJK runs, even with a gap', [item('预算', 72, 24), item('执行率', 99, 36)], '预算执行率'],
    ['a space for a real gap next to a number', [item('2021', 72, 24), item('年', 99, 12)], '2021 年'],
    ['a space between Latin words', [item('Hello', 72, 30), item('World', 105.6, 30)], 'Hello World'],
    ['no space inside a number split into runs', [item('28,220', 72, 33), item('.95', 105, 15)], '28,220.95'],
    ['a wide gap is a column gap', [item('合计', 72, 24), item('99.80%', 150, 36)], '合计  99.80%'],
  ])('%s', (_, items, text) => {
    expect(joinItems(items).text).toBe(text);
  });

  const cells = (...texts: string[]): RawCell[] => texts.map((text) => ({ text, spans: [] }));

  it('rejoins a row cut by a page break', () => {
    const prev = cells('项目', '2.00', '部门（单位）所有项目支出实', '1.项目的设立、调整按规定履行报批程序（1分）；2.项目招投标、建', '2.00');
    const next = cells('', '', '施过程是否规范。', '设、验收以及方案实施均严格执行相关制度规定（1分）。', '');
    expect(joinCutRow(prev, next)?.map((c) => c.text)).toEqual([
      '项目',
      '2.00',
      '部门（单位）所有项目支出实施过程是否规范。',
      '1.项目的设立、调整按规定履行报批程序（1分）；2.项目招投标、建设、验收以及方案实施均严格执行相关制度规定（1分）。',
      '2.00',
    ]);
  });

  it.each([
    ['a row of numbers under numbers', cells('当季预算', '15,413.3', '28,220.95'), cells('当季支出', '4,662.72', '')],
    ['a row starting a numbered item', cells('', '说明甲', '5'), cells('', '2.另一项说明', '')],
    ['a row with text where the row above had none', cells('项目', '', '5'), cells('', '新的说明', '')],
    ['a row after a finished sentence', cells('项目', '说明完毕。', '5'), cells('', '另一行', '')],
  ])('keeps %s apart', (_, prev, next) => {
    expect(joinCutRow(prev, next)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// OCR (needs tesseract with chi_sim and poppler)

/** The page image of object `num` of the corpus scan (img2pdf writes plain, uncompressed object headers). */
function scanImage(num: number): { dict: string; data: Buffer } {
  const pdf = readFileSync(`${CORPUS}/000/000.scan.pdf`);
  const start = pdf.indexOf(`\n${num} 0 obj`);
  const streamAt = pdf.indexOf('stream\n', start);
  const dict = pdf.subarray(pdf.indexOf('<<', start), streamAt).toString('latin1').trim();
  const length = Number(/\/Length (\d+)/.exec(dict)![1]);
  return { dict: dict.replace(/\/Length \d+/, ''), data: pdf.subarray(streamAt + 7, streamAt + 7 + length) };
}

// The OCR engine, and the corpus scan whose page it reads: each missing one is named, not blamed on the other.
describeWhen([MISSING.ocr, MISSING.scan], 'PDF adapter with OCR', () => {
  it('OCRs only the scanned page of a mixed PDF and lays its table out like a text layer', async () => {
    // Page 4 of 000.scan.pdf (object 15) is the project table page.
    const scan: SynPage = { width: 595.68, height: 841.92, content: 'q 595.68 0 0 841.92 0 0 cm /Im0 Do Q', image: scanImage(15) };
    const pdf = makePdf([{ content: zh(72, 700, 12, '第一页有文字层') }, scan]);
    const doc = await read(pdf, { ocr: 'auto' });
    expect(doc.ocr).toBe(true);
    expect(doc.lines.filter((l) => l.page === 1).map((l) => [l.text, l.ocr])).toEqual([['第一页有文字层', undefined]]);
    expect(doc.lines.filter((l) => l.page === 2).every((l) => l.ocr === true)).toBe(true);
    expect(JSON.parse(doc.notes[0]!)).toMatchObject({ code: 'pdf-ocr-pages', params: { pages: '2', engine: 'tesseract' } });
    const row = doc.tables.flatMap((t) => t.rows).find((r) => r.some((c) => c.text === '培训支出'));
    expect(row?.map((c) => c.text)).toEqual(['1', '培训支出', '17.35', '8.01', '7.62', '95.15%']);
  }, 60_000);
});
