/** `npm run docs`: writes docs/metrics.md from the vocabulary data (metrics-doc.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metricsMarkdown } from './metrics-doc.js';

const target = fileURLToPath(new URL('../../../docs/metrics.md', import.meta.url));
writeFileSync(target, metricsMarkdown());
process.stdout.write(`wrote ${target}\n`);
