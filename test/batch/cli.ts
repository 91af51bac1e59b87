/**
 * Running the real, compiled CLI (`node dist/src/cli.js`) from tests, with its peak RSS (all threads: the
 * process's own maxRSS, reported by a hook loaded with --import), and reading the CSVs it writes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

/** Prints the process's peak RSS (KB) on exit; process.exit() still runs 'exit' handlers. */
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI process (main thread and workers), KB; null if it was killed. */
  maxRssKb: number | null;
  seconds: number;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Called with the child once started (to signal or kill it). */
  onSpawn?: (child: ChildProcess) => void;
  timeoutMs?: number;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_HOOK, CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  options.onSpawn?.(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = /MAXRSS_KB=(\d+)/.exec(stderr);
      resolve({ code, signal, stdout, stderr, maxRssKb: rss ? Number(rss[1]) : null, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A CSV as objects keyed by its header. */
export function readCsv(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** Rows of a CSV with the timing column blanked: what must be identical between runs. */
export function stableRows(path: string): string[][] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const seconds = header!.indexOf('seconds');
  return [header!, ...rows.map((r) => r.map((c, i) => (i === seconds ? '' : c)))];
}
