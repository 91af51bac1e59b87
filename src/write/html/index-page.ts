/**
 * index.html: the run at a glance and every report in one table that sorts (flag counts, score gap, year, …) and
 * filters (severity, region, year, status, free text) in the browser; each row links to the report's page.
 */
import type { Lang } from '../../i18n/messages.js';
import type { GapSummary, RunSummary } from '../sink.js';
import { GAP_KINDS, shownMargin, shownRelative, shownSlip, shownValue } from '../gaps.js';
import { esc } from './escape.js';
import { checkLabel, metricLabel, statusLabel, t } from './labels.js';
import { page } from './layout.js';
import { reportHref, REPORTS_DIR } from './names.js';
import { SCRIPT_INDEX } from './script-index.js';
import { scoreChart } from './score-chart.js';
import { unverifiableShare, type SummaryRow } from './summary.js';

/** Where a flag of the top-gaps list sits on its report page. */
export type GapAnchor = (gap: GapSummary) => number | undefined;

export function renderIndexPage(rows: readonly SummaryRow[], run: RunSummary, lang: Lang, anchor: GapAnchor = () => undefined): string {
  const sorted = [...rows].sort(
    (a, b) => b.flags.error - a.flags.error || b.flags.warning - a.flags.warning || b.flags.info - a.flags.info || a.file.localeCompare(b.file),
  );
  const body =
    header(rows, run, lang) +
    '<div class="wrap">' +
    controls(rows, lang) +
    `<div class="list-wrap"><table class="reports" id="reports">${thead(lang)}<tbody>${sorted.map((r) => row(r, lang)).join('')}</tbody></table></div>` +
    (rows.length ? '' : `<p class="empty">${esc(t('html.no-reports', lang))}</p>`) +
    scoreChart(rows, lang) +
    topGaps(run.topGaps, lang, anchor) +
    `<footer class="foot">${esc(t('html.footer', lang, { version: run.toolVersion, created: run.createdAt }))}</footer>` +
    '</div>';
  return page({ lang, title: t('html.title', lang), body, script: SCRIPT_INDEX, bodyClass: 'index-page' });
}

function header(rows: readonly SummaryRow[], run: RunSummary, lang: Lang): string {
  const figures = rows.reduce((n, r) => n + r.figures, 0);
  const facts = rows.reduce((n, r) => n + r.facts, 0);
  const count = (s: 'error' | 'warning' | 'info') => rows.reduce((n, r) => n + r.flags[s], 0);
  const failed = rows.filter((r) => r.status !== 'ok').length;
  const card = (k: string, v: number, cls = '') => `<div class="card ${cls}"><span class="k">${esc(k)}</span><span class="v">${v}</span></div>`;
  return (
    `<header class="top"><h1>${esc(t('html.title', lang))}</h1>` +
    `<p class="meta"><span>${esc(t('html.generated', lang, { created: run.createdAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') }))}</span>` +
    `<span>${esc(t('html.seconds', lang, { seconds: Math.round(run.seconds) }))}</span></p><div class="cards">` +
    card(t('html.files', lang), rows.length) +
    card(statusLabel('ok', lang), rows.length - failed) +
    card(t('html.not-read', lang), failed, failed ? 'warning' : '') +
    card(t('col.figures', lang), figures) +
    card(t('col.facts', lang), facts) +
    card(t('col.errors', lang), count('error'), count('error') ? 'error' : '') +
    card(t('col.warnings', lang), count('warning'), count('warning') ? 'warning' : '') +
    card(t('col.infos', lang), count('info'), count('info') ? 'info' : '') +
    '</div></header>'
  );
}

function controls(rows: readonly SummaryRow[], lang: Lang): string {
  const distinct = <T,>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null && v !== ''))];
  const option = (value: string | number, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const regions = distinct(rows.map((r) => r.region)).sort((a, b) => a.localeCompare(b, 'zh'));
  const years = distinct(rows.map((r) => r.year)).sort((a, b) => b - a);
  const select = (id: string, label: string, options: string) =>
    `<select id="${id}" aria-label="${esc(label)}">${option('', label)}${options}</select>`;
  return (
    '<div class="controls">' +
    `<input type="search" id="q" placeholder="${esc(t('html.search', lang))}" aria-label="${esc(t('html.search', lang))}">` +
    select('f-sev', t('html.any-severity', lang),
      option('error', t('html.has-error', lang)) + option('warning', t('html.has-warning', lang)) +
      option('any', t('html.has-any', lang)) + option('none', t('html.has-none', lang))) +
    select('f-region', t('html.any-region', lang), regions.map((r) => option(r, r)).join('')) +
    select('f-year', t('html.any-year', lang), years.map((y) => option(y, String(y))).join('')) +
    select('f-status', t('html.any-status', lang), option('ok', statusLabel('ok', lang)) + option('bad', t('html.not-read', lang))) +
    `<span class="count" id="count" data-template="${esc(t('html.count', lang))}"></span></div>`
  );
}

const COLUMNS: [code: string, type: 'text' | 'num'][] = [
  ['file', 'text'], ['dept', 'text'], ['region', 'text'], ['year', 'num'], ['stated', 'num'], ['rescored', 'num'],
  ['gap', 'num'], ['errors', 'num'], ['warnings', 'num'], ['infos', 'num'], ['figures', 'num'], ['facts', 'num'], ['unverifiable-share', 'num'],
  ['status', 'text'],
];

