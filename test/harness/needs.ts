/**
 * What a test needs beyond `npm ci`, and why it is skipped when that is missing. A clone with nothing beside it
 * runs every test that the repository's own files allow (the seed copies in fixtures/examples); the others are
 * skipped with the reason in their name, and test/harness/skip-reporter.ts prints every skipped test's reason at
 * the end of the run (a skip without a reason fails the run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The material shared beside the repository (corpus, gold, realdev): `../shared` from the project root, or the
 * folder JIXIAO_SHARED names (JIXIAO_SHARED=/nowhere runs the suite as a clone with nothing beside it does).
 */
export const SHARED = process.env.JIXIAO_SHARED ? resolve(process.env.JIXIAO_SHARED) : join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const REALDEV = join(SHARED, 'realdev');
/** Copies of seed files, byte for byte, in the repository: 000.txt, 001.lo.pdf, 002.docx, 002.scores.xlsx, 003.html, 004.gbk.txt. */
export const EXAMPLES = join(ROOT, 'fixtures', 'examples');

/** The words that mark a skipped test's reason in its name (read back by the skip reporter). */
export const SKIP_MARK = ' — skipped: ';

function runs(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return null;
  }
}

const hasTesseractChiSim = () => /^chi_sim$/m.test(runs('tesseract', ['--list-langs']) ?? '');
const hasPdftoppm = () => runs('pdftoppm', ['-v']) !== null;

/** Why each optional thing is missing, or null when it is here. Decided once, before tests are collected. */
export const MISSING = {
  corpus: existsSync(join(CORPUS, 'manifest.json')) ? null : '../shared/corpus is not beside this clone (the seed reports in every format; fixtures/examples has six of its files)',
  gold: existsSync(join(SHARED, 'gold', 'seeds.json')) ? null : '../shared/gold/seeds.json is not beside this clone (the seeds’ hand-checked figures)',
  realdev: existsSync(join(REALDEV, 'gold.json')) ? null : '../shared/realdev is not beside this clone (excerpts of real reports)',
  scan: existsSync(join(CORPUS, '000', '000.scan.pdf')) ? null : '../shared/corpus/000/000.scan.pdf is not beside this clone (the scanned seed)',
  ocr: hasTesseractChiSim()
    ? hasPdftoppm()
      ? null
      : 'pdftoppm is not installed (apt-get install poppler-utils)'
    : hasPdftoppm()
      ? 'tesseract with Chinese (chi_sim) is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)'
      : 'tesseract (chi_sim) and pdftoppm are not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
  chromium: existsSync('/usr/bin/chromium') ? null : '/usr/bin/chromium is not installed (apt-get install chromium)',
} as const;

export type Missing = string | null | undefined;

/** The first reason among several, or null when everything is here. */
export function firstMissing(...reasons: Missing[]): string | null {
  return reasons.find((r): r is string => typeof r === 'string' && r.length > 0) ?? null;
}

/** A describe block that runs when nothing is missing; otherwise skipped with the reason in its name. */
export function describeWhen(missing: Missing | Missing[], name: string, fn: () => void): void {
  const reason = firstMissing(...[missing].flat());
  if (reason) describe.skip(`${name}${SKIP_MARK}${reason}`, fn);
  else describe(name, fn);
}

/** A test that runs when nothing is missing; otherwise skipped with the reason in its name. */
export function itWhen(missing: Missing | Missing[], name: string, fn: () => unknown, timeout?: number): void {
  const reason = firstMissing(...[missing].flat());
  if (reason) it.skip(`${name}${SKIP_MARK}${reason}`, fn);
  else it(name, fn, timeout);
}

/** A corpus file, or its byte-for-byte copy in fixtures/examples; null when neither is here. */
export function seedFile(name: string): string | null {
  const example = join(EXAMPLES, name);
  if (existsSync(example)) return example;
  const corpus = join(CORPUS, name.slice(0, 3), name);
  return existsSync(corpus) ? corpus : null;
}

/** Why a corpus file cannot be had here, or null when it can. */
export function missingSeed(name: string): string | null {
  return seedFile(name) ? null : MISSING.corpus;
}

/**
 * A seed's text (`NNN.txt`): from the corpus when it is here, else from the copies in fixtures/examples — 000.txt
 * itself, and 004.gbk.txt decoded (the corpus made it from 004.txt with iconv, so it decodes to the same text).
 * Null for the seeds whose text has no copy in the repository.
 */
export function seedText(seed: string): string | null {
  const corpus = join(CORPUS, seed, `${seed}.txt`);
  if (existsSync(corpus)) return readFileSync(corpus, 'utf8');
  if (seed === '000') return readFileSync(join(EXAMPLES, '000.txt'), 'utf8');
  if (seed === '004') return new TextDecoder('gb18030').decode(readFileSync(join(EXAMPLES, '004.gbk.txt')));
  return null;
}

/** Why a seed's text cannot be had here, or null when it can. */
export function missingSeedText(seed: string): string | null {
  return seedText(seed) === null ? MISSING.corpus : null;
}
