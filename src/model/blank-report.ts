/**
 * A report row for a file the pipeline did not (or could not) finish: refused before reading, unreadable,
 * timed out, crashed, or left when a run was interrupted. Every input file gets a row, so nothing is missing
 * from reports.csv.
 */
import type { Report } from './audit.js';
import type { Message, Status } from './status.js';

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
    figures: [],
    flags: [],
    tables: [],
    checked: 0,
    relations: [],
    unverifiable: [],
    seconds: 0,
    error,
    notes: [],
    ocr: false,
    sha256,
  };
}
