/**
 * A score table adds up: its 总分 row is the sum of the items' scores (and of their weights), a group's weight
 * (产出指标（50分）) is the sum of its items' weights, and a form's goal block (年度绩效目标（80分）) holds its
 * first-level groups (产出, 效益, 满意度). A group that the excerpt or the page cuts short is only flagged when
 * its items already exceed it.
 */
import { Decimal } from 'decimal.js';
import type { Figure } from '../model/audit.js';
import { unmapped } from '../text/mapped-text.js';
import { add, point, roundingInterval, type Interval, severityOf, midText } from '../math/interval.js';
import type { IntervalOf, Rule, RuleContext } from './rule.js';
import { byColumn, tableRows, type FormRow } from './rows.js';

const TOTAL_ROW = /^(?:总分|合计|总计|自评总分|综合得分|总得分)/;
const GOAL = /(?:年度)?绩效(?:目标|指标)\d?$/;
const FIRST_LEVEL = /(?:产出|效益|效果|满意度)指标$/;

/**
 * The sum of figures by the rounding rule, scores optionally read to `scoreDecimals`: in a score column that prints
 * 3.5 and 5.6, a 4 is 4.0 with its trailing zero dropped (as a spreadsheet's General format prints it), not any
 * value from 3.5 to 4.5. Without that, eighteen integer scores would excuse a total off by nine points.
 */
function sum(iv: IntervalOf, figures: Figure[], scoreDecimals = 0): Interval {
  return figures.reduce((acc, f) => add(acc, f.kind === 'score' && f.decimals < scoreDecimals ? roundingInterval(f.value, scoreDecimals) : iv(f)), point(0));
}

/** The finest decimals a score column prints, read from its scores and its total. */
function columnDecimals(figures: Figure[]): number {
  return Math.max(0, ...figures.filter((f) => f.kind === 'score').map((f) => f.decimals));
}

function mid(a: Interval): string {
  return midText(a);
}

function rowName(f: Figure): string {
  return unmapped(f.label.split(' › ')[0] ?? '').text.replace(/\s+/g, '');
}

function flagSum(ctx: RuleContext, reported: Figure, parts: Figure[], message: string, check: 'score_total_mismatch' | 'score_mismatch'): void {
  const decimals = columnDecimals([...parts, reported]);
  ctx.relate({
    check,
    kind: 'score',
    stated: reported,
    alternatives: [
      {
        inputs: parts.map((p): [string, Figure] => ['part', p]),
        expected: (iv: IntervalOf) => sum(iv, parts, decimals),
        formula: (total) => `${parts.map((p) => p.raw).join(' + ')} = ${mid(total)}`,
      },
    ],
    severity: (margin) => severityOf(margin, new Decimal(reported.value)),
    message: (total) => ({ code: message, params: { label: rowName(reported) || reported.label, reported: reported.raw, expected: mid(total), count: parts.length } }),
  });
}

interface FormSpan {
  first: number;
  last: number;
  total: boolean;
}

/** The lines each form stands on (a table's block, or a line form's header line to its last row). */
function formSpans(ctx: RuleContext, rows: FormRow[]): Map<number, FormSpan> {
  const spans = new Map<number, FormSpan>();
  for (const r of rows) {
    let span = spans.get(r.table);
    if (!span) {
      const block = r.table >= 0 ? ctx.doc.blocks.find((b) => b.kind === 'table' && b.table === r.table) : undefined;
      const first = block ? Math.min(...block.lines) : -1 - r.table;
      const last = block ? Math.max(...block.lines) : first;
      spans.set(r.table, (span = { first, last, total: false }));
    }
    if (r.table < 0) span.last = Math.max(span.last, r.row);
    if (TOTAL_ROW.test(rowName(r.figures[0]!))) span.total = true;
  }
  return spans;
}

/** Lines between two forms that still let them be one: 年度总体目标 and its text, a header of two lines. */
const FORM_GAP = 6;

/**
 * The form right above a form, with scored rows and no total of its own. Between them may stand forms without
 * scores (年度总体目标 | 预期目标 | …) and a few lines of text, no more.
 */
function formAbove(ctx: RuleContext, spans: Map<number, FormSpan>, table: number, rows: FormRow[]): number | null {
  const here = spans.get(table)!;
  const scored = (id: number) =>
    rows.some((r) => r.table === id && r.figures.some((f) => byColumn(f) && f.kind === 'score') && r.figures.some((f) => byColumn(f) && f.kind === 'weight'));
  const above = [...spans].filter(([id, span]) => id !== table && span.last < here.first).sort((a, b) => b[1].last - a[1].last);
  const inTable = new Set(ctx.doc.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.lines));
  let end = here.first;
  for (const [id, span] of above) {
    let between = 0;
    for (let l = span.last + 1; l < end; l++) if (ctx.doc.lines[l]?.text.trim() && !inTable.has(l)) between++;
    if (between > FORM_GAP || span.total) return null;
    if (scored(id)) return id;
    end = span.first;
  }
  return null;
}

