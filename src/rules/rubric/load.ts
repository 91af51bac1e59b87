/**
 * Loading scoring frameworks: every rubrics/*.json that ships with the tool, or one file given with --rubric.
 * A file is validated with zod (its shape), then checked against itself (consistency.md C19): formulas parse and
 * name known metrics, parts add up to their item's weight, tier tables cover their domain without gaps or
 * overlaps, a tier never gives more than its part is worth, and group weights add up. A framework that fails is
 * refused with every problem listed, so a typo in a weight cannot silently re-score thousands of reports.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { lexicon } from '../../vocabulary/lexicon.js';
import { parseFormula, references } from '../../math/formula.js';
import { RubricSchema, type Range, type Rubric, type Rule } from './schema.js';

/** Fields of a project form the form's formulas may name (read from the form itself, not from the text). */
export const FORM_FIELDS = ['form_budget_initial', 'form_budget_full', 'form_spend', 'form_exec_rate'] as const;

export class RubricError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** The folder of framework files shipped with the tool: rubrics/ next to package.json, from src/ or dist/src/. */
export function rubricsDir(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rubrics'))) return join(dir, 'rubrics');
    dir = dirname(dir);
  }
  throw new Error('rubrics/ folder not found');
}

function coverageProblems(where: string, tiers: Array<{ range: Range }>, domain: Range | undefined): string[] {
  const problems: string[] = [];
  const sorted = [...tiers].sort((a, b) => {
    if (a.range.lo === null) return -1;
    if (b.range.lo === null) return 1;
    return a.range.lo.cmp(b.range.lo) || (a.range.loClosed === b.range.loClosed ? 0 : a.range.loClosed ? -1 : 1);
  });
  const start = domain ?? { lo: null, loClosed: false, hi: null, hiClosed: false, text: '(,)' };
  const first = sorted[0]!.range;
  const sameEnd = (a: Decimal | null, b: Decimal | null) => (a === null ? b === null : b !== null && a.eq(b));
  if (!sameEnd(first.lo, start.lo) || (first.lo !== null && first.loClosed !== start.loClosed)) {
    problems.push(`${where}: tiers start at ${first.text}, the domain at ${start.text}`);
  }
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!.range;
    const b = sorted[i]!.range;
    if (a.hi === null || b.lo === null || !a.hi.eq(b.lo)) {
      problems.push(`${where}: ${a.text} and ${b.text} leave a gap or overlap`);
      continue;
    }
    // One of the two ranges owns the shared end, not both and not neither.
    if (a.hiClosed === b.loClosed) problems.push(`${where}: ${a.text} and ${b.text} both ${a.hiClosed ? 'include' : 'exclude'} ${a.hi.toFixed()}`);
  }
  const last = sorted[sorted.length - 1]!.range;
  if (!sameEnd(last.hi, start.hi) || (last.hi !== null && last.hiClosed !== start.hiClosed)) {
    problems.push(`${where}: tiers end at ${last.text}, the domain at ${start.text}`);
  }
  return problems;
}

function ruleProblems(where: string, rule: Rule, max: Decimal): string[] {
  if (rule.type === 'tiers') {
    const problems = coverageProblems(where, rule.tiers, rule.domain);
    for (const t of rule.tiers) if (t.score.gt(max) || t.score.lt(0)) problems.push(`${where}: tier ${t.range.text} gives ${t.score.toFixed()} of ${max.toFixed()}`);
    return problems;
  }
  if (rule.type === 'proportional' && rule.full.lte(0)) return [`${where}: proportional needs full > 0`];
  if (rule.type === 'deduct' && (rule.per.lte(0) || rule.points.lt(0))) return [`${where}: deduct needs per > 0 and points ≥ 0`];
  return [];
}

