/**
 * Rows for files the pipeline did not (or could not) finish: refused before reading, timed out, crashed, or left
 * when a run was interrupted. Every input file gets one, so nothing is missing from reports.csv.
 */
import type { Report } from '../model/audit.js';
import type { Status, Message } from '../model/status.js';

export function statusReport(file: string, status: Status, error: Message | null, sha256: string | null = null): Report {
  return {
    file,
    status,
    format: null,
    encoding: null,
    pages: null,
    group: null,
    dept: null,
    region: null,
    year: null,
    filledDate: null,
    score: { stated: null, rubric: null, rescoredMin: null, rescoredMax: null },
    facts: [],
    flags: [],
    tables: [],
    checked: 0,
    unverifiable: [],
    seconds: 0,
    error,
    notes: [],
    ocr: false,
    sha256,
  };
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
