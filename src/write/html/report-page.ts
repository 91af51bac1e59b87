/**
 * One report's page: the extracted text grouped by page with every fact highlighted, and beside it the flags
 * (severity first, largest margin first), each opening to its message, numbers, formula and evidence, which is
 * highlighted in place. Also the list of facts and the rates that could not be re-computed.
 */
import type { Evidence, Fact, Flag, Report } from '../../model/audit.js';
import { type Lang } from '../../i18n/messages.js';
import { render, renderFlagMessage, renderFormula } from '../render.js';
import { esc, jsonIsland } from './escape.js';
import { checkLabel, locationLabel, metricLabel, roleLabel, severityLabel, statusLabel, t } from './labels.js';
import { evTokens, TextIndex, type Segment } from './segments.js';
import { flagOrder, summarize } from './summary.js';
import { page } from './layout.js';
import { reportPageName } from './names.js';
import { knownMetricName } from '../metric-names.js';
import { REPORT_JS } from './script-report.js';

type TextLine = NonNullable<Report['text']>[number];

/** Figures (and the dash of an empty figure) are right-aligned in table cells. */
const NUMERIC_CELL = /^(?:[-+]?[\d,，.]+\s*[%％]?|[—–-])$/;

export function renderReportPage(report: Report, lang: Lang): string {
  const text = report.text ?? [];
  const index = new TextIndex(text);
  // Spans index this file's lines; a figure from another file of the same report (a joined score sheet) is not here.
  const here = (file: string) => !file || file === report.file;
  report.facts.forEach((f, i) => here(f.location.file) && index.addFact(i, f.location));
  // Figures outside the vocabulary are marked too, with their label, so every number read shows as read.
  report.figures.forEach((f, i) => !f.factId && here(f.location.file) && index.addFigure(i, f.location));
  const placed = new Map<string, number | null>();
  report.flags.forEach((flag, k) =>
    flag.evidence.forEach((e, j) => placed.set(`${k}-${j}`, here(e.location.file) ? index.addEvidence(evTokens(k, j), e.location) : null)),
  );
  const base = report.file.split(/[\\/]/).pop() ?? report.file;
  const body =
    header(report, base, lang) +
    '<main class="layout">' +
    `<article class="doc" aria-label="${esc(t('html.text', lang))}">${documentText(text, index, report, lang)}</article>` +
    `<aside class="side">${sidePanel(report, placed, lang)}</aside>` +
    '</main><div id="pop" class="pop" hidden role="dialog"></div>' +
    `<script type="application/json" id="data">${jsonIsland(pageData(report, lang))}</script>`;
  return page({ lang, title: `${base} · ${t('html.title', lang)}`, body, script: REPORT_JS, bodyClass: 'report-page' });
}

