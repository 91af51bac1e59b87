/** How many worker threads to start before an audit's inputs are walked. */
import { readdirSync, statSync } from 'node:fs';
import type { AuditArgs } from './args.js';

/**
 * How many threads an audit will want, guessed before its inputs are walked (see prestartWorkers): one per file
 * named or found in a folder without subfolders, up to --jobs; --jobs when a folder holds folders (or none is
 * named, for the bundled examples). A thread started and then not used still costs its memory until it ends: a
 * folder holding one long report peaked 26 MB higher with two threads started than with one.
 */
export function threadsFor(args: Pick<AuditArgs, 'paths' | 'jobs'>): number {
  if (!args.paths.length) return args.jobs;
  let files = 0;
  for (const path of args.paths) {
    const inputs = inputsAtMost(path, args.jobs - files);
    if (inputs === null) return args.jobs;
    files += inputs;
    if (files >= args.jobs) return args.jobs;
  }
  return Math.max(1, files);
}

/** Files a path names (itself, or the entries of a folder without subfolders), or null when it may be more than `limit`. */
function inputsAtMost(path: string, limit: number): number | null {
  try {
    if (statSync(path).isFile()) return 1;
    const entries = readdirSync(path, { withFileTypes: true });
    if (entries.length > limit || entries.some((e) => e.isDirectory() || e.isSymbolicLink())) return null;
    return entries.length;
  } catch {
    return null;
  }
}
