/**
 * The library from plain JavaScript: a string is one path, not a list of characters; a call that cannot be right
 * (a file-system root, a folder with more files than maxFiles, arguments of the wrong kind) throws InputError at
 * once, before anything is read; a file that cannot be read is a report with a status, never a throw.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditDocument, auditFiles, InputError } from '../src/index.js';
import { EXAMPLES } from './harness/needs.js';

const work = mkdtempSync(join(tmpdir(), 'jixiao-api-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('auditFiles', () => {
  it('takes one path as a string: that file, one report', async () => {
    const reports = await auditFiles(join(EXAMPLES, '000.txt'));
    expect(reports.map((r) => [r.file, r.status])).toEqual([[join(EXAMPLES, '000.txt'), 'ok']]);
    expect(reports[0]!.flags.length).toBeGreaterThan(0);
  });

  it('a file that cannot be read is a report with a status, not a throw', async () => {
    const reports = await auditFiles([join(work, 'missing.txt')]);
    expect(reports.map((r) => [r.status, r.error?.code])).toEqual([['failed', 'file-missing']]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['the root of the file system', '/', 'file-system-root', /^\/ is the root of a file system/],
    ['the root among other paths', [EXAMPLES, '/'], 'file-system-root', /root of a file system/],
    ['a number', 42, 'not-a-path', /^auditFiles needs a path or a list of paths \(strings\), not number$/],
    ['null', null, 'not-a-path', /not null$/],
    ['an object', { path: 'a.txt' }, 'not-a-path', /not object$/],
    ['a list holding a number', ['a.txt', 7], 'not-a-path', /needs paths as non-empty strings, not number$/],
    ['an empty string', '', 'not-a-path', /not ""$/],
  ])('throws InputError at once for %s', async (_name, paths, code, message) => {
    const started = performance.now();
    const error = await auditFiles(paths as string).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as InputError).code).toBe(code);
    expect((error as Error).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('throws InputError when a folder holds more files than maxFiles, before reading any', async () => {
    const dir = join(work, 'many');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, i % 2 ? 'sub' : '', `r${i}.txt`), '预算执行率为95%。');
    const error = await auditFiles(dir, { maxFiles: 5 }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'too-many-files', message: `${dir} holds more than 5 files: name the folder of the reports, or raise maxFiles` });
    expect(await auditFiles(dir, { maxFiles: 6 })).toHaveLength(6);
  });
});

describe('auditDocument', () => {
  it.each<[string, unknown, RegExp]>([
    ['null', null, /^auditDocument needs \{ name, data \} with name a file name \(string\), not null$/],
    ['a string', '预算执行率为95%。', /not "预算执行率为95%。"$/],
    ['a name that is not a string', { name: 3, data: 'x' }, /not object$/],
    ['data that is a number', { name: 'a.txt', data: 5 }, /^auditDocument needs data as a string, a Uint8Array \(Buffer\) or an ArrayBuffer, not number$/],
    ['data that is missing', { name: 'a.txt' }, /not undefined$/],
  ])('throws InputError for %s', async (_name, input, message) => {
    const error = await auditDocument(input as never).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'not-a-document' });
    expect((error as Error).message).toMatch(message);
  });

  it.each<[string, string | Uint8Array, string]>([
    ['an empty text', '', 'empty'],
    ['random bytes named .docx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9]), 'failed'],
  ])('content that cannot be read is a status: %s', async (_name, data, status) => {
    const report = await auditDocument({ name: _name.endsWith('.docx') ? 'x.docx' : 'x.txt', data });
    expect(report.status).toBe(status);
  });
});
