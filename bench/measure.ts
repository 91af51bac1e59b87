/**
 * Timed runs for the benchmark: the real CLI as a child process (wall time, and from a hook loaded with --import
 * the process's own peak RSS and CPU time, worker threads included), and poppler's pdftotext over the same files.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));

const HOOK =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();" +
  "process.stderr.write('\\nBENCH '+JSON.stringify({rssKb:u.maxRSS,cpuUs:u.userCPUTime+u.systemCPUTime})+'\\n')})";

export interface Measured {
  seconds: number;
  rssMb: number;
  cpuSeconds: number;
  code: number | null;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ seconds: number; code: number | null; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 1_000_000) stderr = stderr.slice(-100_000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, code, stderr }));
  });
}

export async function runJixiao(args: string[], env: Record<string, string> = {}): Promise<Measured> {
  const r = await run(process.execPath, ['--import', HOOK, CLI, ...args], env);
  const line = /BENCH (\{.*\})/.exec(r.stderr);
  const usage = line ? (JSON.parse(line[1]!) as { rssKb: number; cpuUs: number }) : { rssKb: NaN, cpuUs: NaN };
  return { seconds: r.seconds, rssMb: usage.rssKb / 1024, cpuSeconds: usage.cpuUs / 1e6, code: r.code, stderr: r.stderr };
}

/** pdftotext over `files`, `parallel` files at a time: wall and CPU seconds, or null when poppler is not installed. */
export async function runPdftotext(files: string[], parallel: number): Promise<{ seconds: number; cpuSeconds: number } | null> {
  const probe = await run('pdftotext', ['-v']).catch(() => null);
  if (!probe) return null;
  // One shell per lane runs its share in turn; bash's `times` then prints the CPU its children used.
  const lanes = Array.from({ length: parallel }, (_, k) => files.filter((_, i) => i % parallel === k));
  const started = performance.now();
  const cpu = await Promise.all(
    lanes.map(async (lane) => {
      const r = await run('bash', ['-c', 'for f in "$@"; do pdftotext -layout "$f" /dev/null; done; times >&2', 'lane', ...lane]);
      // `times`: the shell's own user/sys, then its children's, as 0m1.234s.
      const spans = [...r.stderr.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      return spans.slice(2).reduce((a, b) => a + b, 0);
    }),
  );
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu.reduce((a, b) => a + b, 0) };
}

/**
 * How much two CPU-bound processes get done together compared with one alone (2.0 on two idle cores). A shared
 * or busy machine gives less, and no program can scale better than this; printed beside the --jobs speed-up.
 */
export async function machineScaling(): Promise<number> {
  const spin = 'let x=0;for(let i=0;i<4e8;i++){x=(x*31+i)|0}';
  const one = await run(process.execPath, ['-e', spin]);
  const started = performance.now();
  await Promise.all([run(process.execPath, ['-e', spin]), run(process.execPath, ['-e', spin])]);
  const two = (performance.now() - started) / 1000;
  return (2 * one.seconds) / two;
}

/** Join page ranges of PDFs into one file with qpdf; false when qpdf is not installed or fails. */
export async function joinPdfs(parts: Array<[file: string, range: string]>, target: string): Promise<boolean> {
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(target), { recursive: true });
  const r = await run('qpdf', ['--empty', '--pages', ...parts.flat(), '--', target]).catch(() => null);
  return r !== null && (r.code === 0 || r.code === 3); // 3: warnings only
}
