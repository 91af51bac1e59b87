/**
 * A rule's table of cases, as ESLint's RuleTester has `valid` and `invalid`: fixture strings it must flag (the
 * figure reported and the start of what was expected) and fixture strings on which it must stay silent, each with
 * why. Every case is a whole audit of the string read as a text report, with the rules run on deep-frozen input.
 */
import { describe, expect, it } from 'vitest';
import { rulesOf } from './extract.js';
import { renderFlagMessage } from '../../src/write/render.js';

export interface RuleCases {
  /** [why, fixture, reported, expected (start of)] */
  fires: Array<[string, string, string, string]>;
  /** [why, fixture]: no flag of this rule, whatever its severity. */
  silent: Array<[string, string]>;
}

export function ruleCases(rule: string, cases: RuleCases): void {
  describe(`rule ${rule}`, () => {
    it.each(cases.fires)('flags: %s', (_why, text, reported, expected) => {
      const { flags } = rulesOf(text);
      const flag = flags.find((f) => f.rule === rule && f.reported === reported);
      expect(flag, JSON.stringify(flags.map((f) => [f.rule, f.reported, f.expected]))).toBeDefined();
      expect(flag!.expected.startsWith(expected), `${flag!.expected} ≠ ${expected}…`).toBe(true);
      // A relation shows its figures; a figure of another year is its own evidence.
      expect(flag!.evidence.length).toBeGreaterThan(flag!.check === 'period_mismatch' ? 0 : 1);
      expect(flag!.evidence.every((e) => e.location.quote.length > 0)).toBe(true);
      // The sentence a user reads has every parameter filled in and each unit once.
      for (const lang of ['zh', 'en'] as const) expect(renderFlagMessage(flag!, lang)).not.toMatch(/[{}]|%\s*%|％\s*%/);
    });

    it.each(cases.silent)('silent: %s', (_why, text) => {
      const { flags } = rulesOf(text);
      expect(flags.filter((f) => f.rule === rule).map((f) => [f.check, f.reported, f.expected])).toEqual([]);
    });
  });
}
