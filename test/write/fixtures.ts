/**
 * Report objects for the writer tests, built without the extraction pipeline: a hostile synthetic report
 * (markup, formulas and Excel escapes in every document-derived field) and a realistic one made from seed 002
 * (pages, a few facts per number, and flags pointing at real figures), read from its Word copy in
 * fixtures/examples so that the tests run in any clone.
 */
import { statusReport } from '../../src/model/blank-report.js';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/adapter.js';
import { seedFile } from '../harness/needs.js';
import type { Evidence, Fact, Flag, Location, Report, TableOut } from '../../src/model/audit.js';
import { defineMessages } from '../../src/i18n/messages.js';
import type { RunSummary } from '../../src/write/sink.js';

defineMessages({
  'fixture.ratio': { zh: '报告的比率 {reported} 与按报告自身数据算得的 {expected} 不符，超出舍入误差。', en: 'The stated rate {reported} differs from {expected} computed from the report’s own figures, beyond rounding.' },
  'fixture.sum': { zh: '合计 {whole} 与分项之和 {parts} 不符。', en: 'The total {whole} differs from the sum of its parts {parts}.' },
  'fixture.score': { zh: '自评分 {stated} 高于按评分表复核的 {lo}–{hi} 分。', en: 'The self-score {stated} is above the re-scored {lo}–{hi}.' },
  'fixture.hostile': { zh: '引用：{quote}', en: 'Quote: {quote}' },
});

type Line = NonNullable<Report['text']>[number];

export const XSS = '<script>alert(1)</script>';
export const FORMULA = '=HYPERLINK("http://example.com/x","点我")';

function baseReport(file: string, text: Line[]): Report {
  return { ...statusReport(file, 'ok', null), format: 'txt', encoding: 'utf-8', text, seconds: 0.42 };
}

/** Builds facts and evidence pointing at the n-th occurrence of `needle` in a line. */
class Builder {
  private n = 0;
  constructor(readonly report: Report) {}