function header(report: Report, base: string, lang: Lang): string {
  const row = summarize(report, lang);
  const meta = [report.dept, report.region, report.year, report.format?.toUpperCase(), report.pages ? t('html.pages', lang, { n: report.pages }) : null]
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map((v) => `<span>${esc(v)}</span>`)
    .join('');
  const rescored = row.rescoredMin === row.rescoredMax ? row.rescoredMin : `${row.rescoredMin ?? '?'}–${row.rescoredMax ?? '?'}`;
  const gap = row.gap === null ? null : Number(row.gap) > 0 ? `+${row.gap}` : row.gap;
  const card = (k: string, v: string | number | null, cls = '') =>
    v === null || v === undefined ? '' : `<div class="card ${cls}"><span class="k">${esc(k)}</span><span class="v">${esc(v)}</span></div>`;
  const cards =
    card(t('col.stated', lang), row.stated) +
    card(t('col.rescored', lang), row.rescoredMin === null && row.rescoredMax === null ? null : rescored) +
    card(t('col.gap', lang), gap, gap && gap.startsWith('+') ? 'warning' : '') +
    card(t('col.errors', lang), row.flags.error, row.flags.error ? 'error' : '') +
    card(t('col.warnings', lang), row.flags.warning, row.flags.warning ? 'warning' : '') +
    card(t('col.infos', lang), row.flags.info, row.flags.info ? 'info' : '') +
    card(t('col.figures', lang), row.figures) +
    card(t('col.metrics', lang), row.metrics) +
    card(t('col.checked', lang), row.checked) +
    card(t('col.unverifiable', lang), row.unverifiable);
  const status = report.status === 'ok' ? '' : `<p class="notice">${esc(statusLabel(report.status, lang))}${row.note ? ` · ${esc(row.note)}` : ''}</p>`;
  const copies = report.duplicates?.length ? `<p class="notice">${esc(t('html.duplicates', lang, { files: report.duplicates.join(lang === 'zh' ? '、' : ', ') }))}</p>` : '';
  const notes = report.notes.length ? `<ul class="notes">${report.notes.map((n) => `<li>${esc(render(n, lang))}</li>`).join('')}</ul>` : '';
  const badge = (n: number, s: 'error' | 'warning' | 'info') =>
    `<span class="badge ${n ? s : 'zero'}" title="${esc(severityLabel(s, lang))}">${n}</span>`;
  const bar =
    `<nav class="bar"><a href="../index.html">← ${esc(t('html.back', lang))}</a><span class="bar-file">${esc(base)}${report.dept ? `<span class="bar-dept">${esc(report.dept)}</span>` : ''}</span>` +
    `<span class="bar-flags">${badge(row.flags.error, 'error')}${badge(row.flags.warning, 'warning')}${badge(row.flags.info, 'info')}</span></nav>`;
  return (
    bar +
    '<header class="top">' +
    `<h1>${esc(base)}</h1>${base !== report.file ? `<p class="path">${esc(report.file)}</p>` : ''}` +
    `${meta ? `<p class="meta">${meta}</p>` : ''}<div class="cards">${cards}</div>${status}${copies}${notes}</header>`
  );
}

function documentText(text: readonly TextLine[], index: TextIndex, report: Report, lang: Lang): string {
  if (!text.length) return `<p class="empty">${esc(t('html.no-text', lang))}</p>`;
  const legend = `<p class="legend"><span class="fact">${esc(t('html.legend-fact', lang))}</span> · <span class="figure">${esc(t('html.legend-figure', lang))}</span> · <span class="ev-on">${esc(t('html.legend-ev', lang))}</span></p>`;
  let out = legend;
  let i = 0;
  while (i < text.length) {
    const pageNo = text[i]!.page;
    let html = '';
    for (; i < text.length && text[i]!.page === pageNo; ) {
      if (text[i]!.kind === 'table-row') {
        let rows = '';
        for (; i < text.length && text[i]!.page === pageNo && text[i]!.kind === 'table-row'; i++) rows += tableRow(i, text[i]!, index, report, lang);
        html += `<div class="tbl-wrap"><table class="tbl"><tbody>${rows}</tbody></table></div>`;
      } else {
        html += textLine(i, text[i]!, index, report, lang);
        i++;
      }
    }
    const heading = pageNo === null ? '' : `<h2 class="page-no">${esc(t('loc.page', lang, { page: pageNo }))}</h2>`;
    out += `<section class="page"${pageNo === null ? '' : ` id="page-${pageNo}"`}>${heading}${html}</section>`;
  }
  return out;
}

function lineAttrs(i: number, line: TextLine, index: TextIndex): string {
  const ev = index.marks.get(i)?.lineEv ?? [];
  return ` id="t-${i}" data-line="${line.line}"${ev.length ? ` data-ev="${esc(ev.join(' '))}"` : ''}`;
}

