/**
 * Find the reports under the paths given: folders are walked recursively (hidden files and folders, node_modules
 * and the output folder skipped, symlink loops avoided). Every file found is listed, so every one gets a row in
 * reports.csv: a supported one is a report, one of another type (.rtf, .ofd, .zip …) is `unsupported` without
 * being read. A path that cannot be read is still listed, so it gets a status row. Files with the same stem in one folder form one report when exactly one of them is a
 * document and the others are spreadsheets (002.docx + 002.scores.xlsx).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatOfPath } from '../ingest/index.js';
import type { BatchItem } from './run-batch.js';

export interface Discovered {
  /** Groups of files; the first of each group is the main report. */
  groups: string[][];
  /** Paths given that do not exist. */
  missing: string[];
  /** Files found in folders whose type jixiao does not read (each is a group of its own). */
  unsupported: Set<string>;
}

const SHEETS = new Set(['xlsx', 'xls', 'csv']);

/** More files under the paths than a caller allows (`maxFiles`): the walk stops there, before anything is read. */
export class TooManyFiles extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} files`);
  }
}

async function walk(path: string, out: string[], seen: Set<string>, skip: Set<string>, limit = Infinity): Promise<void> {
  if (out.length > limit) throw new TooManyFiles(limit);
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
      await walk(join(path, e.name), out, seen, skip, limit);
    }
    return;
  }
  out.push(path);
}

export function stemOf(path: string): string {
  return join(dirname(path), basename(path).split('.')[0]!);
}

export function groupByStem(files: string[]): string[][] {
  const byStem = new Map<string, string[]>();
  for (const f of files) byStem.set(stemOf(f), [...(byStem.get(stemOf(f)) ?? []), f]);
  const groups: string[][] = [];
  for (const members of byStem.values()) {
    const documents = members.filter((m) => formatOfPath(m) !== null && !SHEETS.has(formatOfPath(m)!));
    const sheets = members.filter((m) => SHEETS.has(formatOfPath(m) ?? ''));
    if (documents.length === 1 && sheets.length) {
      // Files of other types with the same stem (002.rtf) keep their own rows, after the report.
      groups.push([documents[0]!, ...sheets]);
      for (const m of members) if (formatOfPath(m) === null) groups.push([m]);
    } else {
      for (const m of members) groups.push([m]);
    }
  }
  return groups;
}

/**
 * The files under `paths`, grouped; `outDir` (the run's output folder, when there is one) is never walked. With
 * `maxFiles`, the walk throws TooManyFiles as soon as it has found more (a library caller's `auditFiles('/')`).
 */
export async function discover(paths: string[], outDir: string | null, maxFiles = Infinity): Promise<Discovered> {
  const files: string[] = [];
  const missing: string[] = [];
  const named = new Set<string>();
  const seen = new Set<string>();
  const skip = new Set<string>();
  try {
    if (outDir !== null) skip.add(await realpath(resolve(outDir)));
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
    // A file named explicitly is read whatever its extension: its content may say what it is.
    if (!(await stat(p).then((s) => s.isDirectory()).catch(() => false))) named.add(p);
    await walk(p, files, seen, skip, maxFiles);
  }
  if (files.length > maxFiles) throw new TooManyFiles(maxFiles);
  const unsupported = new Set(files.filter((f) => !named.has(f) && formatOfPath(f) === null));
  return { groups: groupByStem([...new Set(files)]), missing, unsupported };
}

/** Everything found, in input order: missing paths first, then the groups; `seq` numbers the whole input. */
export function batchItems(found: Discovered): BatchItem[] {
  return [
    ...found.missing.map((p, i): BatchItem => ({ seq: i, paths: [p], missing: true })),
    ...found.groups.map((g, i): BatchItem => ({ seq: found.missing.length + i, paths: g, ...(found.unsupported.has(g[0]!) ? { unsupported: true } : {}) })),
  ];
}