  loc(lineIndex: number, needle: string, occurrence = 0, table?: Location['table']): Location {
    const line = this.report.text![lineIndex]!;
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = line.text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not in line ${lineIndex}: ${line.text}`);
    return {
      file: this.report.file,
      page: line.page,
      line: line.line,
      quote: line.text,
      spans: [{ line: lineIndex, start, end: start + needle.length }],
      ...(table ? { table } : {}),
    };
  }

  fact(metric: string, lineIndex: number, raw: string, unit: string, opts: Partial<Fact> = {}): Fact {
    const value = raw.replace(/,/g, '').replace(/%$/, '');
    const fact: Fact = {
      id: `f${this.n++}`,
      metric,
      tier: 'core',
      key: '',
      value,
      unit,
      raw,
      rawUnit: unit,
      decimals: value.split('.')[1]?.length ?? 0,
      exact: unit === '人',
      comparator: '=',
      extractor: 'fixture',
      location: this.loc(lineIndex, raw, 0, opts.location?.table),
      ...opts,
    };
    if (opts.location) fact.location = opts.location;
    this.report.facts.push(fact);
    // Each fact is also a figure, labelled with the words printed before it (markup and formulas included).
    const line = this.report.text![lineIndex]!.text;
    this.report.figures.push({
      id: `n${this.n}`,
      kind: unit === '%' ? 'rate' : unit === '人' ? 'headcount' : unit === '分' ? 'score' : 'amount',
      label: line.slice(0, Math.max(0, line.indexOf(raw))).slice(-24),
      value: fact.value,
      unit,
      raw,
      rawUnit: unit,
      decimals: fact.decimals,
      comparator: '=',
      period: '',
      comparison: '',
      direction: 0,
      role: '',
      metric,
      factId: fact.id,
      extractor: 'fixture',
      location: fact.location,
    });
    return fact;
  }

  evidence(role: string, fact: Fact): Evidence {
    return { role, metric: fact.metric, key: fact.key, value: fact.value, raw: fact.raw, factId: fact.id, location: fact.location };
  }
}

/** A small report whose every document-derived field tries to inject markup or a formula. */
export function hostileReport(): Report {
  const text: Line[] = [
    { page: 1, line: 1, kind: 'heading', text: `2021 年度部门整体支出绩效自评报告 ${XSS}` },
    { page: 1, line: 2, kind: 'text', text: `年初预算 1,234.50 万元，实际支出 1,200.00 万元，预算执行率为 97.21%。${XSS}` },
    { page: 1, line: 3, kind: 'text', text: `备注：${FORMULA} 与 _x0041_ 原样保留。` },
    { page: 2, line: 1, kind: 'table-row', text: `项目\t预算数\t支出数\t执行率` },
    { page: 2, line: 2, kind: 'table-row', text: `${XSS}\t100.00\t95.00\t96.00%` },
    { page: 2, line: 3, kind: 'running', text: '— 2 —' },
  ];
  const report = baseReport(`样本/<img src=x onerror=alert(2)>报告.txt`, text);
  Object.assign(report, {
    format: 'pdf',
    pages: 2,
    dept: `深圳市<b>测试</b>局 & ${XSS}`,
    region: '广东省深圳市',
    year: 2021,
    score: { stated: '96', rubric: 'sz-2020', rescoredMin: '94.5', rescoredMax: '95', note: undefined },
    checked: 2,
  });
  const b = new Builder(report);
  const budget = b.fact('budget_adjusted', 1, '1,234.50', '万元');
  const spend = b.fact('spend_total', 1, '1,200.00', '万元');
  const rate = b.fact('exec_rate', 1, '97.21', '%');
  b.fact('spend_project', 4, '95.00', '万元', { tier: 'detail', key: XSS, location: b.loc(4, '95.00', 0, { id: 0, row: 1, col: 2 }) });
  const rowRate = b.fact('project_exec_rate', 4, '96.00', '%', { key: FORMULA, location: b.loc(4, '96.00', 0, { id: 0, row: 1, col: 3 }) });
  const rowPlan = b.fact('budget_adjusted_project', 4, '100.00', '万元', { tier: 'detail', location: b.loc(4, '100.00', 0, { id: 0, row: 1, col: 1 }) });
  // A figure no metric knows, its label taken from the hostile text.
  report.figures.push({
    id: 'nx', kind: 'quantity', label: `${XSS} 年度`, value: '2021', unit: '', raw: '2021', rawUnit: '', decimals: 0, comparator: '=',
    period: '', comparison: '', direction: 0, role: '', metric: '', extractor: 'fixture', location: b.loc(0, '2021'),
  });
  report.flags.push(
    {
      id: 'x1', check: 'ratio_mismatch', severity: 'error', metric: 'exec_rate', reported: '97.21',
      expected: '[97.20, 97.21]', margin: '0.01', formula: `1200.00 ÷ 1234.50 × 100 = 97.21 ${XSS}`,
      message: { code: 'fixture.hostile', params: { quote: XSS } },
      evidence: [b.evidence('reported', rate), b.evidence('input', spend), b.evidence('input', budget)],
    },
    {
      id: 'x2', check: 'ratio_mismatch', severity: 'warning', metric: 'project_exec_rate', key: FORMULA, reported: '96.00',
      expected: '95.00', margin: '0.995', formula: '95.00 ÷ 100.00 × 100 = 95.00', message: { code: 'no-such-message' },
      evidence: [b.evidence('reported', rowRate), b.evidence('input', rowPlan)],
    },
  );
  report.tables.push({
    id: 0, caption: `表 1 ${XSS}`, unit: '万元', pages: [2], headerRows: 1, rows: 2, cols: 4,
    cells: text.slice(3, 5).flatMap((l, row) =>
      l.text.split('\t').map((cell, col) => ({
        row, col, header: text[3]!.text.split('\t')[col]!, text: cell,
        value: /^\d/.test(cell) ? cell.replace(/%$/, '') : null, page: 2, line: row + 1,
      }))),
  });
  report.unverifiable.push({ metric: 'procurement_rate', value: '88.5', location: b.loc(2, FORMULA) });
  return report;
}

export function failedReport(file = 'broken/扫描件.pdf'): Report {
  return Object.assign(baseReport(file, []), {
    status: 'scanned-no-text' as const, format: 'pdf' as const, text: undefined,
    error: { code: 'read-error', params: { detail: `没有文字层 ${XSS}` } },
  });
}

const METRIC_HINTS: [RegExp, string, string][] = [
  [/“三公”经费控制率/, 'sangong_rate', '%'],
  [/“三公”经费调整后预算数/, 'sangong_budget', '万元'],
  [/“三公”经费实际支出数/, 'sangong_spend', '万元'],
  [/日常公用经费控制率/, 'public_rate', '%'],
  [/日常公用经费调整后预算数/, 'public_budget', '万元'],
  [/决算数/, 'spend_total', '万元'],
  [/预算执行率|时序执行率/, 'exec_rate', '%'],
  [/调整预算数|调整后预算安排/, 'budget_adjusted', '万元'],
  [/满意/, 'satisfaction_rate', '%'],
  [/自评得分/, 'self_score', '分'],
];

/** Seed 002's text as its Word copy (fixtures/examples/002.docx) reads: one line per paragraph, table rows as tab-separated cells. */
export async function seed002Text(): Promise<string> {
  const path = seedFile('002.docx')!;
  const { doc } = await ingest(path, readFileSync(path), { limits: DEFAULT_LIMITS, ocr: 'off', tmpDir: '/tmp' });
  return doc.lines.map((l) => l.text).join('\n');
}

/** Seed 002's text (seed002Text), paged every 45 lines, with a fact for every amount, rate and score and three flags. */
export function seedReport(seedText: string, file = '002/002.txt'): Report {
  const raw = seedText.split(/\r?\n/);
  const text: Line[] = [];
  for (const [i, t] of raw.entries()) {
    if (!t.trim()) continue;
    const page = Math.floor(i / 45) + 1;
    const kind = t.includes('\t') ? 'table-row' : /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(t) ? 'heading' : 'text';
    text.push({ page, line: text.filter((l) => l.page === page).length + 1, kind, text: t });
  }
  const report = baseReport(file, text);
  Object.assign(report, {
    format: 'pdf', pages: text[text.length - 1]!.page, dept: '深圳市盐田区政务服务数据管理局', region: '广东省深圳市盐田区', year: 2023,
    score: { stated: '95', rubric: 'sz-2023', rescoredMin: '92.5', rescoredMax: '94' }, checked: 14,
  });
  const b = new Builder(report);
  const byRaw = new Map<string, Fact>();
  let header: string[] = [];
  for (const [i, line] of text.entries()) {
    for (const m of line.text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|%|分)/g)) {
      const before = line.text.slice(Math.max(0, m.index - 24), m.index);
      // The wording nearest the number names it.
      const hint = METRIC_HINTS.map((h) => [h, Math.max(-1, ...[...before.matchAll(new RegExp(h[0], 'g'))].map((x) => x.index))] as const)
        .filter(([, at]) => at >= 0)
        .sort((a, b) => b[1] - a[1])
        .map(([h]) => h)
        .find((h) => h[2] === m[2]);
      const unit = m[2]!;
      const metric = hint?.[1] ?? (unit === '万元' ? 'amount' : unit === '%' ? 'rate' : 'score');
      const start = m.index;
      const rawNum = unit === '%' ? `${m[1]}%` : m[1]!;
      const fact = b.fact(metric, i, rawNum, unit, {
        tier: hint ? 'core' : 'detail',
        location: { ...b.loc(i, rawNum, 0), spans: [{ line: i, start, end: start + rawNum.length }] },
      });
      byRaw.set(`${i}:${rawNum}`, fact);
    }
    if (line.kind === 'table-row') {
      const cells = line.text.split('\t');
      if (text[i - 1]?.kind !== 'table-row') header = cells;
      let offset = 0;
      for (const [col, cell] of cells.entries()) {
        if (col > 0 && /^\d[\d,]*(\.\d+)?%?$/.test(cell)) {
          const metric = columnMetric(header[col] ?? '', cells[0]!);
          const fact = b.fact(metric, i, cell, cell.endsWith('%') ? '%' : metric.startsWith('score') ? '分' : '万元', {
            tier: metric === 'table_value' ? 'detail' : 'core', key: cells[0]!.trim(),
            location: { ...b.loc(i, cell, 0), spans: [{ line: i, start: offset, end: offset + cell.length }], table: { id: 1, row: i, col } },
          });
          byRaw.set(`${i}:${cell}`, fact);
        }
        offset += cell.length + 1;
      }
    }
  }
  const find = (needle: string, raw: string): Fact => {
    const i = text.findIndex((l) => l.text.includes(needle));
    const f = byRaw.get(`${i}:${raw}`);
    if (!f) throw new Error(`no fact ${raw} on the line with ${needle}`);
    return f;
  };
  const carRate = find('2. 公务用车购置及运行维护费', '44.03%');
  const carSpend = find('2. 公务用车购置及运行维护费', '2.11');
  const carBudget = find('2. 公务用车购置及运行维护费', '4.70');
  const total = find('一、“三公”经费支出合计', '4.79');
  const abroad = find('1. 因公出国（境）费', '0.00');
  const score = find('自评得分为', '95');
  const flags: Flag[] = [
    {
      id: 's1', check: 'ratio_mismatch', severity: 'error', metric: 'sangong_rate', key: '公务用车购置及运行维护费',
      reported: '44.03', expected: '[44.74, 45.05]', margin: '0.70', formula: '2.11 ÷ 4.70 × 100 = 44.89',
      message: { code: 'fixture.ratio', params: { reported: '44.03%', expected: '44.89%' } },
      evidence: [b.evidence('reported', carRate), b.evidence('input', carSpend), b.evidence('input', carBudget)],
    },
    {
      id: 's2', check: 'sum_mismatch', severity: 'warning', metric: 'sangong_budget', key: '“三公”经费支出合计',
      reported: '4.79', expected: '4.70', margin: '0.075', formula: '0.00 + 4.70 + 0.00 = 4.70',
      message: { code: 'fixture.sum', params: { whole: '4.79', parts: '4.70' } },
      evidence: [b.evidence('whole', total), b.evidence('part', abroad), b.evidence('part', carBudget)],
    },
    {
      id: 's3', check: 'score_total_mismatch', severity: 'info', metric: 'self_score', reported: '95',
      expected: '[92.5, 94]', margin: '1', formula: 'Σ 指标得分 = 92.5 … 94',
      message: { code: 'fixture.score', params: { stated: '95', lo: '92.5', hi: '94' } },
      evidence: [b.evidence('reported', score)],
    },
  ];
  report.flags.push(...flags);
  // One relation contradicted (its flag s1), one that holds: every relation checked is shown, not only failures.
  report.relations.push(
    {
      id: 'ratios-1', rule: 'ratios', check: 'ratio_mismatch', kind: 'ratio', verdict: 'contradicted', stated: b.evidence('reported', carRate),
      inputs: [b.evidence('input', carSpend), b.evidence('input', carBudget)], expected: '44.89 [44.7396, 45.048]', formula: '2.11 ÷ 4.70 × 100 = 44.89', flag: 's1',
    },
    {
      id: 'sums-1', rule: 'sums', check: 'sum_mismatch', kind: 'sum', verdict: 'holds', stated: b.evidence('whole', carBudget),
      inputs: [b.evidence('part', abroad)], expected: '4.70', formula: '4.70 = 4.70', flag: null,
    },
  );
  report.tables.push(tableFrom(text, text.findIndex((l) => l.text.startsWith('项目类别')), 1, '表 2 公用经费控制情况表', '万元'));
  report.unverifiable.push({ metric: 'satisfaction_rate', value: '100', location: find('开办企业一窗通', '100%').location });
  return report;
}

function columnMetric(header: string, row: string): string {
  const scope = /日常公用/.test(row) ? 'public' : /三公|公务|接待|出国/.test(row) ? 'sangong' : null;
  if (scope && /预算/.test(header)) return `${scope}_budget`;
  if (scope && /支出/.test(header)) return `${scope}_spend`;
  if (scope && /率/.test(header)) return `${scope}_rate`;
  if (/分数|分值/.test(header)) return 'score_item_max';
  return 'table_value';
}

function tableFrom(text: Line[], first: number, id: number, caption: string, unit: string): TableOut {
  const rows: Line[] = [];
  for (let i = first; text[i]?.kind === 'table-row'; i++) rows.push(text[i]!);
  const header = rows[0]!.text.split('\t');
  return {
    id, caption, unit, pages: [...new Set(rows.map((r) => r.page!))], headerRows: 1, rows: rows.length, cols: header.length,
    cells: rows.flatMap((r, row) =>
      r.text.split('\t').map((cell, col) => ({
        row, col, header: header[col] ?? '', text: cell, value: /^\d[\d.]*%?$/.test(cell) ? cell.replace(/%$/, '') : null,
        page: r.page, line: r.line,
      }))),
  };
}

export function runSummary(lang: 'zh' | 'en' = 'zh'): RunSummary {
  return {
    toolVersion: '0.0.0-test', createdAt: '2026-01-02T03:04:05.000Z', lang, files: 3, ok: 2, failed: 1, facts: 0, duplicates: 0,
    flags: { error: 0, warning: 0, info: 0 }, topGaps: [], seconds: 1.5,
  };
}
