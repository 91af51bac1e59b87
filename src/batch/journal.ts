/**
 * The resume journal of an output folder: `journal.jsonl`, one line per finished group of files (usually one
 * file), and `journal/<key>.json.gz`, the reports of that group as the writers need them. A later run with the
 * same key (same bytes, tool version, frameworks and options) reuses the stored reports instead of auditing again,
 * so its outputs are complete without redoing the work.
 *
 * Crash safety: a stored group is written to a temporary name and renamed, and its journal line is appended only
 * after that, in one write. A run killed at any point leaves at worst a torn last line, which is skipped on load,
 * and never a line whose reports are missing. Lines are not fsynced: a killed process loses nothing the kernel has,
 * only a power cut could.
 */
import { closeSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Report } from '../model/audit.js';
import type { Templates } from './messages.js';

export const JOURNAL_FILE = 'journal.jsonl';
export const STORE_DIR = 'journal';

export interface JournalEntry {
  key: string;
  /** The files as named when they were audited, in group order. */
  files: string[];
  status: string[];
  at: string;
}

/** What `journal/<key>.json.gz` holds. */
export interface StoredGroup {
  key: string;
  files: string[];
  /** Templates of the message codes the reports use (adapters define some only where they run). */
  messages: Templates;
  reports: Report[];
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export function storePath(storeDir: string, key: string): string {
  return join(storeDir, `${key}.json.gz`);
}

/**
 * Write a stored group atomically; `json` is a serialised StoredGroup. Compression starts before anything is awaited:
 * it takes its own copy of the text, so the caller's string (tens of MB for a long report) can be let go at once.
 */
export async function writeStore(storeDir: string, key: string, json: string): Promise<void> {
  const compressed = gzipAsync(json, { level: 1 });
  // Its failure is reported by the await below; until then it must not count as unhandled.
  compressed.catch(() => undefined);
  await mkdir(storeDir, { recursive: true });
  const path = storePath(storeDir, key);
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, await compressed);
  await rename(partial, path);
}

/** The serialised StoredGroup, or null when it is missing or damaged (the group is then audited again). */
export async function readStoreJson(storeDir: string, key: string): Promise<string | null> {
  try {
    return (await gunzipAsync(await readFile(storePath(storeDir, key)))).toString('utf8');
  } catch {
    return null;
  }
}

export class Journal {
  private readonly entries = new Map<string, JournalEntry>();
  private fd: number | null = null;

  private constructor(readonly path: string, readonly storeDir: string) {}

  static async open(outDir: string): Promise<Journal> {
    const journal = new Journal(join(outDir, JOURNAL_FILE), join(outDir, STORE_DIR));
    await mkdir(journal.storeDir, { recursive: true });
    // Stored groups a killed run was still writing.
    for (const name of await readdir(journal.storeDir)) if (name.endsWith('.partial')) await rm(join(journal.storeDir, name), { force: true });
    let text = '';
    if (existsSync(journal.path)) text = readFileSync(journal.path, 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as JournalEntry;
        if (typeof entry.key === 'string' && Array.isArray(entry.files)) journal.entries.set(entry.key, entry);
      } catch {
        // A line torn by a kill: that group is simply audited again.
      }
    }
    journal.fd = openSync(journal.path, 'a');
    // After a torn last line, start on a fresh one so the next entry is not glued to the fragment.
    if (text.length && !text.endsWith('\n')) writeSync(journal.fd, '\n');
    return journal;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): JournalEntry | undefined {
    return this.entries.get(key);
  }

  append(entry: JournalEntry): void {
    this.entries.set(entry.key, entry);
    if (this.fd === null) throw new Error('journal closed');
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