function textLine(i: number, line: TextLine, index: TextIndex, report: Report, lang: Lang): string {
  const segs = index.segments(i).map((s) => segment(s, report, lang)).join('');
  const blank = line.text.trim() === '' ? ' blank' : '';
  return `<div class="ln k-${esc(line.kind)}${blank}"${lineAttrs(i, line, index)}><span class="no">${line.line}</span><span class="tx">${segs}</span></div>`;
}

function tableRow(i: number, line: TextLine, index: TextIndex, report: Report, lang: Lang): string {
  const cells: { html: string; text: string }[] = [{ html: '', text: '' }];
  for (const s of index.segments(i)) {
    if (s.cellBreak) cells.push({ html: '', text: '' });
    else {
      cells[cells.length - 1]!.html += segment(s, report, lang);
      cells[cells.length - 1]!.text += s.text;
    }
  }
  const td = (c: { html: string; text: string }) => `<td${NUMERIC_CELL.test(c.text.trim()) ? ' class="n"' : ''}>${c.html}</td>`;
  return `<tr class="ln"${lineAttrs(i, line, index)}><td class="no">${line.line}</td>${cells.map(td).join('')}</tr>`;
}

function segment(s: Segment, report: Report, lang: Lang): string {
  if (!s.facts.length && !s.ev.length && !s.figures.length) return esc(s.text);
  const facts = s.facts.map((i) => report.facts[i]!);
  const figures = s.figures.map((i) => report.figures[i]!);
  const classes = [
    facts.length ? 'fact' : figures.length ? 'figure' : '',
    facts.length && facts.every((f) => f.tier === 'detail') ? 'detail' : '',
  ].filter(Boolean);
  const title = [
    ...facts.map((f) => `${metricLabel(f.metric, lang)}${f.key ? `（${f.key}）` : ''}: ${f.value} ${f.unit}${suspectNote(f, lang, ' · ')}`),
    ...(facts.length ? [] : figures.map((f) => `${t(`kind.${f.kind}`, lang)} · ${f.label}: ${f.value} ${f.unit}`)),
  ].join('\n');
  return (
    `<span${classes.length ? ` class="${classes.join(' ')}"` : ''}${facts.length ? ` data-f="${s.facts.join(' ')}"` : ''}${title ? ` title="${esc(title)}"` : ''}` +
    `${s.ev.length ? ` data-ev="${esc(s.ev.join(' '))}"` : ''}>${esc(s.text)}</span>`
  );
}

function sidePanel(report: Report, placed: Map<string, number | null>, lang: Lang): string {
  const core = report.facts.filter((f) => f.tier === 'core').length;
  const tab = (id: string, label: string, n: number, selected: boolean) =>
    `<button role="tab" id="tab-${id}" aria-controls="panel-${id}" aria-selected="${selected}" data-tab="${id}">${esc(label)}<span class="n">${n}</span></button>`;
  const flags = flagOrder(report.flags);
  return (
    `<div class="tabs" role="tablist">${tab('flags', t('col.flags', lang), report.flags.length, true)}` +
    `${tab('facts', t('col.metrics', lang), report.facts.length, false)}${tab('rel', t('sheet.relations', lang), report.relations.length, false)}` +
    `${tab('unver', t('col.unverifiable', lang), report.unverifiable.length, false)}</div>` +
    `<section class="panel" id="panel-flags" role="tabpanel" aria-labelledby="tab-flags">` +
    (flags.length
      ? `<ol class="flags">${flags.map((k) => flagItem(report.flags[k]!, k, placed, lang, report.file)).join('')}</ol>`
      : `<p class="empty">${esc(t(report.status === 'ok' ? 'html.no-flags' : 'html.not-audited', lang))}</p>`) +
    '</section>' +
    `<section class="panel" id="panel-facts" role="tabpanel" aria-labelledby="tab-facts" hidden>${factList(report, core, lang)}</section>` +
    `<section class="panel" id="panel-rel" role="tabpanel" aria-labelledby="tab-rel" hidden>${relationList(report, lang)}</section>` +
    `<section class="panel" id="panel-unver" role="tabpanel" aria-labelledby="tab-unver" hidden>${unverifiableList(report, lang)}</section>`
  );
}

