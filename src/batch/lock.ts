/**
 * One run at a time per output folder: two runs appending to one journal and renaming over each other's outputs
 * would corrupt both. The lock is a file naming the process; a lock whose process is gone (kill -9, a lost
 * machine) is taken over.
 */
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';

export const LOCK_FILE = '.lock';

export class FolderLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the lock of `outDir` (which exists); returns the release function. */
export function lockFolder(outDir: string): () => void {
  const path = join(outDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, mine);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let holder: { pid?: number; host?: string } = {};
    try {
      holder = JSON.parse(readFileSync(path, 'utf8')) as typeof holder;
    } catch {
      // unreadable lock: left by a run killed while writing it
    }
    // Another machine's lock cannot be checked: a folder shared between machines is one shard's, and a lock left
    // there is from that shard's previous (killed) attempt.
    if (holder.host === hostname() && typeof holder.pid === 'number' && holder.pid !== process.pid && alive(holder.pid)) {
      throw new FolderLockedError(
        `输出目录 ${outDir} 正被另一个运行（进程 ${holder.pid}）使用；如确认没有其他运行，请删除 ${path} / ` +
          `${outDir} is in use by another run (process ${holder.pid}); if none is running, delete ${path}`,
      );
    }
    writeFileSync(path, mine);
  }
  return () => {
    try {
      if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
    } catch {
      // already gone
    }
  };
}

/**
 * Create the output folder and take its lock. Null, with the reason on stderr, when another run holds it:
 * the caller exits 2.
 */
export async function openOutputFolder(outDir: string): Promise<(() => void) | null> {
  await mkdir(outDir, { recursive: true });
  try {
    return lockFolder(outDir);
  } catch (error) {
    if (!(error instanceof FolderLockedError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}
