/**
 * `manifest.jsonl`: what a run wrote, in order, so `jixiao merge` can rebuild the outputs of several shards
 * exactly as one run would have written them. First line: the run (tool, shard, how many groups the whole input
 * has); then one line per group: its position in the whole input (`seq`, the same on every shard) and either the
 * journal key of its stored reports or, for rows made without a worker (missing files, interrupted), the reports
 * themselves; last line: `end`. A manifest without its end line belongs to a run that did not finish.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Report } from '../model/audit.js';
import { TOOL_VERSION } from '../version.js';

export const MANIFEST_FILE = 'manifest.jsonl';

export interface ManifestHead {
  manifest: 1;
  tool: string;
  createdAt: string;
  shard: { index: number; count: number } | null;
  /** Groups (and missing paths) in the whole input, before sharding. */
  total: number;
}

export interface ManifestEntry {
  seq: number;
  /** The files of the group as this run named them. */
  files: string[];
  /** Stored reports, journal/<key>.json.gz, for files[i] where inline[i] is null. */
  key?: string;
  /** Reports made without a worker, by position; null where the stored reports apply. */
  inline?: Array<Report | null>;
}

export interface ManifestEnd {
  end: true;
  interrupted: boolean;
  groups: number;
}

export class ManifestWriter {
  private readonly stream: WriteStream;
  private groups = 0;

  constructor(path: string, head: Omit<ManifestHead, 'manifest' | 'tool' | 'createdAt'>) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    const line: ManifestHead = { manifest: 1, tool: TOOL_VERSION, createdAt: new Date().toISOString(), ...head };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  async add(entry: ManifestEntry): Promise<void> {
    this.groups++;
    if (!this.stream.write(`${JSON.stringify(entry)}\n`)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  close(interrupted: boolean): Promise<void> {
    const end: ManifestEnd = { end: true, interrupted, groups: this.groups };
    return new Promise((resolve, reject) => this.stream.end(`${JSON.stringify(end)}\n`, (err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

export interface Manifest {
  head: ManifestHead;
  entries: ManifestEntry[];
  end: ManifestEnd | null;
}

/** Read a manifest; null when the file is missing or its first line is not a manifest head. */
export async function readManifest(path: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n').filter((l) => l.trim());
  let head: ManifestHead;
  try {
    head = JSON.parse(lines[0] ?? '') as ManifestHead;
  } catch {
    return null;
  }
  if (head.manifest !== 1) return null;
  const entries: ManifestEntry[] = [];
  let end: ManifestEnd | null = null;
  for (const line of lines.slice(1)) {
    try {
      const value = JSON.parse(line) as ManifestEntry | ManifestEnd;
      if ('end' in value) end = value;
      else entries.push(value);
    } catch {
      // torn line: the manifest has no end line either, so the caller treats the run as unfinished
    }
  }
  return { head, entries, end };
}