function flagItem(flag: Flag, k: number, placed: Map<string, number | null>, lang: Lang, file: string): string {
  const numbers =
    `<dl class="numbers"><dt>${esc(t('col.reported', lang))}</dt><dd>${esc(flag.reported)}</dd>` +
    `<dt>${esc(t('col.expected', lang))}</dt><dd>${esc(flag.expected)}</dd>` +
    `<dt>${esc(t('col.margin', lang))}</dt><dd>${esc(flag.margin)}</dd></dl>`;
  const evidence = flag.evidence
    .map((e, j) => evidenceItem(e, k, j, placed.get(`${k}-${j}`) ?? null, lang, e.location.quote !== flag.evidence[j - 1]?.location.quote, file))
    .join('');
  return (
    `<li class="flag sev-${flag.severity}" id="flag-${k}" data-flag="${k}">` +
    `<button class="flag-head" type="button" aria-expanded="false">` +
    `<span class="flag-title"><span class="badge ${flag.severity}">${esc(severityLabel(flag.severity, lang))}</span>` +
    `<span class="check">${esc(checkLabel(flag.check, lang))}</span>${flag.ocr ? '<span class="badge zero">OCR</span>' : ''}</span>` +
    `<span class="flag-metric" style="display:block">${esc(knownMetricName(flag.metric, lang, true))}${flag.key ? ` · ${esc(flag.key)}` : ''}</span>` +
    `<span class="flag-nums" style="display:block"><b>${esc(flag.reported)}</b><span class="arrow">≠</span>${esc(flag.expected)}</span>` +
    '</button>' +
    `<div class="flag-body"><p class="msg">${esc(renderFlagMessage(flag, lang))}</p>${numbers}` +
    `<div class="formula">${esc(t('col.formula', lang))}<code>${esc(renderFormula(flag.formula, lang))}</code></div>` +
    `<ol class="evidence">${evidence}</ol></div></li>`
  );
}

function evidenceItem(e: Evidence, k: number, j: number, line: number | null, lang: Lang, quote: boolean, file: string): string {
  const elsewhere = e.location.file && e.location.file !== file;
  const jump = elsewhere
    ? `<a class="jump" href="${esc(reportPageName(e.location.file))}">${esc(t('html.open-file', lang))}</a>`
    : line === null
      ? `<button class="jump" type="button" disabled>${esc(t('html.not-in-text', lang))}</button>`
      : `<button class="jump" type="button" data-jump="e${k}-${j}" data-line="${line}">${esc(t('html.jump', lang))}</button>`;
  return (
    `<li><span class="what"><span class="role">${esc(roleLabel(e.role, lang))}</span><b>${esc(e.raw)}</b> ` +
    `${esc([knownMetricName(e.metric, lang, true), e.key ?? ''].filter(Boolean).join(' · '))} ` +
    `<span class="loc">${elsewhere ? `${esc(e.location.file)} ` : ''}${esc(locationLabel(e.location, lang))}</span></span>` +
    `${jump}${quote ? `<q>${esc(e.location.quote)}</q>` : ''}</li>`
  );
}

/** A corrected figure (unit slip) says so wherever its value is shown, with the value as printed. */
function suspectNote(f: Fact, lang: Lang, before = ''): string {
  return f.suspect ? `${before}${t('html.suspect', lang, { printed: f.suspect.valueAsPrinted, unit: f.unit })}` : '';
}

