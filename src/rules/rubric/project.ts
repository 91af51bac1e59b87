/**
 * Re-scoring a project-expenditure form (项目支出绩效自评表). The funds row gives 执行率 = 全年执行数 ÷ 全年预算数
 * and its 得分 by the form's rule (usually 执行率 × 分值, capped at 分值); each indicator's 得分 must not exceed its
 * 分值; and a quantitative indicator is compared with its target: one that falls short but is scored full marks,
 * or one that is met but marked down, is worth a look (info: the rules allow reasons a table does not show, e.g.
 * a target set too low). One that falls short should score pro rata (完成值 ÷ 指标值 × 分值, or the inverse for
 * a ≤ target); a different score is noted too.
 */
import { Decimal } from 'decimal.js';
import type { Evidence, Figure } from '../../model/audit.js';
import type { RuleContext } from '../rule.js';
import { div, gap, mul, overlaps, point, roundingInterval, show, type Interval } from '../../math/interval.js';
import type { IndicatorValue, ScoreItem, ScoreTable } from '../../read/score-forms.js';
import type { Rubric } from './schema.js';
import { applyRule, readingsOf, partValues, type Env } from './evaluate.js';
import { clamp, distance, hull, meets, roundSet, showSet, statedScore } from './sets.js';

export interface FormResult {
  total: Interval;
  checked: number;
  computed: number;
  judged: number;
}

const ZERO = new Decimal(0);

function formEnv(st: ScoreTable<Figure>, ctx: RuleContext): Env {
  const row = st.form?.total;
  const facts: Record<string, Figure | null> = {
    form_budget_initial: row?.initial ?? null,
    form_budget_full: row?.full ?? null,
    form_spend: row?.spend ?? null,
    form_exec_rate: row?.rate ?? null,
  };
  return (metric) => {
    const f = facts[metric];
    return f ? readingsOf([{ fact: f, iv: ctx.interval(f), value: new Decimal(f.value) }]) : [];
  };
}

const COUNT_UNITS = /^(?:人|名|个|次|项|家|台|件|条|份|宗|户|所|套|辆|栋|种|批|座|处|场|期|篇|本|张|路|人次|户次|件次|场次)$/;

/**
 * A target is a threshold the unit set, exact as written; an actual value is a measurement, rounded as printed,
 * except whole counts (人, 个, 次), which are exact.
 */
function valueIv(v: IndicatorValue, isTarget: boolean): Interval | null {
  if (v.value === null) return null;
  if (isTarget || (v.decimals === 0 && COUNT_UNITS.test(v.unit))) return point(v.value);
  return roundingInterval(v.value.toFixed(v.decimals), v.decimals);
}

function valueEvidence(role: string, item: ScoreItem<Figure>, v: IndicatorValue): Evidence {
  return { role, metric: role === 'target' ? 'indicator_target' : 'indicator_actual', key: item.name, value: v.value?.toFixed() ?? v.text, raw: v.text, location: v.location };
}

/** Whether the actual value meets the target: true, false, or null when it cannot be told (rounding, no direction, units). */
function targetMet(target: IndicatorValue, actual: IndicatorValue): boolean | null {
  const t = valueIv(target, true);
  const a = valueIv(actual, false);
  if (!t || !a) return null;
  const unit = (u: string) => u.replace(/^(?:个百分点|百分比)$/, '%');
  if (target.unit && actual.unit && unit(target.unit) !== unit(actual.unit)) return null;
  if (target.comparator === '≥') return a.lo.gte(t.hi) ? true : a.hi.lt(t.lo) ? false : null;
  if (target.comparator === '≤') return a.hi.lte(t.lo) ? true : a.lo.gt(t.hi) ? false : null;
  // A bare or "=" target: met when the values agree; a miss has no direction, so it is not judged.
  return overlaps(a, t) ? true : null;
}