/**
 * The self-score the text states (本部门整体支出绩效自评得分95分) against the total of the report's one score table.
 * With two tables or more (a department form and project forms) the text's score may be any of them: not compared.
 * Forms the vocabulary reads are compared by the rule score-totals.
 */
function statedVsTable(ctx: RuleContext, tableTotals: Figure[]): void {
  if (tableTotals.length !== 1 || ctx.input.scoreForms.length > 0) return;
  const table = tableTotals[0]!;
  const stated = ctx.metrics.of('self_score').filter((f) => f.extractor === 'prose' && f.kind === 'score' && !f.location.table);
  for (const score of new Map(stated.map((f) => [f.value, f])).values()) {
    ctx.relate({
      check: 'score_total_mismatch',
      kind: 'score',
      stated: score,
      alternatives: [{ inputs: [['total', table]], expected: (iv: IntervalOf) => iv(table), formula: () => `${score.raw} ≠ ${table.raw}` }],
      severity: (margin) => severityOf(margin, new Decimal(score.value)),
      message: () => ({ code: 'rule.stated-vs-table', params: { reported: score.raw, expected: table.raw } }),
    });
  }
}

const PROSE_TOTAL = /总分|总得分|综合得分|综合评分|得分合计|合计得分|(?:自评|评价)得分(?:为)?$/;

/**
 * Scores stated in prose: a total (自评总分为94.5分) and its groups' scores, each with its 满分 (预算编制得分15分
 * （满分15分）；预算执行得分18.5分（满分20分）…). When the 满分 add up to 100, the groups are the whole framework and
 * their scores must make the total; the nearest total in the same section, before or after them, is theirs.
 */
function proseScoreLists(ctx: RuleContext): void {
  const prose = ctx.figures.filter((f) => f.extractor === 'prose' && (f.kind === 'score' || f.kind === 'weight'));
  const items: Array<{ score: Figure; weight: Figure }> = [];
  for (let i = 0; i + 1 < prose.length; i++) {
    const [first, second] = [prose[i]!, prose[i + 1]!];
    if (ctx.place(first)?.block !== ctx.place(second)?.block) continue;
    // 预算执行得分18.5分（满分20分）, or 投入20分，得分18分.
    // A figure is of one pair: the pair taken, the next starts after it.
    if (first.kind === 'score' && second.kind === 'weight' && / 满分$/.test(second.label)) items.push({ score: first, weight: second });
    else if (first.kind === 'weight' && / 分值$/.test(first.label) && second.kind === 'score' && /^得分/.test(unmapped(second.label).text.trim())) items.push({ score: second, weight: first });
    else continue;
    i++;
  }
  const section = (f: Figure) => ctx.place(f)?.section ?? -1;
  const paired = new Set(items.flatMap((i) => [i.score, i.weight]));
  const totals = prose.filter((f) => f.kind === 'score' && !paired.has(f) && PROSE_TOTAL.test(unmapped(f.label).text));
  const groups = new Map<number, Array<{ score: Figure; weight: Figure }>>();
  for (const item of items) groups.set(section(item.score), [...(groups.get(section(item.score)) ?? []), item]);
  for (const [sec, list] of groups) {
    if (list.length < 2) continue;
    const weights = list.map((i) => i.weight);
    if (!sum(ctx.iv, weights).lo.eq(100) || !sum(ctx.iv, weights).hi.eq(100)) continue;
    const first = ctx.figures.indexOf(list[0]!.score);
    const candidates = totals.filter((t) => section(t) === sec);
    const total = candidates.filter((t) => ctx.figures.indexOf(t) < first).pop() ?? candidates.find((t) => ctx.figures.indexOf(t) > first);
    if (total) flagSum(ctx, total, list.map((i) => i.score), 'rule.total-score', 'score_total_mismatch');
  }
}