/** Every problem of a parsed framework, empty when it is consistent. */
export function selfCheck(r: Rubric): string[] {
  const problems: string[] = [];
  const known = new Set([...lexicon().metrics.keys(), ...Object.keys(r.proposedMetrics), ...(r.kind === 'project-form' ? FORM_FIELDS : [])]);
  const checkFormula = (where: string, source: string) => {
    try {
      for (const name of references(parseFormula(source))) if (!known.has(name)) problems.push(`${where}: unknown metric ${name} in ${source}`);
    } catch {
      problems.push(`${where}: formula does not parse: ${source}`);
    }
  };
  const ids = new Set<string>();
  const unique = (id: string) => {
    if (ids.has(id)) problems.push(`duplicate id ${id}`);
    ids.add(id);
  };
  const groups = new Map(r.groups.map((g) => [g.id, g]));
  for (const g of r.groups) {
    unique(g.id);
    if (g.level === 2 && (!g.parent || groups.get(g.parent)?.level !== 1)) problems.push(`group ${g.id}: a level-2 group needs a level-1 parent`);
    if (g.level === 1 && g.parent) problems.push(`group ${g.id}: a level-1 group has no parent`);
  }
  for (const it of r.items) {
    unique(it.id);
    if (r.groups.length && !groups.has(it.parent)) problems.push(`item ${it.id}: parent ${it.parent} is not a group`);
    for (const p of it.parts ?? []) {
      const where = `item ${it.id} part ${p.id}`;
      for (const f of p.value ?? []) checkFormula(where, f);
      for (const c of p.zeroIf) {
        checkFormula(where, c.left);
        checkFormula(where, c.right);
      }
      if (p.rule) problems.push(...ruleProblems(where, p.rule, p.max));
    }
    if (it.parts && it.weight) {
      const sum = it.parts.reduce((s, p) => s.plus(p.max), new Decimal(0));
      if (!sum.eq(it.weight)) problems.push(`item ${it.id}: parts add up to ${sum.toFixed()}, weight is ${it.weight.toFixed()}`);
    }
  }
  // Weights add up: items to their level-2 group, level-2 groups to level 1, level 1 to the total.
  const sumOf = (xs: Array<{ weight: Decimal | null }>) => xs.reduce((s, x) => s.plus(x.weight ?? 0), new Decimal(0));
  for (const g of r.groups) {
    if (g.weight === null) continue;
    const subgroups = r.groups.filter((c) => c.parent === g.id);
    const children: Array<{ weight: Decimal | null }> = subgroups.length ? subgroups : r.items.filter((i) => i.parent === g.id);
    if (children.length === 0 || children.some((c) => c.weight === null)) continue;
    const sum = sumOf(children);
    // An open group holds the department's own items besides (or instead of) the framework's: its own may add up to less.
    if (sum.gt(g.weight) || (!g.open && r.complete && !sum.eq(g.weight))) {
      problems.push(`group ${g.id}: parts add up to ${sum.toFixed()}, weight is ${g.weight.toFixed()}`);
    }
  }
  if (r.totalWeight && r.complete && r.kind === 'department') {
    const top = r.groups.filter((g) => g.level === 1);
    if (top.length && top.every((g) => g.weight !== null) && !sumOf(top).eq(r.totalWeight)) {
      problems.push(`level-1 weights add up to ${sumOf(top).toFixed()}, total is ${r.totalWeight.toFixed()}`);
    }
    const openWeight = r.groups.filter((g) => g.open).reduce((s, g) => s.plus(g.weight ?? 0), new Decimal(0));
    const fixedItems = r.items.filter((i) => !groups.get(i.parent)?.open);
    if (!sumOf(fixedItems).plus(openWeight).eq(r.totalWeight)) {
      problems.push(`items add up to ${sumOf(fixedItems).plus(openWeight).toFixed()} (open groups counted at their weight), total is ${r.totalWeight.toFixed()}`);
    }
  }
  if (r.form) {
    for (const f of r.form.execution.rate) checkFormula('form execution', f);
    problems.push(...ruleProblems('form execution', r.form.execution.rule, r.form.execution.weight));
    const levels = r.form.levelWeights.reduce((s, l) => s.plus(l.weight), new Decimal(0));
    if (r.form.levelWeights.length && !levels.plus(r.form.execution.weight).eq(r.form.totalWeight)) {
      problems.push(`form: execution ${r.form.execution.weight.toFixed()} + levels ${levels.toFixed()} ≠ total ${r.form.totalWeight.toFixed()}`);
    }
  }
  return problems;
}

export function parseRubric(text: string, file: string): Rubric {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RubricError(file, [`not JSON: ${(error as Error).message}`]);
  }
  const parsed = RubricSchema.safeParse(json);
  if (!parsed.success) {
    throw new RubricError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const problems = selfCheck(parsed.data);
  if (problems.length) throw new RubricError(file, problems);
  return parsed.data;
}

export function loadRubricFile(path: string): Rubric {
  return parseRubric(readFileSync(path, 'utf8'), path);
}

let builtin: Rubric[] | null = null;

/** The frameworks shipped in rubrics/. A broken file is a build error, so it throws. */
export function builtinRubrics(): Rubric[] {
  if (builtin) return builtin;
  const dir = rubricsDir();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
  builtin = files.map((f) => loadRubricFile(join(dir, f)));
  return builtin;
}

/**
 * What --rubric names: a built-in id, or a path to a framework file. Throws RubricError with the reason when it
 * is neither or the file is not a valid framework.
 */
const fromFiles = new Map<string, Rubric>();

export function resolveRubric(spec: string): Rubric {
  const byId = builtinRubrics().find((r) => r.id === spec);
  if (byId) return byId;
  const path = resolve(spec);
  if (existsSync(path)) {
    // Read once per process: a batch forces the same file on every report.
    let r = fromFiles.get(path);
    if (!r) {
      r = loadRubricFile(path);
      fromFiles.set(path, r);
    }
    return r;
  }
  throw new RubricError(spec, [`no framework with this id and no such file (known: ${builtinRubrics().map((r) => r.id).join(', ')})`]);
}
