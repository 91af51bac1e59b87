/**
 * Damaged files a user still wants read: a text report with a few flipped bits is read with the damaged characters
 * replaced and a note (as editors do), not refused as "not text"; a file named .docx (.pdf, .xlsx) that is really
 * text is read as text, content deciding; bytes that are no text at all are still refused. One case per row.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { IngestError } from '../../src/model/status.js';
import { render } from '../../src/write/render.js';
import { EXAMPLES } from '../harness/needs.js';

const OPTIONS = { limits: DEFAULT_LIMITS, ocr: 'off' as const, tmpDir: tmpdir() };
const seed000 = readFileSync(join(EXAMPLES, '000.txt'));
const seed004 = readFileSync(join(EXAMPLES, '004.gbk.txt'));

/** A copy with bit `bit` of each byte at `at` flipped. */
function flipped(bytes: Buffer, flips: Array<[at: number, bit: number]>): Buffer {
  const copy = Buffer.from(bytes);
  for (const [at, bit] of flips) copy[at]! ^= 1 << bit;
  return copy;
}

async function read(name: string, bytes: Buffer) {
  try {
    return await ingest(name, bytes, OPTIONS);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

describe('text with a few flipped bits', () => {
  it.each<[string, Buffer, string, number]>([
    // Bits 6 and 7 of a UTF-8 lead or continuation byte break its character.
    ['000.txt, one byte of a Chinese character', flipped(seed000, [[40, 6]]), 'utf-8', 1],
    ['000.txt, three bytes in the first line and in a table', flipped(seed000, [[40, 6], [3000, 7], [9000, 6]]), 'utf-8', 3],
    ['000.txt, a damaged byte in the first 8 KB and one at the end', flipped(seed000, [[100, 7], [seed000.length - 20, 6]]), 'utf-8', 2],
    ['004.gbk.txt, a GB18030 lead byte (0xC1) turned into ASCII, which strands its trail byte', flipped(seed004, [[100, 7]]), 'gb18030', 1],
  ])('%s: read, damaged characters replaced, the rest intact, a note says so', async (_name, bytes, encoding, atLeast) => {
    const result = await read('report.txt', bytes);
    expect(result).not.toBeInstanceOf(IngestError);
    const { doc } = result as Exclude<typeof result, IngestError>;
    expect(doc.encoding).toBe(encoding);
    const text = doc.lines.map((l) => l.text).join('\n');
    expect((text.match(/\uFFFD/g) ?? []).length).toBeGreaterThanOrEqual(atLeast);
    // The rest reads as the seed does: its figures are there.
    expect(text).toContain(encoding === 'utf-8' ? '28,220.95' : '21915.81');
    const note = doc.notes.map((n) => JSON.parse(n) as { code: string; params: Record<string, string> }).find((n) => n.code === 'text-damaged');
    expect(note).toBeDefined();
    expect(render(note!, 'zh')).toMatch(/^文件中有 \d+ 处字节按 (UTF-8|GB18030) 无法解码（文件可能有损坏），已替换为“�”/);
  });

  it('a GB18030 file with a flipped trail byte decodes to another character: nothing to replace, nothing refused', async () => {
    const result = await read('report.txt', flipped(seed004, [[201, 0]]));
    expect(result).not.toBeInstanceOf(IngestError);
  });
});

describe('content decides, not the name', () => {
  it.each<[string, Buffer, string]>([
    ['a text report named .docx', Buffer.from('我局2021年调整预算数为100.00万元，实际支出90.00万元，预算执行率为95.00%。\n'), 'txt'],
    ['a GB18030 report named .pdf', seed004, 'txt'],
    ['a text report named .xlsx', seed000, 'txt'],
  ])('%s is read as %s, with a note', async (name, bytes, format) => {
    const ext = /named (\.\w+)/.exec(name)![1]!;
    const result = await read(`report${ext}`, bytes);
    expect(result).not.toBeInstanceOf(IngestError);
    const read2 = result as Exclude<typeof result, IngestError>;
    expect([read2.format, read2.formatMismatch]).toEqual([format, true]);
    expect(read2.doc.lines.length).toBeGreaterThan(0);
  });

  it.each<[string, string, Buffer, string]>([
    ['random bytes named .txt', 'x.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)), 'binary-not-text'],
    ['random bytes named .docx', 'x.docx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)), 'zip-corrupt'],
    ['half a Word file', 'x.docx', readFileSync(join(EXAMPLES, '002.docx')).subarray(0, 5000), 'zip-corrupt'],
  ])('%s is still refused', async (_name, file, bytes, code) => {
    const result = await read(file, bytes);
    expect(result).toBeInstanceOf(IngestError);
    expect((result as IngestError).detail.code).toBe(code);
  });
});
