/**
 * What can be decided about a file from the main thread before any worker reads it: it is missing, not a regular
 * file (a FIFO would block a reader forever), unreadable, or over --max-mb (never read into memory at all).
 * Everything else is hashed (streamed) for the journal key.
 */
import { stat } from 'node:fs/promises';
import type { Report } from '../model/audit.js';
import { msg } from '../model/status.js';
import { hashFile } from './fingerprint.js';
import { statusReport } from './reports.js';

export type Checked = { path: string; sha256: string; report?: undefined } | { path: string; report: Report; sha256?: undefined };

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'special file';
}

function readFailure(path: string, error: unknown): Report {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return statusReport(path, 'failed', msg('file-missing'));
  if (code === 'EACCES' || code === 'EPERM') return statusReport(path, 'failed', msg('file-no-permission', { detail: code }));
  return statusReport(path, 'failed', msg('read-error', { detail: code }));
}

export async function precheck(path: string, maxBytes: number): Promise<Checked> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { path, report: readFailure(path, error) };
  }
  if (!info.isFile()) return { path, report: statusReport(path, 'unsupported', msg('not-a-regular-file', { kind: kindOf(info) })) };
  if (info.size > maxBytes) return { path, report: statusReport(path, 'too-large', msg('file-too-large', { mb: Math.round(maxBytes / 1048576) })) };
  try {
    return { path, sha256: await hashFile(path) };
  } catch (error) {
    return { path, report: readFailure(path, error) };
  }
}
