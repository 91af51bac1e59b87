/**
 * Framework files: every file in rubrics/ validates (zod shape, then the self-check: formulas parse and name known
 * metrics, parts add up to their item, tiers cover their domain once, group weights add up), and a file with any
 * of those faults is refused with the reason — so a typo in a weight cannot silently re-score a batch.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRubrics, parseRubric, rubricsDir, RubricError } from '../../src/rules/rubric/load.js';
import { rubricJsonSchema } from '../../src/rules/rubric/schema.js';

const dir = rubricsDir();
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('every framework file in rubrics/', () => {
  it('there are department, project-form and reference frameworks', () => {
    const kinds = new Set(builtinRubrics().map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['department', 'project-form', 'reference']);
    expect(files.length).toBe(builtinRubrics().length);
  });

  it.each(files)('%s validates', (file) => {
    const r = parseRubric(readFileSync(join(dir, file), 'utf8'), file);
    expect(`${r.id}.json`).toBe(file);
    // Every framework says where it was read and how far that was checked.
    expect(r.source.printedIn.length).toBeGreaterThan(0);
    expect(['verified', 'secondary', 'unverified']).toContain(r.source.verification);
  });

  it('rubric.schema.json (for editors) is generated from the zod schema and up to date', () => {
    const path = join(dir, 'rubric.schema.json');
    const expected = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
    // Regenerate with UPDATE_RUBRIC_SCHEMA=1 npx vitest run test/score/rubrics.test.ts
    if (process.env.UPDATE_RUBRIC_SCHEMA) writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('ids are unique', () => {
    const ids = builtinRubrics().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the Shenzhen frameworks print 100 points, as their score tables do', () => {
    for (const id of ['shenzhen-dept-2020', 'shenzhen-dept-2023']) {
      const r = builtinRubrics().find((x) => x.id === id)!;
      expect(r.totalWeight?.toFixed()).toBe('100');
      expect(r.complete).toBe(true);
      expect(r.source.verification).toBe('verified');
    }
  });
});

/** The 2020 Shenzhen file, with one fault injected per case. */
function broken(edit: (r: Record<string, any>) => void): string {
  const r = JSON.parse(readFileSync(join(dir, 'shenzhen-dept-2020.json'), 'utf8'));
  edit(r);
  return JSON.stringify(r);
}
const item = (r: Record<string, any>, id: string) => r.items.find((i: { id: string }) => i.id === id);

describe('a faulty framework is refused with the reason', () => {
  it.each([
    ['not JSON', '{', /not JSON/],
    ['an item weight that breaks its group', broken((r) => (item(r, 'budget_reasonable').weight = 6)), /group ysbz: parts add up to 11, weight is 10/],
    ['parts that do not add up to the item', broken((r) => (item(r, 'procurement').parts[1].max = 2)), /parts add up to 3, weight is 2/],
    ['a gap between tiers', broken((r) => (item(r, 'asset_util').parts[0].rule.tiers[1].range = '[61,75)')), /leave a gap or overlap/],
    ['a shared edge owned by both tiers', broken((r) => (item(r, 'contract_rate').parts[0].rule.tiers[0].range = '(,5]')), /both include 5/],
    ['a shared edge owned by neither', broken((r) => (item(r, 'staff_rate').parts[0].rule.tiers[0].range = '(,100)')), /both exclude 100/],
    ['a tier worth more than its part', broken((r) => (item(r, 'asset_util').parts[0].rule.tiers[3].score = 2)), /gives 2 of 1/],
    ['a formula naming an unknown metric', broken((r) => (item(r, 'asset_util').parts[0].value = ['asset_used / asset_fixed_total * 100'])), /unknown metric asset_used/],
    ['a formula that does not parse', broken((r) => (item(r, 'asset_util').parts[0].value = ['asset_fixed_in_use / '])), /does not parse/],
    ['a malformed range', broken((r) => (item(r, 'asset_util').parts[0].rule.tiers[0].range = '[,60)')), /unbounded end must be open/],
    ['an item that is neither judgment nor computable', broken((r) => delete item(r, 'rules').judgment), /either "judgment": true or "parts"/],
    ['a value without a rule', broken((r) => delete item(r, 'asset_util').parts[0].rule), /value and rule go together/],
    ['an unknown parent', broken((r) => (item(r, 'rules').parent = 'nowhere')), /parent nowhere is not a group/],
    ['a bad id', broken((r) => (r.id = 'Shenzhen 2020')), /lower-case words/],
    ['level-1 weights off the total', broken((r) => (r.totalWeight = 90)), /total is 90/],
  ])('%s', (_name, text, reason) => {
    let error: unknown;
    try {
      parseRubric(text, 'case.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RubricError);
    expect((error as RubricError).problems.join('\n')).toMatch(reason);
  });
});
