/**
 * What is checked before a command touches its output folder, so that bad arguments never cost the outputs of
 * an earlier run: --out must be a folder that can be written, not an input folder; --rubric must resolve; the
 * paths given must hold something to audit. Each problem is a UsageError (exit 2, one line).
 */
import { access, constants, mkdir, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/messages.js';
import { msg } from '../model/status.js';
import { UsageError } from './args.js';
import type { Command } from './usage.js';
import type { Discovered } from '../batch/discover.js';

async function realOrNull(path: string): Promise<string | null> {
  return realpath(path).catch(() => null);
}

/** --out is not a file and none of `inputs`. */
export async function usableOutFolder(outDir: string, inputs: readonly string[], command: Command, lang: Lang): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(msg('cli.out-is-file', { path: outDir }), command, lang, false);
  const real = await realOrNull(outDir);
  if (!real) return;
  for (const input of inputs) {
    if ((await realOrNull(resolve(input))) !== real) continue;
    const detail = command === 'merge' ? msg('cli.merge-out-is-input', { dir: input }) : msg('cli.out-is-input', { path: input });
    throw new UsageError(detail, command, lang, false);
  }
}

/** Create --out (when it is not there yet) and make sure it can be written, once the arguments are known good. */
export async function makeOutFolder(outDir: string, command: Command, lang: Lang): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(msg('cli.out-unusable', { path: outDir, detail }), command, lang, false);
  }
}

/** A --rubric that names no framework and no readable framework file. */
export async function usableRubric(rubric: string | null, lang: Lang): Promise<void> {
  if (rubric === null) return;
  const { resolveRubric, RubricError } = await import('../rules/rubric/load.js');
  try {
    resolveRubric(rubric);
  } catch (error) {
    const detail = error instanceof RubricError ? error.problems.slice(0, 2).join('; ') : error instanceof Error ? error.message : String(error);
    throw new UsageError(msg('cli.bad-rubric', { rubric, detail }), 'audit', lang, false);
  }
}

/** Nothing at all to audit: every path missing, or folders without a single file. */
export function somethingToAudit(found: Discovered, paths: readonly string[], lang: Lang): void {
  if (found.groups.length) return;
  const list = (found.missing.length ? found.missing : paths).join(lang === 'zh' ? '、' : ', ');
  throw new UsageError(msg(found.missing.length ? 'cli.no-such-path' : 'cli.no-files', { paths: list }), 'audit', lang, false);
}
