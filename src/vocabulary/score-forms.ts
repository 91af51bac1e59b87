/**
 * The vocabulary's names for the numbers of a score form: the form says what a number is (an item's weight, the
 * form's total score, the scored row's spending); each of those is a metric. The scored funds row of a project
 * form is the project's budget, spending and rate in the shared vocabulary; its 其中 rows are details.
 */
import { mapScoreTable, type FormNumber, type FormRole, type ScoreTable } from '../read/score-forms.js';
import type { Lexicon } from './lexicon.js';
import { nameNumber, type MetricNaming, type NamingPlace } from './naming.js';

const METRIC_OF: Record<FormRole, string> = {
  'item-weight': 'score_item_max',
  'item-score': 'score_item',
  'group-weight': 'score_group_max',
  'total-weight': 'score_group_max',
  'total-score': 'self_score',
  'funds-initial': 'budget_initial',
  'funds-full': 'budget_adjusted',
  'funds-spend': 'spend_total',
  'funds-rate': 'exec_rate',
  'funds-part-initial': 'form_budget_initial',
  'funds-part-full': 'form_budget_full',
  'funds-part-spend': 'form_spend',
  'funds-part-rate': 'form_exec_rate',
  deduction: 'score_deduction',
};

/** A form over the namings of its numbers; `placeOf` gives a number's place. */
export function nameScoreForm(lex: Lexicon, form: ScoreTable<FormNumber>, placeOf: (n: FormNumber) => NamingPlace): ScoreTable<MetricNaming> {
  return mapScoreTable(form, (n) => {
    const { role, key, ...number } = n;
    return nameNumber(lex, METRIC_OF[role], number, { key, reader: role === 'deduction' ? 'prose:deduction' : 'score-table' }, placeOf(n));
  });
}
