/**
 * Entry point: `jixiao audit …`, `jixiao merge …`, `jixiao inspect …`, `jixiao rubrics`. Help and version go to stdout (exit 0);
 * every error is one line on stderr: usage errors exit 2 (with the command's synopsis when it helps), anything
 * unexpected exits 1 with a one-line message (the stack only with JIXIAO_DEBUG=1).
 */
import { parseArgs, UsageError, langOf } from './cli/args.js';
import { poolLimits, prestartWorkers } from './batch/pool.js';
import { helpText, synopsis } from './cli/usage.js';
import { threadsFor } from './cli/threads.js';
import { render } from './write/render.js';
import { TOOL_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(helpText(args.about, args.lang));
      return 0;
    case 'version':
      process.stdout.write(`jixiao ${TOOL_VERSION}\n`);
      return 0;
    case 'audit':
      prestartWorkers(threadsFor(args), poolLimits(args.jobs).heapLimitMb);
      return (await import('./cli/run-audit.js')).runAudit(args);
    case 'merge':
      return (await import('./cli/merge.js')).runMerge(args);
    case 'inspect':
      return (await import('./cli/inspect.js')).runInspect(args);
    case 'rubrics':
      return (await import('./cli/rubrics.js')).runRubrics(args);
  }
}

/** The one line an error becomes on stderr, and the exit code it gives. */
function report(error: unknown, argv: string[]): number {
  if (error instanceof UsageError) {
    process.stderr.write(`jixiao: ${render(error.detail, error.lang)}\n`);
    if (error.showSynopsis) process.stderr.write(`${synopsis(error.about, error.lang)}\n`);
    return 2;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`jixiao: ${render({ code: 'cli.internal', params: { detail: detail.split('\n')[0]! } }, langOf(argv))}\n`);
  if (process.env.JIXIAO_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 1;
}

// `jixiao inspect … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.exit(report(error, process.argv.slice(2)));
});

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error, argv);
  },
);
