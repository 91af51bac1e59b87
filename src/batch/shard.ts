/**
 * `--shard K/N`: which groups this machine audits. A group belongs to the shard given by a hash of its main
 * file's path relative to the input folder it was found under (a file given by itself: its name), with forward
 * slashes: the same on every machine and in every container, wherever the inputs are mounted, so N machines given
 * the same inputs audit disjoint sets that together cover all.
 */
import { createHash } from 'node:crypto';
import { basename, relative, resolve, sep } from 'node:path';

/** The stable name of `file` among the input `roots` (the paths given on the command line). */
export function stableName(file: string, roots: readonly string[]): string {
  const abs = resolve(file);
  let best: string | null = null;
  for (const root of roots) {
    const r = resolve(root);
    if ((abs === r || abs.startsWith(r.endsWith(sep) ? r : r + sep)) && (best === null || r.length > best.length)) best = r;
  }
  const rel = best === null ? '' : relative(best, abs);
  return rel ? rel.split(sep).join('/') : basename(abs);
}

/** 1-based shard of a stable name among `count`. */
export function shardOf(name: string, count: number): number {
  const h = createHash('sha1').update(name, 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}
