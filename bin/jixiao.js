#!/usr/bin/env node
// The package command: `jixiao audit <paths...> --out <dir>`. Runs the compiled CLI (npm run build).
import('../dist/src/cli.js').catch((error) => {
  console.error(error?.code === 'ERR_MODULE_NOT_FOUND' ? 'jixiao: run `npm run build` first.' : error);
  process.exit(2);
});
