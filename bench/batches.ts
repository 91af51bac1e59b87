/**
 * Benchmark inputs: copies of the corpus files, each made distinct so the journal (keyed by content) cannot
 * reuse one copy's result for another. A PDF gets a comment line after its %%EOF (readers ignore bytes after
 * the last %%EOF and find the xref through startxref all the same), a text file trailing blank lines.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export function corpusFiles(corpus: string, test: (name: string) => boolean): string[] {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(corpus, d.name))
        .filter(test)
        .map((f) => join(corpus, d.name, f)),
    )
    .sort();
}

/** `count` distinct copies of `sources` (round robin) in a fresh folder `dir`; returns their paths. */
export function distinctCopies(sources: string[], count: number, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const name = basename(source);
    const dot = name.indexOf('.');
    const target = join(dir, `${String(i).padStart(5, '0')}-${name.slice(0, dot)}${name.slice(dot)}`);
    copyFileSync(source, target);
    appendFileSync(target, name.endsWith('.pdf') ? `%jixiao-bench copy ${i}\n` : '\n'.repeat(1 + Math.floor(i / sources.length)));
    paths.push(target);
  }
  return paths;
}
