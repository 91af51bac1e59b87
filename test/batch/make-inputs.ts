/**
 * Builders for the hostile inputs of the batch tests, made from scratch so the tests need no tool: an encrypted
 * PDF (RC4 40-bit, standard security handler revision 2, with a user password, as old Acrobat wrote them), a
 * zip-bomb .docx (a well-formed package whose document.xml inflates to hundreds of MB), and seed copies.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { zip } from '../harness/zip.js';
export { zip };

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/** A one-page PDF that needs the user password `userPassword` to open (PDF 1.4, Algorithms 2–4 of ISO 32000-1). */
export function encryptedPdf(userPassword = 'jixiao', text = '2021 budget 100.00'): Buffer {
  const id = createHash('md5').update(text).digest();
  const permissions = -44;
  const o = rc4(md5(padded('owner-secret')).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 24 Tf 72 720 Td (${text}) Tj ET`, 'latin1'));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`)].join('');
  const idHex = id.toString('hex');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${idHex}> <${idHex}>] >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/**
 * A .docx whose word/document.xml inflates to `mb` MB (one paragraph of spaces), about 1 KB on disk per MB.
 * Deflated as a stream, 1 MB at a time, so the test never holds the inflated document.
 */
export async function zipBombDocx(mb: number): Promise<Buffer> {
  const { createDeflateRaw } = await import('node:zlib');
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve) => deflate.on('end', () => resolve()));
  let crc = crc32(head);
  const write = (b: Buffer) => new Promise<void>((resolve) => (deflate.write(b) ? resolve() : deflate.once('drain', () => resolve())));
  await write(head);
  for (let i = 0; i < mb; i++) {
    crc = crc32(block, crc);
    await write(block);
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + mb * block.length + tail.length;
  const contentTypes = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  const rels = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', data: Buffer.alloc(0), deflated: { bytes: Buffer.concat(out), size, crc } },
  ]);
}

/** What the test expects of one input: its status, or one of several when adapters may reasonably differ. */
export interface Expectation {
  /** Path as reports.csv names it (relative to the audited folder). */
  file: string;
  status: string[];
  /** A good report: audited with figures. */
  good?: boolean;
}

export interface SuiteOptions {
  /** The seed copies of the repository (fixtures/examples). */
  examples: string;
  isRoot: boolean;
}

/**
 * Write the bad-input suite into `dir` (which exists and is empty). Returns what each file should become.
 * Names are relative to `dir`; the caller audits `.` from inside it, so the `=` file's cell starts with `=`.
 */
