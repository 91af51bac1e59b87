/**
 * The chart of stated vs re-scored scores across the batch, for index.html: one point per report with both, the
 * stated self-score across, the re-score up (a vertical bar when the report's figures allow a range), and the
 * diagonal where the two agree. A point below the diagonal is a report that scored itself higher than its own
 * figures give. Inline SVG (no script, no network); every point links to its report page and names it on hover.
 */
import type { Lang } from '../../i18n/messages.js';
import { esc } from './escape.js';
import { t } from './labels.js';
import { REPORTS_DIR } from './names.js';
import type { SummaryRow } from './summary.js';

const SIZE = 320;
const MARGIN = { left: 44, right: 12, top: 12, bottom: 38 };

interface Point {
  row: SummaryRow;
  stated: number;
  lo: number;
  hi: number;
}

/** Reports with a stated score and a re-score, once each; positions only, so binary numbers are fine here. */
function pointsOf(rows: readonly SummaryRow[]): Point[] {
  return rows.flatMap((row) => {
    if (row.joined) return [];
    const stated = row.stated === null ? NaN : Number(row.stated);
    const lo = Number(row.rescoredMin ?? row.rescoredMax ?? NaN);
    const hi = Number(row.rescoredMax ?? row.rescoredMin ?? NaN);
    return Number.isFinite(stated) && Number.isFinite(lo) && Number.isFinite(hi) ? [{ row, stated, lo, hi }] : [];
  });
}

/** The axis range, the same on both axes: from the lowest score (down to a multiple of 10) to at least 100. */
function domain(points: readonly Point[]): [number, number] {
  const low = Math.min(...points.flatMap((p) => [p.stated, p.lo]));
  const high = Math.max(100, ...points.flatMap((p) => [p.stated, p.hi]));
  const from = Math.max(0, Math.floor(Math.min(low, high - 10) / 10) * 10);
  return [from, Math.ceil(high / 10) * 10];
}

export function scoreChart(rows: readonly SummaryRow[], lang: Lang): string {
  const points = pointsOf(rows);
  if (!points.length) return '';
  const [from, to] = domain(points);
  const plot = SIZE - MARGIN.left - MARGIN.right;
  const x = (v: number) => (MARGIN.left + ((v - from) / (to - from)) * plot).toFixed(1);
  const y = (v: number) => (MARGIN.top + (1 - (v - from) / (to - from)) * plot).toFixed(1);
  const step = to - from > 40 ? 20 : to - from > 20 ? 10 : 5;
  const ticks: number[] = [];
  for (let v = Math.ceil(from / step) * step; v <= to; v += step) ticks.push(v);
  const grid = ticks
    .map(
      (v) =>
        `<line class="grid" x1="${x(from)}" x2="${x(to)}" y1="${y(v)}" y2="${y(v)}"/><line class="grid" x1="${x(v)}" x2="${x(v)}" y1="${y(from)}" y2="${y(to)}"/>` +
        `<text class="tick" x="${x(v)}" y="${(SIZE - MARGIN.bottom + 14).toFixed(1)}" text-anchor="middle">${v}</text>` +
        `<text class="tick" x="${MARGIN.left - 6}" y="${y(v)}" text-anchor="end" dominant-baseline="middle">${v}</text>`,
    )
    .join('');
  const marks = points
    .map((p) => {
      const tone = p.stated > p.hi ? 'over' : p.stated < p.lo ? 'under' : 'agree';
      const shown = p.lo === p.hi ? String(p.lo) : `${p.lo}–${p.hi}`;
      const name = `${p.row.dept ?? p.row.file}: ${t('chart.point', lang, { stated: p.row.stated!, rescored: shown })}`;
      // A range is a bar with end caps (a dot in its middle would claim a value the figures do not give).
      const cap = (v: number) => `<line class="range" x1="${(Number(x(p.stated)) - 4).toFixed(1)}" x2="${(Number(x(p.stated)) + 4).toFixed(1)}" y1="${y(v)}" y2="${y(v)}"/>`;
      const mark =
        p.lo === p.hi
          ? `<circle cx="${x(p.stated)}" cy="${y(p.lo)}" r="4.5"/>`
          : `<line class="hit" x1="${x(p.stated)}" x2="${x(p.stated)}" y1="${y(p.lo)}" y2="${y(p.hi)}"/>` +
            `<line class="range" x1="${x(p.stated)}" x2="${x(p.stated)}" y1="${y(p.lo)}" y2="${y(p.hi)}"/>${cap(p.lo)}${cap(p.hi)}`;
      return `<a href="${esc(`${REPORTS_DIR}/${p.row.page}`)}" class="pt ${tone}"><title>${esc(name)}</title>${mark}</a>`;
    })
    .join('');
  const bottom = SIZE - MARGIN.bottom;
  return (
    `<h2 class="section-title">${esc(t('chart.title', lang))}</h2>` +
    `<figure class="score-chart"><svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${esc(t('chart.title', lang))}">` +
    grid +
    `<line class="diagonal" x1="${x(from)}" y1="${y(from)}" x2="${x(to)}" y2="${y(to)}"/>` +
    marks +
    `<text class="axis" x="${x((from + to) / 2)}" y="${bottom + 32}" text-anchor="middle">${esc(t('chart.x', lang))}</text>` +
    `<text class="axis" transform="translate(12 ${y((from + to) / 2)}) rotate(-90)" text-anchor="middle">${esc(t('chart.y', lang))}</text>` +
    `</svg><figcaption>${esc(t('chart.caption', lang, { count: points.length }))}</figcaption></figure>`
  );
}
