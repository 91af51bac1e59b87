/**
 * Scoring frameworks for people: a report carries the id of the framework it was re-scored with
 * (`shenzhen-dept-2023`); every view shows its name (部门整体支出绩效评价共性指标体系框架（2023年度）), and
 * `jixiao rubrics` lists them all. Framework names are the documents' own titles, in Chinese whatever --lang is.
 */
import { builtinRubrics } from '../rules/rubric/load.js';
import type { Rubric } from '../rules/rubric/schema.js';
import type { Lang } from '../i18n/messages.js';

let byId: Map<string, Rubric> | null = null;

function known(): Map<string, Rubric> {
  byId ??= new Map(builtinRubrics().map((r) => [r.id, r]));
  return byId;
}

/** The framework's title; an id of no built-in framework (a file given with --rubric) is shown as it is. */
export function rubricName(id: string | null | undefined): string {
  if (!id) return '';
  return known().get(id)?.title ?? id;
}

export interface RubricListing {
  id: string;
  name: string;
  kind: string;
  region: string;
  years: string;
  verification: string;
}

/** The budget years a framework applies to: `2020–2022`, `2023 起` / `2023 on`, `不限` / `any`. */
function years(r: Rubric, lang: Lang): string {
  const [from, to] = r.appliesTo.years;
  if (from === null && to === null) return lang === 'zh' ? '不限' : 'any';
  if (to === null) return lang === 'zh' ? `${from} 起` : `${from} on`;
  if (from === null) return lang === 'zh' ? `至 ${to}` : `to ${to}`;
  return from === to ? String(from) : `${from}–${to}`;
}

const VERIFIED: Record<string, { zh: string; en: string }> = {
  verified: { zh: '已逐项核对', en: 'verified' },
  secondary: { zh: '据二手资料', en: 'from secondary sources' },
  unverified: { zh: '未核对', en: 'unverified' },
};

const KINDS: Record<string, { zh: string; en: string }> = {
  department: { zh: '部门整体', en: 'department' },
  'project-form': { zh: '项目自评表', en: 'project form' },
  reference: { zh: '参考（无分值）', en: 'reference (no weights)' },
};

/** Every built-in framework, by id. */
export function rubricListing(lang: Lang): RubricListing[] {
  return [...known().values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      name: r.title,
      kind: KINDS[r.kind]?.[lang] ?? r.kind,
      region: r.source.region || (lang === 'zh' ? '全国' : 'national'),
      years: years(r, lang),
      verification: VERIFIED[r.source.verification]?.[lang] ?? r.source.verification,
    }));
}
