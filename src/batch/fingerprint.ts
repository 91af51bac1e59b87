/**
 * What makes a finished file reusable by a later run: its bytes (SHA-256), the tool version, the scoring frameworks
 * (the contents of rubrics/, and a --rubric file), and the options that change a report (limits, OCR, rubric,
 * whether the document text is kept for the HTML pages). Not the language: reports do not depend on it. Any change gives a new key, so the file is audited again.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PipelineOptions } from '../pipeline.js';
import { TOOL_VERSION } from '../version.js';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of a file, streamed so a large file is never held in memory. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Hash of every file under `dir` (names and contents, in a stable order); '' when the folder does not exist. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  let count = 0;
  const walk = async (at: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(at, e.name);
      if (e.isDirectory()) await walk(path, `${rel}${e.name}/`);
      else if (e.isFile()) {
        hash.update(`${rel}${e.name}\0`).update(await readFile(path)).update('\0');
        count++;
      }
    }
  };
  await walk(dir, '');
  return count ? hash.digest('hex') : '';
}

async function rubricsFingerprint(rubric: string | null): Promise<string> {
  let shipped = '';
  try {
    const { rubricsDir } = await import('../rules/rubric/load.js');
    shipped = await hashTree(rubricsDir());
  } catch {
    // No rubrics/ folder: nothing to re-score with, nothing to key on.
  }
  let given = rubric ?? '';
  if (rubric) {
    // --rubric is a framework id or a file; a file is keyed by its contents.
    try {
      given = `file:${sha256(await readFile(rubric))}`;
    } catch {
      given = `id:${rubric}`;
    }
  }
  return sha256(`${shipped}\0${given}`);
}

/** The part of every journal key that is the same for the whole run. */
export async function runFingerprint(options: PipelineOptions): Promise<string> {
  const { limits, ocr } = options.ingest;
  return sha256(
    JSON.stringify({
      tool: TOOL_VERSION,
      rubrics: await rubricsFingerprint(options.rubric),
      ocr,
      keepText: options.keepText,
      limits,
    }),
  );
}

/** The key of a group of files: the run fingerprint and each file's content, in order. */
export function groupKey(run: string, contentHashes: readonly string[]): string {
  return sha256(`${run}\0${contentHashes.join('\0')}`);
}
