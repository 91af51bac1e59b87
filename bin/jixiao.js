#!/usr/bin/env node
// The package command: `jixiao audit <paths...> --out <dir>`. Runs the compiled CLI (npm run build).
import('../dist/src/cli.js').catch((error) => {
  const unbuilt = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli.js');
  console.error(unbuilt ? 'jixiao: 尚未编译，请先运行 npm run build。/ Not built yet: run npm run build first.' : `jixiao: ${error?.message ?? error}`);
  process.exit(unbuilt ? 2 : 1);
});
