/**
 * A difference the words name after the two figures it is of: 支出2.05万元，年初预算为2.95万元，差值为0.9万元. The
 * difference is the gap between the two amounts right before it in its sentence, whichever is larger (a 差值 says no
 * direction: 支出2.05万元，年初预算为2万元，差值为0.05万元). A 差值 with other figures between, or in another sentence,
 * is of what the words do not say.
 */
import { Decimal } from 'decimal.js';
import { magnitude, severityOf, sub } from '../math/interval.js';
import { unmapped } from '../text/mapped-text.js';
import type { Rule } from './rule.js';

const DIFFERENCE = /^(?:其中)?[，,：:\s]*(?:二者|两者|收支)?(?:差值|差额|相差|差异额?)(?:为|是|了)?$/;

export const statedDifferences: Rule = {
  id: 'stated-differences',
  check: 'difference_mismatch',
  description: 'A difference named after two amounts (差值, 差额, 相差) must be the gap between them.',
  messages: {
    'rule.stated-difference': {
      zh: '{label}为 {reported}，但其前两数 {first} 与 {second} 相差 {expected}。',
      en: '{label} is {reported}, but the two figures before it, {first} and {second}, differ by {expected}.',
    },
  },
  run(ctx) {
    ctx.figures.forEach((difference, i) => {
      if (i < 2 || difference.kind !== 'amount' || difference.direction !== 0 || difference.comparison) return;
      if (!DIFFERENCE.test(unmapped(difference.label).text.trim())) return;
      const [first, second] = [ctx.figures[i - 2]!, ctx.figures[i - 1]!];
      const sentence = ctx.place(difference)?.sentence;
      const plain = (f: typeof first) => f.kind === 'amount' && f.direction === 0 && !f.comparison && f.unit === difference.unit && ctx.place(f)?.sentence === sentence;
      if (!plain(first) || !plain(second)) return;
      ctx.relate({
        check: 'difference_mismatch',
        kind: 'difference',
        stated: difference,
        alternatives: [
          {
            inputs: [
              ['first', first],
              ['second', second],
            ],
            expected: (iv) => magnitude(sub(iv(first), iv(second))),
            formula: (e) => `|${first.raw} − ${second.raw}| = ${ctx.shown(e, difference)}`,
          },
        ],
        severity: (margin) => severityOf(margin, new Decimal(difference.value)),
        message: (e) => ({
          code: 'rule.stated-difference',
          params: { label: difference.label, reported: `${difference.raw}${difference.rawUnit}`, first: `${first.raw}${first.rawUnit}`, second: `${second.raw}${second.rawUnit}`, expected: ctx.shown(e, difference) },
        }),
      });
    });
  },
};
