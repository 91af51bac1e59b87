/**
 * Per-file outcome of reading a report. Every input file gets one, so nothing is lost from reports.csv.
 * `ok` means the file was read and audited; flags are findings, not failures. `interrupted`: the run was stopped
 * (Ctrl-C, SIGTERM) before this file was done; the next run of the same command does it.
 */
export const STATUSES = [
  'ok',
  'failed',
  'unsupported',
  'empty',
  'scanned-no-text',
  'encrypted',
  'garbled',
  'too-large',
  'timeout',
  'interrupted',
] as const;
export type Status = (typeof STATUSES)[number];

/** A message that is rendered in the user's language at write time (see src/i18n). */
export interface Message {
  code: string;
  params?: Record<string, string | number> | undefined;
}

export function msg(code: string, params?: Record<string, string | number>): Message {
  return params ? { code, params } : { code };
}

/** An input file problem that adapters report instead of throwing: the batch goes on. */
export class IngestError extends Error {
  constructor(
    readonly status: Exclude<Status, 'ok'>,
    readonly detail: Message,
  ) {
    super(`${status}: ${detail.code}`);
  }
}
