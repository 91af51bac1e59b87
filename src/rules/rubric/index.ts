/**
 * Re-scoring against a scoring framework (评分表). Frameworks are data files in rubrics/ (schema.ts); a new one
 * is added by adding a file. The framework is detected from the report's score table (items and weights, then
 * year and region), or forced with --rubric <id|file>. A report with no known framework is still audited and
 * says its score was not re-checked.
 *
 * Per report: the re-scored total as an interval [min, max] — judgment items as stated, computable items from
 * the report's own figures with the rounding rule — and `score_mismatch` flags for items whose stated score no
 * reading of the report supports. Project forms (项目支出绩效自评表) in the report are checked each on its own.
 */
import type { Interval } from '../../math/interval.js';
import type { Rule, RuleContext } from '../rule.js';
import type { RescoreResult } from '../report.js';
import type { ReportOf } from './detect.js';
import { msg } from '../../model/status.js';
import { builtinRubrics, resolveRubric, RubricError } from './load.js';
import type { Rubric } from './schema.js';
import { detectDepartment, detectForm, detectWithoutTable } from './detect.js';
import { contextEnv } from './evaluate.js';
import { scoreDepartment, scoreWithoutTable } from './department.js';
import { scoreForm } from './project.js';
import './messages.js';

export type { RescoreResult };

/** Where the framework comes from, for the note: region, year and how far its source was checked, in both languages. */
function sourceParams(r: Rubric): Record<string, string> {
  const zh = { verified: '已核对', secondary: '二手来源', unverified: '未核实' }[r.source.verification];
  return { region: r.source.region, year: r.source.year === null ? '—' : String(r.source.year), checkedZh: zh, checkedEn: r.source.verification };
}

function bounds(total: Interval): { min: string; max: string } {
  return { min: total.lo.toFixed(), max: total.hi.toFixed() };
}

/** The re-scoring as a rule: its flags go with every other rule's, its result (framework, total) on the context. */
export const rubricScores: Rule = {
  id: 'rubric-scores',
  check: 'score_mismatch',
  description: 'A self-given score must be one the scoring framework’s formulas give on the report’s own figures.',
  messages: {},
  run(ctx) {
    ctx.rescored = rescore(ctx, ctx.input.rubric);
    ctx.checked += ctx.rescored.checked;
  },
};

export function rescore(ctx: RuleContext, forced: string | null): RescoreResult {
  const before = ctx.flags.length;
  const unverifiable = ctx.unverifiable.length;
  try {
    return rescoreWith({ doc: ctx.doc, identity: ctx.input.identity }, ctx, forced);
  } catch (error) {
    // A fault in re-scoring must not cost the report its audit: the figures and their checks stand, and the note
    // says the score was not re-checked and why.
    ctx.flags.splice(before);
    ctx.unverifiable.splice(unverifiable);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { rubric: null, min: null, max: null, checked: 0, note: msg('rubric-error', { detail }) };
  }
}

function rescoreWith(report: ReportOf, ctx: RuleContext, forced: string | null): RescoreResult {
  const result: RescoreResult = { rubric: null, min: null, max: null, checked: 0, note: msg('rubric-none') };
  let forcedRubric: Rubric | null = null;
  if (forced) {
    try {
      forcedRubric = resolveRubric(forced);
    } catch (error) {
      const detail = error instanceof RubricError ? error.problems.slice(0, 3).join('；') : String((error as Error).message ?? error);
      result.note = msg('rubric-invalid', { rubric: forced, detail });
      return result;
    }
  }
  const rubrics = builtinRubrics();
  const env = contextEnv(ctx);
  const tables = ctx.input.scoreForms;
  const department = tables.filter((t) => t.kind === 'department').sort((a, b) => b.items.length - a.items.length)[0] ?? null;
  const forms = tables.filter((t) => t.kind === 'project-form');

  // The department table (the report's own score), by the forced framework or the best match.
  if (department) {
    const rubric = forcedRubric ? (forcedRubric.kind === 'department' ? forcedRubric : null) : (detectDepartment(rubrics, department, report)?.rubric ?? null);
    if (forcedRubric && !rubric && forms.length === 0) result.note = msg('rubric-kind-mismatch', { rubric: forcedRubric.id });
    if (rubric) {
      const r = scoreDepartment(rubric, department, env, ctx);
      result.rubric = rubric.id;
      Object.assign(result, bounds(r.total));
      result.checked += r.checked;
      const computed = r.items.filter((i) => i.status === 'computed' || i.status === 'mixed').length;
      result.note = msg(forcedRubric ? 'rubric-used-forced' : 'rubric-used-table', {
        title: rubric.title,
        ...sourceParams(rubric),
        computed,
        judgment: r.items.length - computed,
      });
    }
  } else if (forms.length === 0) {
    // No score table at all: a framework cited or fitting by region and year bounds the score from above.
    const rubric = forcedRubric?.kind === 'department' ? forcedRubric : forcedRubric ? null : detectWithoutTable(rubrics, report);
    if (rubric) {
      const r = scoreWithoutTable(rubric, env, ctx);
      result.rubric = rubric.id;
      Object.assign(result, bounds(r.total));
      result.checked += r.checked;
      result.note = msg(forcedRubric ? 'rubric-used-forced' : 'rubric-used-region-year', {
        title: rubric.title,
        ...sourceParams(rubric),
        computed: r.checked,
        judgment: r.items.length - r.checked,
      });
    }
  }

  // Project forms: each by the forced project framework or the one its headers fit.
  let firstForm: { rubric: Rubric; total: Interval; computed: number; judged: number } | null = null;
  for (const form of forms) {
    const rubric = forcedRubric ? (forcedRubric.kind === 'project-form' ? forcedRubric : null) : detectForm(rubrics, form, report);
    if (!rubric) continue;
    const r = scoreForm(rubric, form, ctx);
    result.checked += r.checked;
    firstForm ??= { rubric, total: r.total, computed: r.computed, judged: r.judged };
  }
  if (firstForm && result.rubric === null) {
    result.rubric = firstForm.rubric.id;
    Object.assign(result, bounds(firstForm.total));
    result.note = msg(forcedRubric ? 'rubric-used-forced' : 'rubric-used-form', {
      title: firstForm.rubric.title,
      ...sourceParams(firstForm.rubric),
      computed: firstForm.computed,
      judgment: firstForm.judged,
    });
  }
  if (forcedRubric && result.rubric === null && !result.note?.code.startsWith('rubric-kind')) {
    result.note = msg('rubric-kind-mismatch', { rubric: forcedRubric.id });
  }
  return result;
}
