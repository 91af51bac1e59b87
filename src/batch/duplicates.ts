/**
 * Identical inputs: files of one run whose bytes are the same (SHA-256). Each such report lists the others, so a
 * report sent twice under two names is seen as one document, and sums across reports can leave the copies out.
 * Decided over the whole input before anything is written (the first copy's row is written before the last copy
 * is reached), and added to the reports as they are written, never stored with them: the same file is a copy in
 * one batch and not in another.
 */
import type { Report } from '../model/audit.js';

/** Others listed per report; a set of thousands of copies is a mistake, and listing it in full costs n². */
export const MAX_LISTED = 20;

export class Duplicates {
  private readonly bySha = new Map<string, string[]>();

  add(path: string, sha256: string | null | undefined): void {
    if (!sha256) return;
    const paths = this.bySha.get(sha256);
    if (!paths) this.bySha.set(sha256, [path]);
    else if (!paths.includes(path)) paths.push(path);
  }

  /** The other files with these bytes, in input order; empty when there are none. */
  othersOf(path: string, sha256: string | null): string[] {
    const paths = sha256 ? this.bySha.get(sha256) : undefined;
    if (!paths || paths.length < 2) return [];
    return paths.filter((p) => p !== path).slice(0, MAX_LISTED);
  }

  /** Every file with these bytes, in input order, when there are several: what a worker needs to mark them. */
  copiesOf(sha256: string): string[] | null {
    const paths = this.bySha.get(sha256);
    return paths && paths.length > 1 ? paths : null;
  }

  /** Copies as copiesOf lists them (in a worker). */
  static of(copies: ReadonlyArray<readonly [sha256: string, paths: readonly string[]]>): Duplicates {
    const d = new Duplicates();
    for (const [sha, paths] of copies) for (const p of paths) d.add(p, sha);
    return d;
  }

  /** The report with its copies listed (a new object: stored reports are not touched). */
  mark(report: Report): Report {
    const others = this.othersOf(report.file, report.sha256);
    return others.length ? { ...report, duplicates: others } : report;
  }
}
