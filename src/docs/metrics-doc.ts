/**
 * docs/metrics.md, generated from the vocabulary data (extractors/: every metric id with its names, unit and tier,
 * the rates' formulas and the identities between metrics) and the examples of metric-examples.ts. `npm run docs`
 * writes it; test/docs.test.ts fails when the file and the data disagree, and reads every example through the
 * pipeline.
 */
import { FAMILIES } from '../../extractors/index.js';
import type { Family, MetricDef, UnitClass } from '../../extractors/family.js';
import { METRIC_EXAMPLES } from './metric-examples.js';

const UNITS: Record<UnitClass, string> = {
  money: '万元',
  percent: '%',
  people: '人',
  count: '个（项）',
  score: '分',
  text: '文字',
  date: '日期（YYYY-MM-DD）',
  year: '年份',
};

/** `spend_total / budget_adjusted * 100` → `spend_total ÷ budget_adjusted × 100`. */
const formula = (f: string) => f.replace(/\s*\/\s*/g, ' ÷ ').replace(/\s*\*\s*/g, ' × ');

/** A fenced example: multi-line examples (tables) as they are printed, tabs shown as ` | `. */
function example(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\t/g, ' | '));
  return lines.length === 1 ? `\`${lines[0]}\`` : `\n\n  \`\`\`text\n${lines.map((l) => `  ${l}`).join('\n')}\n  \`\`\``;
}

function silent(m: MetricDef, family: Family): string[] {
  const out: string[] = [];
  const rate = (family.rates ?? []).find((r) => r.metric === m.id);
  if (rate) out.push('报告中缺少公式的任一输入时，此比率只列为“无法核验”（unverifiable），不报问题 / listed as unverifiable, never flagged, when an input is missing');
  if ((family.identities ?? []).some((i) => i.whole === m.id)) out.push('“其中”只列出部分组成时，只在已列各项之和超过合计时报问题 / a partial 其中 list is flagged only when its parts exceed the whole');
  if (m.manyValued) out.push('同一报告中的多个数值可以不同（多次调查），不作前后比较 / several values may differ (several surveys): not compared');
  if (m.unit === 'money' || m.unit === 'percent') out.push('标签指向某一具体项目（该项目、免费刻制公章经费）、某一时段（上半年、1-8月）或另一年度的数，不读作部门的此项指标 / a figure of one named item, part of the year or another year is not this metric');
  if (m.tier === 'detail') out.push('明细指标不进入 metrics.csv 与“按报告”表，只写入 details.csv / a detail: in details.csv, not in metrics.csv');
  return out;
}

function entry(m: MetricDef, family: Family): string {
  const lines = [`### \`${m.id}\` ${m.zh} · ${m.en}`, ''];
  lines.push(`- 单位 unit：${UNITS[m.unit]}；${m.tier === 'core' ? '核心指标（metrics.csv）' : '明细（details.csv）'}`);
  const rate = (family.rates ?? []).find((r) => r.metric === m.id);
  if (rate) {
    lines.push(`- 公式 formula：\`${m.id} = ${rate.formulas.map(formula).join('` 或 `')}\``);
    if (rate.alternatives?.length) lines.push(`- 也接受 also accepted（报告另用的基数，相符即不报问题，但单凭它不算可核验）：\`${rate.alternatives.map(formula).join('`、`')}\``);
  }
  for (const family2 of FAMILIES) {
    for (const i of family2.identities ?? []) {
      if (i.whole === m.id) lines.push(`- 合计 whole：\`${m.id} = ${i.parts.map((p) => p.join(' + ')).join('` 或 `')}\`${i.optional?.length ? `（缺项按 0：${i.optional.join('、')}）` : ''}`);
      else if (i.parts.some((p) => p.includes(m.id))) lines.push(`- 组成 part of：\`${i.whole} = ${i.parts.find((p) => p.includes(m.id))!.join(' + ')}\``);
    }
  }
  const ex = METRIC_EXAMPLES[m.id];
  if (ex) lines.push(`- 例 example：${example(ex.text)}${ex.text.includes('\n') ? '\n\n  ' : ' '}→ \`${ex.value}\``);
  for (const s of silent(m, family)) lines.push(`- 不报 silent：${s}`);
  return lines.join('\n');
}

export function metricsMarkdown(): string {
  const families = FAMILIES.filter((f) => f.metrics.length);
  const count = families.reduce((n, f) => n + f.metrics.length, 0);
  const head = [
    '# 指标 · Metrics',
    '',
    '<!-- Generated from extractors/ and src/docs/metric-examples.ts by `npm run docs`; test/docs.test.ts checks that it is in sync. Do not edit by hand. -->',
    '',
    `jixiao 读出的每个数字，凡属于共用词表的，都是一个指标（fact）：指标代码（下表的 \`id\`）、数值、单位和出处。本表列出全部 ${count} 个指标代码，`,
    '及其公式、与其他指标的合计关系、报告中的一种写法（例）和不报问题的情形。代码是稳定的：CSV 与 audit.json 都用它，`name` 列给出它在 `--lang` 语言中的名称。',
    '',
    `Every figure jixiao reads that belongs to the shared vocabulary is a fact: a metric id (below), a value, a unit and where it was printed. These are all ${count} ids, with`,
    'their formulas, the sums they take part in, one wording reports print (example, and the value read from it) and what stays silent. Ids are stable; the',
    '`name` column beside every `metric` column of the CSVs gives the name in the language of `--lang`.',
    '',
    '数值统一换算：金额为万元（元 ÷ 10000，亿元 × 10000；原单位保留在 `raw_unit`），比率为 %，人数与个数为整数，得分为分。核心指标写入 metrics.csv 和',
    '按报告汇总的 metrics-by-report.csv，明细写入 details.csv；报告中所有数字（含词表以外的）都在 figures.csv。各项检查见 [checks.md](checks.md)。',
    '',
    'Values are normalised: money in 万元, rates in %, counts exact, scores in 分. Core metrics go to metrics.csv and metrics-by-report.csv, details to',
    'details.csv; every figure of a report, in the vocabulary or not, is in figures.csv. The checks are in [checks.md](checks.md).',
    '',
    '## 目录 · Contents',
    '',
    '| 类别 family | 指标 metrics |',
    '|---|---|',
    ...families.map((f) => `| ${f.id}: ${f.description} | ${f.metrics.map((m) => `\`${m.id}\``).join(' ')} |`),
  ];
  const body = families.flatMap((f) => ['', `## ${f.id}: ${f.description}`, '', ...f.metrics.flatMap((m) => [entry(m, f), ''])]);
  return `${[...head, ...body].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