function thead(lang: Lang): string {
  return `<thead><tr>${COLUMNS.map(
    ([code, type]) =>
      `<th data-type="${type}"${type === 'num' ? ' class="num"' : ''}${code === 'errors' ? ' aria-sort="descending"' : ''}>` +
      `<button type="button">${esc(t(`col.${code}`, lang))}</button></th>`,
  ).join('')}</tr></thead>`;
}

function row(r: SummaryRow, lang: Lang): string {
  const slash = Math.max(r.file.lastIndexOf('/'), r.file.lastIndexOf('\\'));
  const base = r.file.slice(slash + 1);
  const dir = slash > 0 ? r.file.slice(0, slash) : '';
  const cell = (v: string | number | null, shown: string | number | null = v, cls = '') =>
    `<td${cls ? ` class="${cls}"` : ''} data-v="${esc(v ?? '')}">${esc(shown ?? '')}</td>`;
  const badge = (n: number, s: string) => `<td class="num" data-v="${n}"><span class="badge ${n ? s : 'zero'}">${n}</span></td>`;
  const gap = r.gap === null ? null : Number(r.gap);
  const rescored = r.rescoredMin === null && r.rescoredMax === null ? null : r.rescoredMin === r.rescoredMax ? r.rescoredMin : `${r.rescoredMin ?? '?'}–${r.rescoredMax ?? '?'}`;
  const share = unverifiableShare(r.checked, r.unverifiable);
  const flags = r.flags.error + r.flags.warning + r.flags.info;
  return (
    `<tr data-region="${esc(r.region ?? '')}" data-year="${esc(r.year ?? '')}" data-status="${r.status === 'ok' ? 'ok' : 'bad'}" ` +
    `data-e="${r.flags.error}" data-w="${r.flags.warning}" data-n="${flags}" data-q="${esc(`${r.file} ${r.dept ?? ''} ${r.region ?? ''}`.toLowerCase())}">` +
    `<td class="file" data-v="${esc(r.file)}"><a href="${esc(`${REPORTS_DIR}/${r.page}`)}">${esc(base)}</a>${dir ? `<span class="dir">${esc(dir).replace(/([\\/])/g, '$1<wbr>')}</span>` : ''}</td>` +
    cell(r.dept) + cell(r.region) + cell(r.year, r.year, 'num') + cell(r.stated, r.stated, 'num') +
    cell(r.rescoredMax ?? r.rescoredMin, rescored, 'num') +
    cell(r.gap, gap === null ? null : gap > 0 ? `+${r.gap}` : r.gap, `num${gap ? (gap > 0 ? ' gap-pos' : ' gap-neg') : ''}`) +
    badge(r.flags.error, 'error') + badge(r.flags.warning, 'warning') + badge(r.flags.info, 'info') +
    cell(r.figures, r.figures, 'num') + cell(r.facts, r.facts, 'num') + cell(share, share === null ? null : `${share}%`, 'num') +
    cell(r.status, statusLabel(r.status, lang), r.status === 'ok' ? '' : 'status-bad') +
    '</tr>'
  );
}

function topGaps(gaps: readonly GapSummary[], lang: Lang, anchor: GapAnchor): string {
  if (!gaps.length) return '';
  const head = ['file', 'check', 'metric', 'reported', 'expected', 'margin', 'relative'].map((c) => `<th>${esc(t(`col.${c}`, lang))}</th>`).join('');
  const sections = GAP_KINDS.map((kind) => {
    const ofKind = gaps.filter((g) => (g.kind ?? 'other') === kind);
    if (!ofKind.length) return '';
    const rows = ofKind
      .map((g) => {
        const copies = g.copies ? `<span class="dir">${esc(t('html.gap-copies', lang, { n: g.copies }))}</span>` : '';
        const checks = (g.checks ?? [g.check]).map((c) => checkLabel(c, lang)).join(lang === 'zh' ? '、' : ', ');
        const what = g.metric ? metricLabel(g.metric, lang) : (g.label ?? '—');
        const numbers =
          kind === 'unit'
            ? `<td colspan="4">${esc(shownSlip(g))}</td>`
            : `<td class="num">${esc(shownValue(g.reported, g.kind))}</td><td class="num">${esc(shownValue(g.expected, g.kind))}</td>` +
              `<td class="num">${esc(shownMargin(g, lang))}</td><td class="num">${esc(shownRelative(g))}</td>`;
        return `<tr><td><a href="${esc(reportHref(g.file, anchor(g)))}">${esc(g.file)}</a>${copies}</td><td>${esc(checks)}</td><td>${esc(what)}</td>${numbers}</tr>`;
      })
      .join('');
    return `<tbody><tr class="kind"><th colspan="7">${esc(t(`html.gap-kind.${kind}`, lang))}</th></tr>${rows}</tbody>`;
  }).join('');
  return (
    `<h2 class="section-title">${esc(t('html.top-gaps', lang))}</h2><p class="legend">${esc(t('html.top-gaps-help', lang))}</p>` +
    `<table class="gaps"><thead><tr>${head}</tr></thead>${sections}</table>`
  );
}
