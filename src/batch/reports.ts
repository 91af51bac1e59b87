/** Stored reports reused under other names; rows for unfinished files (model/blank-report.ts). */
import { extname } from 'node:path';
import type { Report } from '../model/audit.js';
import { statusReport } from '../model/blank-report.js';
import { msg } from '../model/status.js';

export { statusReport };

/** The row of a file whose type jixiao does not read (it is not opened). */
export function unsupportedReport(path: string): Report {
  return statusReport(path, 'unsupported', msg('unsupported-format', { ext: extname(path) || '—' }));
}

/**
 * Parse stored reports made for other paths (the same bytes seen under another name, or the same file named
 * differently on the command line) and name them after `to`: every string equal to an old path (report.file,
 * report.group, each location.file, message parameters) becomes the new one.
 */
export function parseRetargeted(json: string, from: readonly string[], to: readonly string[]): unknown {
  const map = new Map<string, string>();
  from.forEach((f, i) => {
    if (to[i] !== undefined && f !== to[i]) map.set(f, to[i]!);
  });
  if (map.size === 0) return JSON.parse(json);
  return JSON.parse(json, (_key, value: unknown) => (typeof value === 'string' && map.has(value) ? map.get(value) : value));
}
