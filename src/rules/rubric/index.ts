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
import type { Flag } from '../../model/audit.js';
import type { Extraction } from '../../vocabulary/index.js';
import type { CheckContext } from '../../check/context.js';
import type { Interval } from '../../math/interval.js';
import { msg, type Message } from '../../model/status.js';
import { builtinRubrics, resolveRubric, RubricError } from './load.js';
import type { Rubric } from './schema.js';
import { detectDepartment, detectForm, detectWithoutTable } from './detect.js';
import { contextEnv } from './evaluate.js';
import { scoreDepartment, scoreWithoutTable } from './department.js';
import { scoreForm } from './project.js';
import './messages.js';

export interface RescoreResult {
  rubric: string | null;
  min: string | null;
  max: string | null;
  flags: Flag[];
  checked: number;
  note: Message | null;
}

/** Where the framework comes from, for the note: region, year and how far its source was checked, in both languages. */
function sourceParams(r: Rubric): Record<string, string> {
  const zh = { verified: '已核对', secondary: '二手来源', unverified: '未核实' }[r.source.verification];
  return { region: r.source.region, year: r.source.year === null ? '—' : String(r.source.year), checkedZh: zh, checkedEn: r.source.verification };
}

function bounds(total: Interval): { min: string; max: string } {
  return { min: total.lo.toFixed(), max: total.hi.toFixed() };
}

export function rescore(extraction: Extraction, ctx: CheckContext, forced: string | null): RescoreResult {
  const before = ctx.flags.length;
  const unverifiable = ctx.unverifiable.length;
  try {
    return rescoreWith(extraction, ctx, forced, before);
  } catch (error) {
    // A fault in re-scoring must not cost the report its audit: the figures and their checks stand, and the note
    // says the score was not re-checked and why.
    ctx.flags.splice(before);
    ctx.unverifiable.splice(unverifiable);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { rubric: null, min: null, max: null, flags: [], checked: 0, note: msg('rubric-error', { detail }) };
  }
}

function rescoreWith(extraction: Extraction, ctx: CheckContext, forced: string | null, before: number): RescoreResult {
  const result: RescoreResult = { rubric: null, min: null, max: null, flags: [], checked: 0, note: msg('rubric-none') };
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
  const tables = extraction.scoreTables;
  const department = tables.filter((t) => t.kind === 'department').sort((a, b) => b.items.length - a.items.length)[0] ?? null;
  const forms = tables.filter((t) => t.kind === 'project-form');

  // The department table (the report's own score), by the forced framework or the best match.
  if (department) {
    const rubric = forcedRubric ? (forcedRubric.kind === 'department' ? forcedRubric : null) : (detectDepartment(rubrics, department, extraction)?.rubric ?? null);
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
    const rubric = forcedRubric?.kind === 'department' ? forcedRubric : forcedRubric ? null : detectWithoutTable(rubrics, extraction);
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
    const rubric = forcedRubric ? (forcedRubric.kind === 'project-form' ? forcedRubric : null) : detectForm(rubrics, form, extraction);
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
  // Flags were recorded on the context (numbered with the other checks' flags); hand them back separately.
  result.flags = ctx.flags.splice(before);
  return result;
}
