import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../src/cli/threads.js';

const root = mkdtempSync(join(tmpdir(), 'jixiao-threads-'));
const folder = (name: string, files: string[], subfolders: string[] = []): string => {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const f of files) writeFileSync(join(dir, f), 'x');
  for (const d of subfolders) mkdirSync(join(dir, d));
  return dir;
};
const one = folder('one', ['a.pdf']);
const three = folder('three', ['a.pdf', 'b.pdf', 'c.pdf']);
const nested = folder('nested', ['a.pdf'], ['more']);
const empty = folder('empty', []);

describe('threads started before the inputs are walked', () => {
  it.each([
    ['a folder holding one report', [one], 4, 1],
    ['a folder holding more files than jobs', [three], 2, 2],
    ['a folder holding fewer files than jobs', [three], 8, 3],
    ['a folder with subfolders: as many as asked', [nested], 4, 4],
    ['an empty folder: one', [empty], 4, 1],
    ['two files named', [join(three, 'a.pdf'), join(three, 'b.pdf')], 4, 2],
    ['a file and a folder', [join(three, 'a.pdf'), one], 4, 2],
    ['no paths (the bundled examples): as many as asked', [], 3, 3],
    ['a path that does not exist: as many as asked', [join(root, 'missing')], 2, 2],
  ])('%s', (_name, paths, jobs, expected) => {
    expect(threadsFor({ paths, jobs })).toBe(expected);
  });
});