export async function writeBadSuite(dir: string, options: SuiteOptions): Promise<Expectation[]> {
  const fs = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { randomBytes } = await import('node:crypto');
  const { execFileSync } = await import('node:child_process');
  const seed = (name: string) => fs.readFile(join(options.examples, name));
  const put = async (name: string, data: Buffer | string) => {
    await fs.mkdir(join(dir, name, '..'), { recursive: true });
    await fs.writeFile(join(dir, name), data);
  };
  const out: Expectation[] = [];
  const expect = (file: string, ...status: string[]) => out.push({ file, status });

  // Good seed reports beside the bad ones.
  for (const [name, from] of [
    ['good-000.txt', '000.txt'],
    ['good-001.lo.pdf', '001.lo.pdf'],
    ['good-002.docx', '002.docx'],
    ['good-003.html', '003.html'],
  ] as const) {
    await put(name, await seed(from));
    out.push({ file: name, status: ['ok'], good: true });
  }
  const pdf = await seed('001.lo.pdf');
  const docx = await seed('002.docx');

  await put('empty.pdf', '');
  expect('empty.pdf', 'empty');
  await put('empty.txt', '');
  expect('empty.txt', 'empty');
  await put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.3)));
  // pdf.js recovers what it can from a cut file: some pages may survive (ok with a note) or none (failed).
  expect('truncated.pdf', 'failed', 'ok', 'empty');
  await put('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));
  expect('truncated.docx', 'failed');
  await put('random.pdf', randomBytes(64 * 1024));
  expect('random.pdf', 'failed', 'unsupported');
  await put('random.docx', randomBytes(64 * 1024));
  expect('random.docx', 'failed', 'unsupported');
  await put('random.xlsx', randomBytes(64 * 1024));
  expect('random.xlsx', 'failed', 'unsupported');
  // Wrong extensions: content decides, so these are read (and audited) as what they are.
  await put('pdf-named.doc', pdf);
  expect('pdf-named.doc', 'ok');
  await put('docx-named.pdf', docx);
  expect('docx-named.pdf', 'ok');
  await put('encrypted.pdf', encryptedPdf());
  expect('encrypted.pdf', 'encrypted');
  await put('zip-bomb.docx', await zipBombDocx(600));
  expect('zip-bomb.docx', 'too-large');
  await put('deep.html', `<!DOCTYPE html><html><body>${'<div>'.repeat(200_000)}2021年预算执行率为95.5%。${'</div>'.repeat(200_000)}</body></html>`);
  expect('deep.html', 'ok', 'empty');
  // 10 MB on one line: a sentence with figures, repeated without a line break.
  const sentence = '本年度部门预算执行率为95.36%，项目支出1234.56万元，';
  await put('one-line.txt', sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence))));
  expect('one-line.txt', 'ok', 'timeout', 'too-large');
  // Seed 004's text, from its GB18030 copy.
  const text003 = new TextDecoder('gb18030').decode(await seed('004.gbk.txt'));
  await put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text003, 'utf16le')]));
  out.push({ file: 'utf16-bom.txt', status: ['ok'], good: true });
  // Without a BOM, UTF-16LE of mostly-Chinese text has few NUL bytes; it is recognised by how it reads.
  await put('utf16-nobom.txt', Buffer.from(text003, 'utf16le'));
  out.push({ file: 'utf16-nobom.txt', status: ['ok'], good: true });
  // Names that break naive CSV writers and spreadsheet formulas.
  for (const name of ['a,b "quoted", name.txt', "=SUM(1+1)*cmd|' /C calc'!A0.txt"]) {
    await put(name, text003);
    out.push({ file: name, status: ['ok'], good: true });
  }
  // A folder named like a PDF: walked, its file audited.
  await put('x.pdf/inside.txt', text003);
  out.push({ file: 'x.pdf/inside.txt', status: ['ok'], good: true });
  // Unreadable: chmod 000 stops everyone but root; as root the file is simply read, so two paths that fail for
  // root too stand beside it: a link to nothing, and a FIFO (a reader would block forever on it).
  await put('unreadable.txt', text003);
  await fs.chmod(join(dir, 'unreadable.txt'), 0o000);
  if (options.isRoot) out.push({ file: 'unreadable.txt', status: ['ok'], good: true });
  else expect('unreadable.txt', 'failed');
  await fs.symlink(join(dir, 'no-such-target.pdf'), join(dir, 'broken-link.pdf'));
  expect('broken-link.pdf', 'failed');
  execFileSync('mkfifo', [join(dir, 'fifo.pdf')]);
  expect('fifo.pdf', 'unsupported');
  return out;
}

/** The seed reports of fixtures/examples, one file each (the score sheet 002.scores.xlsx would join 002.docx). */
export const EXAMPLE_REPORTS = ['000.txt', '001.lo.pdf', '002.docx', '003.html', '004.gbk.txt'];

/**
 * Copy the example reports into `dir`, flat, `copies` times: copy k is named `k-NNN.ext`, and the text and HTML
 * copies after the first end with k more line breaks, so no two files have the same bytes (identical files are
 * audited once). Returns the names.
 */
export async function copyExamples(dir: string, examples: string, copies = 1): Promise<string[]> {
  const fs = await import('node:fs/promises');
  const { join } = await import('node:path');
  const names: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const name of EXAMPLE_REPORTS) {
      const text = /\.(txt|html)$/.test(name);
      if (k > 0 && !text) continue;
      const bytes = await fs.readFile(join(examples, name));
      const copy = `${k}-${name}`;
      await fs.writeFile(join(dir, copy), k > 0 ? Buffer.concat([bytes, Buffer.from('\n'.repeat(k))]) : bytes);
      names.push(copy);
    }
  }
  return names;
}
