/**
 * File names of the per-report pages: ASCII only (safe in zip files and on every file system), readable from the
 * input's base name, and unique through a hash of the whole input path. Shared with the XLSX links.
 */
import { createHash } from 'node:crypto';

export const REPORTS_DIR = 'reports';

export function reportPageName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 10);
  return `${stem ? `${stem}-` : 'report-'}${hash}.html`;
}

/** The link from index.html or audit.xlsx (both in the output folder) to a report page, optionally to one flag. */
export function reportHref(file: string, flagIndex?: number): string {
  return `${REPORTS_DIR}/${reportPageName(file)}${flagIndex === undefined ? '' : `#flag-${flagIndex}`}`;
}
