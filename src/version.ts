/** The tool's version, from package.json (journal keys and outputs carry it). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
function findVersion(): string {
  for (const p of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'jixiao' && pkg.version) return pkg.version;
    } catch {
      // not at this depth (src vs dist/src)
    }
  }
  return '0.0.0';
}
export const TOOL_VERSION = findVersion();
