/**
 * Which framework a report was scored with. From its score table first: the items it prints (by name or synonym)
 * and their weights — 2020 修订 and 2023 share most names but not the weights of 目标设置 — then the report's year
 * and region, then a citation of the framework's title in the text. A project form is recognised by its header
 * words (全年预算数 … 分值, or 调整后预算数 … 权重). A report without a score table that cites a 评分表 may still be
 * matched by region and year alone, which only bounds its score from above.
 */
import { Decimal } from 'decimal.js';
import type { DocumentModel } from '../../model/document.js';
import type { Figure } from '../../model/audit.js';
import type { Identity } from '../../read/identity.js';

/** What a framework is detected by besides its form: the report's text, year, region and department. */
export interface ReportOf {
  doc: DocumentModel;
  identity: Pick<Identity, 'dept' | 'region' | 'year'>;
}
import type { ScoreItem, ScoreTable } from '../../read/score-forms.js';
import type { Rubric, RubricGroup, RubricItem } from './schema.js';

/** Names compared without spaces, brackets, quotes or list punctuation: 预决算信息公开 ≈ 预决算信息公开. */
export function normName(s: string): string {
  return s.replace(/[\s\u3000“”"'‘’「」（）()【】\[\]、，,。．.:：;；]/g, '').replace(/^\d+/, '');
}

export function matchItem(rubric: Rubric, name: string): RubricItem | null {
  const n = normName(name);
  if (!n) return null;
  const exact = rubric.items.find((it) => [it.name, ...it.synonyms].some((x) => normName(x) === n));
  if (exact) return exact;
  // A name cut or extended by a page break or a suffix (预决算信息公开性): containment, when it picks one item.
  const near = rubric.items.filter((it) => [it.name, ...it.synonyms].some((x) => {
    const m = normName(x);
    return m.length >= 4 && n.length >= 4 && (m.includes(n) || n.includes(m));
  }));
  return near.length === 1 ? near[0]! : null;
}

export function matchGroup(rubric: Rubric, name: string, level: 1 | 2): RubricGroup | null {
  const n = normName(name);
  if (!n) return null;
  return rubric.groups.find((g) => g.level === level && [g.name, ...g.synonyms].some((x) => normName(x) === n)) ?? null;
}

/** The framework group a table item sits under: its 二级 name, else its 一级 name. */
export function groupOf(rubric: Rubric, item: ScoreItem<Figure>): RubricGroup | null {
  return matchGroup(rubric, item.level2, 2) ?? matchGroup(rubric, item.level1, 1);
}

export interface TableMatch {
  rubric: Rubric;
  matched: number;
  custom: number;
  weightsAgree: number;
  yearFits: boolean;
  regionFits: boolean;
  cited: boolean;
}

function yearFits(r: Rubric, year: number | null): boolean {
  if (year === null) return false;
  const [a, b] = r.appliesTo.years;
  return (a === null || year >= a) && (b === null || year <= b);
}

function regionFits(r: Rubric, region: string | null, dept: string | null): boolean {
  if (r.appliesTo.regions.length === 0) return false;
  const where = `${region ?? ''}${dept ?? ''}`;
  return r.appliesTo.regions.some((x) => where.includes(x));
}

function cites(r: Rubric, text: string): boolean {
  return r.titles.some((t) => text.includes(normName(t)));
}

let textCache: { doc: unknown; text: string } | null = null;
function docText(report: ReportOf): string {
  if (textCache?.doc !== report.doc) textCache = { doc: report.doc, text: normName(report.doc.lines.map((l) => l.text).join('')) };
  return textCache.text;
}

export function scoreTableMatch(rubric: Rubric, table: ScoreTable<Figure>, report: ReportOf): TableMatch {
  let matched = 0;
  let custom = 0;
  let weightsAgree = 0;
  for (const item of table.items) {
    const fw = matchItem(rubric, item.name);
    if (fw) {
      matched++;
      if (fw.weight && item.weight && fw.weight.eq(new Decimal(item.weight.value))) weightsAgree++;
    } else if (groupOf(rubric, item)?.open) custom++;
  }
  const id = report.identity;
  return {
    rubric,
    matched,
    custom,
    weightsAgree,
    yearFits: yearFits(rubric, id.year),
    regionFits: regionFits(rubric, id.region, id.dept),
    cited: cites(rubric, docText(report)),
  };
}

/** Whether a match is good enough to re-score with: most printed items are the framework's, and most of it is printed. */
export function acceptable(m: TableMatch, table: ScoreTable<Figure>): boolean {
  const own = table.items.length - m.custom;
  const fixed = m.rubric.items.filter((it) => !m.rubric.groups.find((g) => g.id === it.parent)?.open).length;
  return m.matched >= 3 && own > 0 && m.matched / own >= 0.6 && m.matched / Math.max(1, fixed) >= 0.5;
}

function rank(m: TableMatch): number[] {
  return [m.weightsAgree, m.matched, m.cited ? 1 : 0, m.yearFits ? 1 : 0, m.regionFits ? 1 : 0];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

export function detectDepartment(rubrics: Rubric[], table: ScoreTable<Figure>, report: ReportOf): TableMatch | null {
  let best: TableMatch | null = null;
  for (const r of rubrics.filter((x) => x.kind === 'department')) {
    const m = scoreTableMatch(r, table, report);
    if (!acceptable(m, table)) continue;
    if (!best || better(rank(m), rank(best))) best = m;
  }
  return best;
}

export function detectForm(rubrics: Rubric[], table: ScoreTable<Figure>, report: ReportOf): Rubric | null {
  const words = normName((table.form?.headerWords ?? []).join('|'));
  const fits = rubrics.filter((r) => r.kind === 'project-form' && r.form!.signature.every((w) => words.includes(normName(w))));
  if (fits.length <= 1) return fits[0] ?? null;
  const id = report.identity;
  // More signature words is a closer layout; then the region, then the year.
  return [...fits].sort(
    (a, b) =>
      b.form!.signature.length - a.form!.signature.length ||
      Number(regionFits(b, id.region, id.dept)) - Number(regionFits(a, id.region, id.dept)) ||
      Number(yearFits(b, id.year)) - Number(yearFits(a, id.year)),
  )[0]!;
}

/**
 * A report with no score table: a department framework whose region and year both fit, when the text says it was
 * scored against a table (评分表, 指标体系框架) and exactly one framework fits.
 */
export function detectWithoutTable(rubrics: Rubric[], report: ReportOf): Rubric | null {
  const text = docText(report);
  if (!/评分表|评分情况|指标体系框架|评价指标体系/.test(text)) return null;
  const id = report.identity;
  const cited = rubrics.filter((r) => r.kind === 'department' && cites(r, text));
  if (cited.length === 1) return cited[0]!;
  const fits = rubrics.filter((r) => r.kind === 'department' && r.complete && yearFits(r, id.year) && regionFits(r, id.region, id.dept));
  return fits.length === 1 ? fits[0]! : null;
}
