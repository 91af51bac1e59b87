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

/** pdftotext over `files` with `parallel` files at a time; wall seconds, or null when poppler is not installed. */
export async function runPdftotext(files: string[], parallel: number): Promise<number | null> {
  const probe = await run('pdftotext', ['-v']).catch(() => null);
  if (!probe) return null;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < files.length) {
        const file = files[next++]!;
        await run('pdftotext', ['-layout', file, '/dev/null']);
      }
    }),
  );
  return (performance.now() - started) / 1000;
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
