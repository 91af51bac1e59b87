/**
 * index.ts lists the metric families in one explicit list: every module of this folder that defines a family is
 * in it, once, and the list holds nothing else. A family written but not listed would never be read.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Family } from './family.js';
import { FAMILIES } from './index.js';

/** The modules of this folder that hold families, by name: all but the list itself, the types and the tests. */
const MODULES = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts' && name !== 'family.ts')
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

const familiesOf = async (module: string): Promise<Family[]> => Object.values(await import(/* @vite-ignore */ new URL(`./${module}.ts`, import.meta.url).href)).filter(isFamily);

function isFamily(value: unknown): value is Family {
  const v = value as Partial<Family> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && Array.isArray(v.metrics) && Array.isArray(v.terms) && Array.isArray(v.map);
}

describe('extractors/index.ts', () => {
  it.each(MODULES)('%s.ts defines a family, and FAMILIES lists it', async (module) => {
    const families = await familiesOf(module);
    expect(families.length, `${module}.ts exports no family`).toBeGreaterThan(0);
    for (const family of families) expect(FAMILIES, `${module}.ts: family ${family.id} is not in FAMILIES`).toContain(family);
  });

  it('lists every family once, and only the families of this folder', async () => {
    const defined = (await Promise.all(MODULES.map(familiesOf))).flat();
    expect(new Set(FAMILIES).size).toBe(FAMILIES.length);
    expect(FAMILIES.map((f) => f.id).sort()).toEqual(defined.map((f) => f.id).sort());
  });
});
