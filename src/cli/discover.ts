/**
 * Find the reports under the paths given: folders are walked recursively (hidden folders and the output folder
 * skipped, symlink loops avoided), every supported file is a report. A path that cannot be read is still listed,
 * so it gets a status row. Files with the same stem in one folder form one report when exactly one of them is a
 * document and the others are spreadsheets (002.docx + 002.scores.xlsx).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { formatOfPath } from '../ingest/index.js';

export interface Discovered {
  /** Groups of files; the first of each group is the main report. */
  groups: string[][];
  /** Paths given that do not exist. */
  missing: string[];
}

const SHEETS = new Set(['xlsx', 'xls', 'csv']);

async function walk(path: string, out: string[], seen: Set<string>, skip: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    out.push(path);
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return;
    }
    if (seen.has(real) || skip.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      out.push(path);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      await walk(join(path, e.name), out, seen, skip);
    }
    return;
  }
  if (formatOfPath(path) !== null) out.push(path);
}

export function stemOf(path: string): string {
  return join(dirname(path), basename(path).split('.')[0]!);
}

export function groupByStem(files: string[]): string[][] {
  const byStem = new Map<string, string[]>();
  for (const f of files) byStem.set(stemOf(f), [...(byStem.get(stemOf(f)) ?? []), f]);
  const groups: string[][] = [];
  for (const members of byStem.values()) {
    const documents = members.filter((m) => !SHEETS.has(formatOfPath(m) ?? ''));
    const sheets = members.filter((m) => SHEETS.has(formatOfPath(m) ?? ''));
    if (documents.length === 1 && sheets.length) {
      groups.push([documents[0]!, ...sheets]);
    } else {
      for (const m of members) groups.push([m]);
    }
  }
  return groups;
}

export async function discover(paths: string[], outDir: string): Promise<Discovered> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const skip = new Set<string>();
  try {
    skip.add(await realpath(resolve(outDir)));
  } catch {
    // the output folder does not exist yet
  }
  for (const p of paths) {
    try {
      await stat(p);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        missing.push(p);
        continue;
      }
    }
    const before = files.length;
    await walk(p, files, seen, skip);
    // A file named explicitly is audited even with an unknown extension (it gets a status row).
    if (files.length === before && extname(p) && !(await stat(p).then((s) => s.isDirectory()).catch(() => false))) files.push(p);
  }
  return { groups: groupByStem([...new Set(files)]), missing };
}