function factList(report: Report, core: number, lang: Lang): string {
  if (!report.facts.length) return `<p class="empty">${esc(t('html.no-facts', lang))}</p>`;
  const rows = (tier: Fact['tier']) =>
    report.facts
      .map((f, i) => [f, i] as const)
      .filter(([f]) => f.tier === tier)
      .map(
        ([f, i]) =>
          `<tr data-fact="${i}" tabindex="0"><td>${esc(metricLabel(f.metric, lang))}${f.key ? `<span class="key">${esc(f.key)}</span>` : ''}</td>` +
          `<td class="num">${esc(f.value)} ${esc(f.unit)}${f.suspect ? `<span class="suspect">${esc(suspectNote(f, lang))}</span>` : ''}</td>` +
          `<td class="loc">${esc(locationLabel(f.location, lang))}</td></tr>`,
      )
      .join('');
  const details = report.facts.length - core;
  return (
    `<input class="filter" type="search" placeholder="${esc(t('html.filter-facts', lang))}" aria-label="${esc(t('html.filter-facts', lang))}">` +
    (core ? `<p class="tier">${esc(t('html.core', lang))} (${core})</p><table class="facts-list"><tbody>${rows('core')}</tbody></table>` : '') +
    (details ? `<p class="tier">${esc(t('html.detail', lang))} (${details})</p><table class="facts-list"><tbody>${rows('detail')}</tbody></table>` : '')
  );
}

/** Every relation checked, contradicted ones first: what was verified, not only what failed. */
function relationList(report: Report, lang: Lang): string {
  if (!report.relations.length) return `<p class="empty">${esc(t('html.none', lang))}</p>`;
  const order = { contradicted: 0, corrected: 1, holds: 2, within: 3 } as const;
  const relations = [...report.relations].sort((a, b) => order[a.verdict] - order[b.verdict]);
  return (
    `<ol class="evidence">` +
    relations
      .map(
        (r) =>
          `<li class="${r.verdict === 'contradicted' ? 'error' : r.verdict === 'corrected' ? 'warning' : ''}"><span class="what"><b>${esc(t(`verdict.${r.verdict}`, lang))}</b> ` +
          `${esc(t(`relation.${r.kind}`, lang))} ${esc(r.stated.raw)} ${esc(r.stated.key ?? '')} <span class="loc">${esc(locationLabel(r.stated.location, lang))}</span></span>` +
          `<span>${esc(renderFormula(r.formula, lang))}</span><q>${esc(r.stated.location.quote)}</q></li>`,
      )
      .join('') +
    '</ol>'
  );
}

function unverifiableList(report: Report, lang: Lang): string {
  if (!report.unverifiable.length) return `<p class="empty">${esc(t('html.none', lang))}</p>`;
  return (
    `<p class="legend">${esc(t('html.unverifiable-help', lang))}</p><ol class="evidence">` +
    report.unverifiable
      .map(
        (u) =>
          `<li><span class="what"><b>${esc(u.value)}</b> ${esc(metricLabel(u.metric, lang))} <span class="loc">${esc(locationLabel(u.location, lang))}</span></span>` +
          `<span></span><q>${esc(u.location.quote)}</q></li>`,
      )
      .join('') +
    '</ol>'
  );
}

/** What the page script needs for the fact popover: small arrays, text only (rendered with textContent). */
function pageData(report: Report, lang: Lang) {
  return {
    facts: report.facts.map((f) => [
      metricLabel(f.metric, lang),
      f.metric,
      f.key,
      `${f.value} ${f.unit}`.trim() + suspectNote(f, lang, ' · '),
      `${f.raw}${f.rawUnit && f.rawUnit !== '%' ? ` ${f.rawUnit}` : ''}`,
      locationLabel(f.location, lang),
      f.tier,
    ]),
    flags: report.flags.map((f) => [severityLabel(f.severity, lang), checkLabel(f.check, lang), knownMetricName(f.metric, lang, true)].filter(Boolean).join(' · ')),
    focus: report.flags.map((f) => Math.max(0, f.evidence.findIndex((e) => e.role === 'reported'))),
    labels: { raw: t('col.raw', lang), flags: t('html.related', lang), metricId: t('col.metric-id', lang) },
  };
}
