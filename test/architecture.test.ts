/**
 * The layers of the code, lowest first: a file imports only from its own layer and the layers below it, and no
 * files import each other in a circle. Every import counts — type-only ones, `export … from` and `import()` too —
 * since a type imported from above ties the lower layer to the upper one as much as a value does. Each
 * non-test .ts file under src/ and extractors/ must belong to a layer: a new folder is placed here on purpose.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');

/** Lowest first. A path ending in / is a folder; otherwise a file. */
const LAYERS: Array<[name: string, paths: string[]]> = [
  ['extractors (the vocabulary as data)', ['extractors/']],
  ['model, i18n, version', ['src/model/', 'src/i18n/', 'src/version.ts', 'src/types/']],
  ['math', ['src/math/']],
  ['text', ['src/text/']],
  ['ingest', ['src/ingest/']],
  ['read', ['src/read/']],
  ['vocabulary', ['src/vocabulary/']],
  ['rules', ['src/rules/']],
  // correct/ runs the rules to try a unit slip, so it stands above them.
  ['correct', ['src/correct/']],
  ['write', ['src/write/']],
  ['pipeline', ['src/pipeline.ts']],
  ['batch', ['src/batch/']],
  // Entry points: the command line, the library, and the generator of docs/metrics.md.
  ['cli, api, index', ['src/cli/', 'src/cli.ts', 'src/api.ts', 'src/index.ts', 'src/docs/']],
];

/** The layer of a file (a path from the root, with /), or -1. */
function layerOf(file: string, layers = LAYERS): number {
  return layers.findIndex(([, paths]) => paths.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
}

/** file → the files of the tree it imports (paths from the root, with /). */
type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** A relative specifier as a file of the tree (`./x.js` → x.ts, a folder → its index.ts); null for a package. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.d.ts'), `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return `${base} (not found)`;
}

function importGraph(dirs = ['src', 'extractors']): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap(sourceFiles)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    graph.set(file, [...new Set(importedFiles.map((i) => resolve(file, i.fileName)).filter((f): f is string => f !== null))]);
  }
  return graph;
}

/** Imports that run from a lower layer to a higher one, and files in no layer, as sentences. */
function layerViolations(graph: ImportGraph, layers = LAYERS): string[] {
  const out: string[] = [];
  const name = (i: number) => layers[i]![0];
  for (const [file, imports] of graph) {
    const own = layerOf(file, layers);
    if (own < 0) {
      out.push(`${file} is in no layer: place it in test/architecture.test.ts`);
      continue;
    }
    for (const target of imports) {
      const theirs = layerOf(target, layers);
      if (theirs > own) out.push(`${file} (${name(own)}) imports ${target} (${name(theirs)}), a layer above it`);
      else if (theirs < 0 && !graph.has(target)) out.push(`${file} imports ${target}, outside src/ and extractors/`);
    }
  }
  return out;
}

/** Every circle of imports (files that reach each other), each as the imports that close it. */
function importCircles(graph: ImportGraph): string[] {
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components
    .filter((c) => c.length > 1 || graph.get(c[0]!)!.includes(c[0]!))
    .map((c) => {
      const inside = new Set(c);
      const ties = [...c].sort().flatMap((f) => graph.get(f)!.filter((t) => inside.has(t)).map((t) => `${f} imports ${t}`));
      return `circle of ${c.length} file(s): ${ties.join('; ')}`;
    });
}

describe('the layers of the code', () => {
  const graph = importGraph();

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/pipeline.ts')).toContain('src/vocabulary/index.ts');
    // Type-only imports count.
    expect(graph.get('src/rules/rule.ts')).toContain('src/read/score-forms.ts');
  });

  it('no file imports from a layer above its own', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('no files import each other in a circle', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('extractors/ imports nothing from src/', () => {
    const out = [...graph].flatMap(([file, imports]) => (file.startsWith('extractors/') ? imports.filter((t) => t.startsWith('src/')).map((t) => `${file} imports ${t}`) : []));
    expect(out).toEqual([]);
  });
});

describe('the layer test finds what it is for', () => {
  const layers: Array<[string, string[]]> = [
    ['low', ['low/']],
    ['high', ['high/']],
  ];

  it('an import from a lower layer to a higher one, and a file in no layer', () => {
    const graph: ImportGraph = new Map([
      ['low/a.ts', ['high/b.ts']],
      ['high/b.ts', ['low/c.ts']],
      ['low/c.ts', []],
      ['elsewhere/d.ts', []],
    ]);
    expect(layerViolations(graph, layers)).toEqual(['low/a.ts (low) imports high/b.ts (high), a layer above it', 'elsewhere/d.ts is in no layer: place it in test/architecture.test.ts']);
  });

  it('a circle, however long, and a file that imports itself', () => {
    const graph: ImportGraph = new Map([
      ['low/a.ts', ['low/b.ts']],
      ['low/b.ts', ['low/c.ts']],
      ['low/c.ts', ['low/a.ts', 'low/d.ts']],
      ['low/d.ts', []],
      ['low/e.ts', ['low/e.ts']],
    ]);
    expect(importCircles(graph)).toEqual([
      'circle of 3 file(s): low/a.ts imports low/b.ts; low/b.ts imports low/c.ts; low/c.ts imports low/a.ts',
      'circle of 1 file(s): low/e.ts imports low/e.ts',
    ]);
  });
});