export const formTotals: Rule = {
  id: 'form-totals',
  check: 'score_total_mismatch',
  description: 'A score table’s total is the sum of its items, a group’s weight the sum of its items’ weights, and the text’s self-score the total of the report’s one score table.',
  messages: {
    'rule.total-score': {
      zh: '“{label}”为 {reported}，但 {count} 项得分合计为 {expected}。',
      en: '“{label}” is {reported}, but the {count} item scores add up to {expected}.',
    },
    'rule.stated-vs-table': {
      zh: '正文所述自评得分 {reported} 与评分表总分 {expected} 不符。',
      en: 'The self-score stated in the text, {reported}, differs from the score table’s total, {expected}.',
    },
    'rule.total-weight': {
      zh: '“{label}”的分值为 {reported}，但 {count} 项分值合计为 {expected}。',
      en: 'The weight of “{label}” is {reported}, but the {count} item weights add up to {expected}.',
    },
  },
  run(ctx) {
    const rows = tableRows(ctx, true);
    const tables = [...new Set(rows.map((r) => r.table))];
    const span = formSpans(ctx, rows);
    const tableTotals: Figure[] = [];
    for (const table of tables) {
      const inTable = rows.filter((r) => r.table === table).sort((a, b) => a.row - b.row);
      // The total row: its score against the items' scores, its weight against theirs.
      for (const total of inTable.filter((r) => TOTAL_ROW.test(rowName(r.figures[0]!)))) {
        const own = inTable.filter((r) => r !== total && r.row < total.row && !/^其中/.test(rowName(r.figures[0]!)));
        // A project form printed as two tables (the funds with their 分值 10, then the indicators) has one 总分
        // for both: the form just above, when it has no total of its own, adds its scored rows.
        const above = formAbove(ctx, span, table, rows);
        const items = [...(above !== null ? rows.filter((r) => r.table === above && !/^其中/.test(rowName(r.figures[0]!))) : []), ...own];
        const totalScore = total.figures.find((f) => f.kind === 'score' && byColumn(f));
        const totalWeight = total.figures.find((f) => f.kind === 'weight' && byColumn(f));
        // The scored items: rows with a weight and a score, each taken from its rightmost (most specific) column,
        // as a table with 一级 / 二级 / 三级 weights side by side gives the 三级 item its own.
        const rightmost = (r: (typeof items)[number], kind: 'score' | 'weight') =>
          r.figures.filter((f) => byColumn(f) && f.kind === kind && f.role === (kind === 'score' ? '得分' : '分值')).pop();
        const scored = items.filter((r) => rightmost(r, 'score') && rightmost(r, 'weight'));
        const scores = scored.map((r) => rightmost(r, 'score')!);
        const weights = scored.map((r) => rightmost(r, 'weight')!);
        if (scored.length < 2) continue;
        if (totalScore) tableTotals.push(totalScore);
        // A form read from glued lines may have lost a row the line breaks cut: its weights can only be too many.
        const lossy = total.figures.some((f) => f.extractor === 'glued');
        if (totalWeight && (!lossy || sum(ctx.iv, weights).lo.gt(ctx.interval(totalWeight).hi))) {
          flagSum(ctx, totalWeight, weights, 'rule.total-weight', 'score_total_mismatch');
        }
        // Scores are compared only over items whose weights make at least the total weight: then every item was
        // read (when they make more, a weight is wrong, which the weights' own flag says), not a part of them.
        if (totalScore && totalWeight && sum(ctx.iv, weights).hi.gte(ctx.interval(totalWeight).lo)) {
          flagSum(ctx, totalScore, scores, 'rule.total-score', 'score_total_mismatch');
        }
      }
      // Group weights printed in the group's cell (产出指标（50分）): the items below it, up to the next group
      // in the same or an outer column.
      const groups = inTable.flatMap((r) =>
        r.figures
          .filter((f) => f.kind === 'weight' && (f.extractor === 'table-text' || f.extractor === 'header-line-group'))
          .map((f) => ({ row: r.row, col: ctx.place(f)?.form?.col ?? 0, figure: f })),
      );
      for (const g of groups) {
        const next = groups.find((o) => o.row > g.row && o.col <= g.col);
        const items = inTable
          .filter((r) => r.row >= g.row && (!next || r.row < next.row) && !TOTAL_ROW.test(rowName(r.figures[0]!)))
          .flatMap((r) => r.figures.filter((f) => f.kind === 'weight' && f.role === '分值' && byColumn(f)).slice(0, 1));
        if (items.length < 2) continue;
        const total = sum(ctx.iv, items);
        // Cut short by the end of the table: only a sum that already exceeds the group says anything.
        if (!next && !total.lo.gt(ctx.interval(g.figure).hi)) continue;
        flagSum(ctx, g.figure, items, 'rule.total-weight', 'score_mismatch');
      }
    }
    proseScoreLists(ctx);
    statedVsTable(ctx, tableTotals);
    // A form flattened into text: 年度绩效目标（80分） against the first-level groups stated with it.
    for (const goal of ctx.figures.filter((f) => f.kind === 'weight' && GOAL.test(unmapped(f.label).text))) {
      const block = ctx.place(goal)?.block;
      const groups = ctx.figures.filter((f) => f.kind === 'weight' && f !== goal && ctx.place(f)?.block === block && FIRST_LEVEL.test(unmapped(f.label).text));
      if (groups.length < 2) continue;
      const total = sum(ctx.iv, groups);
      if (!total.lo.gt(ctx.interval(goal).hi)) continue;
      flagSum(ctx, goal, groups, 'rule.total-weight', 'score_mismatch');
    }
  },
};
