/**
 * The words a user can look up: docs/metrics.md is generated from the vocabulary (extractors/) and must be in sync
 * with it; every metric id has an example wording, and reading that wording through the pipeline gives that metric
 * with that value; docs/checks.md has one entry per check id; the README points to these files and docs/output.md,
 * and nothing in the repository cites the spec/ they were drafted from (it is not in the repository).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../extractors/index.js';
import { metricsMarkdown } from '../src/docs/metrics-doc.js';
import { METRIC_EXAMPLES } from '../src/docs/metric-examples.js';
import { auditDocument } from '../src/api.js';
import { CHECKS } from '../src/model/audit.js';
import { BY_REPORT_COLUMNS, FACT_COLUMNS, FIGURE_COLUMNS, FLAG_COLUMNS, RELATION_COLUMNS, REPORT_COLUMNS, TABLE_COLUMNS } from '../src/write/csv.js';
import { ROOT } from './harness/needs.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const METRICS = FAMILIES.flatMap((f) => f.metrics);

describe('docs/metrics.md', () => {
  it('is what `npm run docs` writes from extractors/ (run it after changing the vocabulary)', () => {
    expect(read('docs/metrics.md')).toBe(metricsMarkdown());
  });

  it('has one entry per metric id, and nothing else', () => {
    const entries = [...read('docs/metrics.md').matchAll(/^### `([a-z0-9_]+)`/gm)].map((m) => m[1]);
    expect(entries).toEqual(METRICS.map((m) => m.id));
    expect(Object.keys(METRIC_EXAMPLES).sort()).toEqual(METRICS.map((m) => m.id).sort());
  });

  const identity: Record<string, (r: Awaited<ReturnType<typeof auditDocument>>) => string | null> = {
    dept: (r) => r.dept,
    region: (r) => r.region,
    year: (r) => (r.year === null ? null : String(r.year)),
    filled_date: (r) => r.filledDate,
  };
  it.each(METRICS.map((m) => [m.id, METRIC_EXAMPLES[m.id]!] as const))('%s: its example reads as that metric, with that value', async (id, example) => {
    const report = await auditDocument({ name: `${id}.txt`, data: example.text });
    const values = identity[id] ? [identity[id]!(report)] : report.facts.filter((f) => f.metric === id).map((f) => f.value);
    expect(values).toContain(example.value);
  });
});

describe('docs/checks.md', () => {
  it('has one entry per check id, in the order of the schema, each with a formula, an example and what stays silent', () => {
    const text = read('docs/checks.md');
    const entries = [...text.matchAll(/^### `([a-z_]+)`\n([\s\S]*?)(?=^### |(?![\s\S]))/gm)];
    expect(entries.map((m) => m[1])).toEqual([...CHECKS]);
    for (const [, id, body] of entries) {
      expect(body, id).toMatch(/^- 公式 formula：/m);
      expect(body, id).toMatch(/^- 例 example：/m);
      expect(body, id).toMatch(/^- 不报 silent：/m);
    }
  });
});

describe('docs/checks.md rules', () => {
  it('lists every rule of the registry with the check id its flags carry', async () => {
    const { RULES } = await import('../src/rules/index.js');
    const text = read('docs/checks.md');
    for (const rule of RULES) expect(text, rule.id).toContain(`| \`${rule.id}\` | \`${rule.check}\` |`);
    expect(text).toContain('| `unit-slips` | `unit_suspect` |');
  });
});

describe('docs/output.md', () => {
  const columns: Array<[string, readonly string[]]> = [
    ['reports.csv', REPORT_COLUMNS],
    ['metrics.csv', FACT_COLUMNS],
    ['figures.csv', FIGURE_COLUMNS],
    ['relations.csv', RELATION_COLUMNS],
    ['flags.csv', FLAG_COLUMNS],
    ['tables.csv', TABLE_COLUMNS],
    ['metrics-by-report.csv', BY_REPORT_COLUMNS],
  ];
  it.each(columns)('lists the columns of %s as the writer writes them, in order', (file, names) => {
    const row = read('docs/output.md').split('\n').find((line) => line.startsWith(`| ${file} |`));
    expect(row, `a row for ${file} in the table of files`).toBeDefined();
    expect(row).toContain(names.join(', '));
  });
});

describe('README', () => {
  it('points to docs/metrics.md, docs/checks.md and docs/output.md, never to spec/ (not in the repository)', () => {
    const readme = read('README.md');
    expect(readme).toContain('docs/metrics.md');
    expect(readme).toContain('docs/checks.md');
    expect(readme).toContain('docs/output.md');
    expect(readme).not.toMatch(/spec\/(metrics|checks|output)\.md/);
  });
});

describe('the contract the code cites', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = `${dir}/${name}`;
      return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(?:ts|md|json)$/.test(name) ? [path] : [];
    });

  it('is in docs/: no file cites spec/metrics.md, spec/checks.md or spec/output.md', () => {
    const citing = ['src', 'extractors', 'rubrics', 'docs', 'test', 'bench']
      .flatMap(files)
      .filter((path) => path !== 'test/docs.test.ts' && /spec\/(?:metrics|checks|output)\.md/.test(read(path)));
    expect(citing).toEqual([]);
  });
});
