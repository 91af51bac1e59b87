/**
 * Convert legacy Word files to .docx with LibreOffice headless. Starting LibreOffice costs seconds, converting a
 * file far less, so the batch converts all its .doc files in one call (`convertDocs`) before auditing. Each call
 * gets its own user profile (-env:UserInstallation): two soffice processes sharing one profile block each other,
 * and a profile in the user's home would tie us to their desktop LibreOffice.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

let cached: string | null | undefined;

/** The soffice executable on PATH (or $JIXIAO_SOFFICE), null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  if (cached !== undefined) return cached;
  const candidates = process.env.JIXIAO_SOFFICE
    ? [process.env.JIXIAO_SOFFICE]
    : (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')]);
  cached = null;
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      cached = candidate;
      break;
    } catch {
      // not here
    }
  }
  return cached;
}

export interface ConvertOptions {
  /** Time for one soffice call; default 60 s plus 20 s per file. */
  timeoutMs?: number;
  /** Files per soffice call: one bad file that hangs LibreOffice costs only its batch. */
  batchSize?: number;
}

export interface Conversion {
  /** Folder holding this conversion's files; remove it when the converted files have been read. */
  workDir: string;
  /** Original path → converted .docx path, for the files LibreOffice converted. */
  converted: Map<string, string>;
  /** Why a call failed (timeout, exit code), if one did. */
  errors: string[];
}

function run(command: string, args: string[], timeoutMs: number): Promise<string | null> {
  return new Promise((done) => {
    // Own process group, so a timeout also ends soffice.bin, which soffice starts as a child.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      done(`timeout after ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      done(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code === 0 ? null : `exit ${code}: ${stderr.trim().split('\n')[0] ?? ''}`);
    });
  });
}

/**
 * Convert files in as few soffice calls as possible. Inputs are staged under numbered names, so two reports with
 * the same file name in different folders (or names LibreOffice would misread as options) cannot collide.
 */
export async function convertWithSoffice(paths: string[], tmpDir: string, options: ConvertOptions = {}): Promise<Conversion> {
  await mkdir(tmpDir, { recursive: true });
  const workDir = await mkdtemp(join(tmpDir, 'soffice-'));
  const result: Conversion = { workDir, converted: new Map(), errors: [] };
  const soffice = findSoffice();
  if (!soffice || paths.length === 0) return result;
  const inDir = join(workDir, 'in');
  const outDir = join(workDir, 'out');
  await mkdir(inDir);
  await mkdir(outDir);
  const staged = await Promise.all(
    paths.map(async (path, i) => {
      const name = `${i}${extname(path).toLowerCase() || '.doc'}`;
      const target = join(inDir, name);
      try {
        await symlink(resolve(path), target);
      } catch {
        await copyFile(path, target);
      }
      return target;
    }),
  );
  const size = Math.max(1, options.batchSize ?? 50);
  for (let start = 0; start < staged.length; start += size) {
    const batch = staged.slice(start, start + size);
    const profile = join(workDir, `profile-${start}`);
    const error = await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless', '--invisible', '--nologo', '--norestore', '--nolockcheck', '--nodefault',
        '--convert-to', 'docx:MS Word 2007 XML',
        '--outdir', outDir,
        ...batch,
      ],
      options.timeoutMs ?? 60_000 + 20_000 * batch.length,
    );
    if (error) result.errors.push(error);
    await rm(profile, { recursive: true, force: true });
  }
  const produced = new Set(await readdir(outDir));
  paths.forEach((path, i) => {
    if (produced.has(`${i}.docx`)) result.converted.set(path, join(outDir, `${i}.docx`));
  });
  await rm(inDir, { recursive: true, force: true });
  return result;
}

/**
 * For the batch layer: convert every .doc once before auditing, and pass the map as `IngestOptions.converted`.
 * Converted files stay under `tmpDir` until the caller removes it. Files missing from the map were not converted;
 * the .doc adapter then tries them alone.
 */
export async function convertDocs(paths: string[], tmpDir: string, options?: ConvertOptions): Promise<Map<string, string>> {
  return (await convertWithSoffice(paths, tmpDir, options)).converted;
}
