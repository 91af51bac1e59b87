/** Entry point: `jixiao audit …`, `jixiao merge …`. Usage errors exit 2; bugs print a stack and exit 2. */
import { parseArgs, UsageError, USAGE } from './cli/args.js';
import { runAudit } from './cli/run-audit.js';
import { TOOL_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`jixiao ${TOOL_VERSION}\n`);
      return 0;
    case 'audit':
      return runAudit(args);
    case 'merge':
      return (await import('./cli/merge.js')).runMerge(args);
    case 'inspect':
      return (await import('./cli/inspect.js')).runInspect(args.path, args.lang);
  }
}

// `jixiao inspect … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`jixiao: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