export function scoreForm(rubric: Rubric, st: ScoreTable<Figure>, ctx: RuleContext): FormResult {
  const form = rubric.form!;
  const env = formEnv(st, ctx);
  let checked = 0;
  let computed = 0;
  let judged = 0;
  let lo = ZERO;
  let hi = ZERO;
  const execItem = st.items.find((i) => i.name === '预算执行率' && i.level1 === '预算执行') ?? null;
  const weight = execItem?.weight ? new Decimal(new Decimal(execItem.weight.value)) : form.execution.weight;
  const scale = weight.div(form.execution.weight);
  // The printed 执行率 against its amounts is the figure checks' business: the scored row's figures are
  // budget_adjusted / spend_total / exec_rate, so ratio_mismatch covers it once.
  // Its 得分: by the form's rule, from every reading of the rate (amounts and printed rate).
  const readings = partValues(form.execution.rate, env);
  if (execItem) {
    if (readings.length) {
      computed++;
      const outcomes = readings.map((x) => ({ x, out: applyRule(form.execution.rule, x.iv, weight, form.execution.capped, scale) }));
      const set = clamp(outcomes.flatMap((o) => o.out.set), ZERO, weight);
      const tol = new Decimal(5).times(new Decimal(10).pow(-(rubric.scoreDecimals + 1)));
      const tolerant = set.map((iv) => ({ lo: iv.lo.minus(tol), hi: iv.hi.plus(tol) }));
      const h = hull(roundSet(set, rubric.scoreDecimals))!;
      lo = lo.plus(h.lo);
      hi = hi.plus(h.hi);
      if (execItem.score) {
        checked++;
        const stated = statedScore(execItem.score, new Decimal(execItem.score.value));
        if (!meets(tolerant, stated)) {
          const expected = showSet(roundSet(set, rubric.scoreDecimals));
          ctx.raise({
            check: 'score_mismatch',
            severity: 'error',
            metric: 'score_item',
            key: execItem.name,
            reported: execItem.score.value,
            expected,
            margin: distance(tolerant, stated),
            formula: outcomes.map((o) => `执行率 = ${o.x.filled} = ${show(o.x.iv)}% → ${o.out.how} → ${showSet(o.out.set)}`).join('；'),
            message: 'form-exec-score-mismatch',
            params: { reported: execItem.score.value, expected, rule: form.execution.wording, rate: `${show(readings[0]!.iv)}%`, weight: weight.toFixed() },
            evidence: [ctx.evidence('reported', execItem.score), ...(execItem.weight ? [ctx.evidence('weight', execItem.weight)] : []), ...[...new Set(readings.flatMap((x) => x.facts))].map((f) => ctx.evidence('input', f))],
          }, [execItem.score, ...(execItem.weight ? [execItem.weight] : []), ...new Set(readings.flatMap((x) => x.facts))]);
        }
      }
    } else {
      judged++;
      const s = execItem.score ? new Decimal(new Decimal(execItem.score.value)) : null;
      lo = lo.plus(s ?? ZERO);
      hi = hi.plus(s ?? weight);
      if (execItem.score) ctx.unverifiable.push(execItem.score);
    }
  }
  for (const item of st.items) {
    if (item === execItem) continue;
    const w = item.weight ? new Decimal(new Decimal(item.weight.value)) : null;
    const s = item.score ? new Decimal(new Decimal(item.score.value)) : null;
    const met = item.target && item.actual ? targetMet(item.target, item.actual) : null;
    const t = item.target ? valueIv(item.target, true) : null;
    const a = item.actual ? valueIv(item.actual, false) : null;
    // Pro rata for a miss: actual ÷ target for a ≥ target, target ÷ actual for a ≤ target.
    let proRata: Interval | null = null;
    if (met === false && w && t && a) {
      const ratio = item.target!.comparator === '≤' ? div(t, a) : div(a, t);
      if (ratio) proRata = clamp([mul(ratio, point(w))], ZERO, w)[0]!;
    }
    if (proRata) {
      computed++;
      const r = roundSet([proRata], rubric.scoreDecimals)[0]!;
      lo = lo.plus(r.lo);
      hi = hi.plus(r.hi);
    } else if (met === true && s === null && w) {
      // Met and not scored yet: the rule's full marks (a reduction for a target set too low needs a reason).
      computed++;
      lo = lo.plus(w);
      hi = hi.plus(w);
    } else {
      judged++;
      const v = s !== null ? Decimal.max(ZERO, w ? Decimal.min(s, w) : s) : null;
      lo = lo.plus(v ?? ZERO);
      hi = hi.plus(v ?? w ?? ZERO);
    }
    if (met === null || !item.score || !w || !item.target || !item.actual) continue;
    checked++;
    const evidence = [ctx.evidence('reported', item.score), ...(item.weight ? [ctx.evidence('weight', item.weight)] : []), valueEvidence('target', item, item.target), valueEvidence('actual', item, item.actual)];
    const params = { item: item.name, target: item.target.text, actual: item.actual.text, score: item.score.value, weight: w.toFixed() };
    const stated = statedScore(item.score, new Decimal(item.score.value));
    if (met === false && s !== null && s.gte(w)) {
      ctx.raise({
        check: 'score_mismatch',
        severity: 'info',
        metric: 'score_item',
        key: item.name,
        reported: item.score.value,
        expected: proRata ? show(proRata) : `< ${w.toFixed()}`,
        margin: proRata ? stated.lo.minus(proRata.hi).abs() : ZERO,
        formula: `${item.name}：实际完成值 ${item.actual.text}，年度指标值 ${item.target.text}；${proRata ? `按比例 ${show(proRata)}` : '未达标'}`,
        message: 'indicator-below-target-full',
        params,
        evidence,
      }, [item.score, ...(item.weight ? [item.weight] : [])]);
    } else if (met === true && s !== null && s.lt(w)) {
      ctx.raise({
        check: 'score_mismatch',
        severity: 'info',
        metric: 'score_item',
        key: item.name,
        reported: item.score.value,
        expected: w.toFixed(),
        margin: w.minus(stated.hi),
        formula: `${item.name}：实际完成值 ${item.actual.text} 达到年度指标值 ${item.target.text}，满分 ${w.toFixed()}`,
        message: 'indicator-met-marked-down',
        params,
        evidence,
      }, [item.score, ...(item.weight ? [item.weight] : [])]);
    } else if (met === false && proRata && !overlaps(proRata, { lo: stated.lo.minus(new Decimal('0.005')), hi: stated.hi.plus(new Decimal('0.005')) })) {
      const expected = show(proRata);
      ctx.raise({
        check: 'score_mismatch',
        severity: 'info',
        metric: 'score_item',
        key: item.name,
        reported: item.score.value,
        expected,
        margin: gap(proRata, stated),
        formula: `${item.name}：${item.target.comparator === '≤' ? `${item.target.text} ÷ ${item.actual.text}` : `${item.actual.text} ÷ ${item.target.text}`} × ${w.toFixed()} = ${expected}`,
        message: 'indicator-score-vs-proportion',
        params: { ...params, expected },
        evidence,
      }, [item.score, ...(item.weight ? [item.weight] : [])]);
    }
  }
  return { total: { lo, hi }, checked, computed, judged };
}
