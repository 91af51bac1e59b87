/**
 * What the audit produces, as zod schemas (the published audit.schema.json is generated from these) and the
 * TypeScript types inferred from them. Values are decimal strings, never binary floats. Nothing here depends on
 * the language asked for: messages are codes with parameters, and in `formula` and message parameters a metric
 * is written `{metric_id}`; writers render both (`renderMessage`, `renderText`) in the user's language.
 */
import { z } from 'zod';
import { STATUSES } from './status.js';
import { FORMATS } from './document.js';

export const SpanSchema = z.object({
  line: z.number().int().describe('index into the document lines'),
  start: z.number().int(),
  end: z.number().int(),
});

export const MessageSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Where a figure is: what a person needs to find it in the document in a minute. */
export const LocationSchema = z.object({
  file: z.string(),
  page: z.number().int().nullable().describe('1-based page for paged formats, null otherwise'),
  line: z.number().int().describe('1-based line within the page, or within the document when unpaged'),
  quote: z.string().describe('the sentence or table row the figure was read from, as printed'),
  spans: z.array(SpanSchema).describe('the characters of the figure itself'),
  table: z
    .object({ id: z.number().int(), row: z.number().int(), col: z.number().int() })
    .optional()
    .describe('table cell, 0-based row/col of the table grid'),
});

/** A figure a check found printed wrong and corrected (a unit slip: 亿元 where 万元 was meant). */
export const SuspectSchema = z.object({
  check: z.literal('unit_suspect').describe('the check that corrected it'),
  flag: z.string().describe('id of the flag that explains the correction'),
  valueAsPrinted: z.string().describe('the value read in the printed unit, before the correction (decimal string, metric unit)'),
});

export const FactSchema = z.object({
  id: z.string(),
  metric: z.string().describe('metric id (docs/metrics.md)'),
  tier: z.enum(['core', 'detail']).describe('core: the shared vocabulary (metrics.csv); detail: report-specific sub-items (details.csv)'),
  key: z.string().describe('tells apart facts of one metric: indicator name, row label, qualifier'),
  value: z.string().describe('decimal string in the metric unit (万元, %, 人, 分), or text'),
  unit: z.string(),
  raw: z.string().describe('the number as printed'),
  rawUnit: z.string().describe('the unit as printed (元, 万元, 亿元, %, …)'),
  decimals: z.number().int().describe('decimals as printed: the rounding interval is ±½·10⁻ᵈ in the printed unit'),
  exact: z.boolean().describe('counts of people or things are exact, not rounded'),
  comparator: z.enum(['=', '≈']).default('='),
  scope: z.string().optional().describe('a qualifier that makes the figure a part or variant of the metric (一般公共预算, 总计): never compared with the unqualified metric'),
  extractor: z.string(),
  ocr: z.boolean().optional(),
  suspect: SuspectSchema.optional().describe('set when a check corrected this figure: `value` is then the corrected value'),
  location: LocationSchema,
});

/**
 * What a figure is, read from its unit and the words around it. `amount`: money; `rate`: a ratio of two figures
 * of the report (执行率, 控制率, 完成率); `growth`: a change in percent or percentage points (下降3.71%);
 * `share`: a part of a whole (占89.88%); `score` and `weight`: points given and points available (得分, 分值);
 * `headcount`: staff (编制, 在职, 退休); `quantity`: an indicator's target or achievement in its own unit (29.5亩).
 */
export const FIGURE_KINDS = ['amount', 'rate', 'growth', 'share', 'score', 'weight', 'headcount', 'quantity'] as const;

/** How the vocabulary named a figure: the metric's qualifiers and which of its readers read it. */
export const NamingSchema = z.object({
  key: z.string().describe('tells apart figures of one metric: indicator name, row label, qualifier'),
  tier: z.enum(['core', 'detail']).describe('core: the shared vocabulary (metrics.csv); detail: report-specific sub-items (details.csv)'),
  scope: z.string().optional().describe('a qualifier that makes the figure a part or variant of the metric (一般公共预算, 总计)'),
  reader: z.string().describe('the vocabulary reader that named it: prose, prose:list, table, score-table, prose:deduction'),
  approximate: z.boolean().optional().describe('stated as approximate (约, 近)'),
});

export const FigureSchema = z.object({
  id: z.string(),
  kind: z.enum(FIGURE_KINDS),
  label: z.string().describe('the label as printed: the words before the figure, or the row label › the column header'),
  value: z.string().describe('decimal string: money in 万元 (when its unit is known), rates in %, others as printed'),
  unit: z.string().describe('万元, %, 个百分点, 分, 人, or the unit as printed (亩, 户, 万美元); empty when the report does not say'),
  raw: z.string().describe('the number as printed'),
  rawUnit: z.string().describe('the unit as printed'),
  decimals: z.number().int().describe('decimals as printed: the rounding interval is ±½·10⁻ᵈ in the printed unit'),
  comparator: z.enum(['=', '≈', '≥', '≤', '>', '<']).describe('≥ / ≤ for targets stated as floors or ceilings (≥95%)'),
  period: z.string().describe('本年, 上年, a year (2020), or part of a year (上半年, 1-8月); empty when not stated'),
  comparison: z.string().describe('比上年 or 较预算 for a change or a rate against something; empty otherwise'),
  direction: z.number().int().describe('for a change: 1 increase, -1 decrease, 0 no change or not stated'),
  role: z.string().describe('目标, 实际, 分值, 得分, 预算, 执行 where the form or the words say so; empty otherwise'),
  metric: z.string().describe('the vocabulary metric id (docs/metrics.md) when the figure is one of them, empty otherwise'),
  naming: NamingSchema.optional().describe('set with metric: how the vocabulary named the figure'),
  factId: z.string().optional(),
  suspect: SuspectSchema.optional().describe('set when a check corrected this figure: `value` is then the corrected value'),
  extractor: z.string(),
  ocr: z.boolean().optional(),
  location: LocationSchema,
});

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const CHECKS = [
  'ratio_mismatch',
  'conflicting_mentions',
  'sum_mismatch',
  'difference_mismatch',
  'share_mismatch',
  'unit_suspect',
  'score_mismatch',
  'score_total_mismatch',
  'period_mismatch',
] as const;

export const EvidenceSchema = z.object({
  role: z.string().describe('reported | input | part | whole | mention | …'),
  metric: z.string(),
  key: z.string().optional(),
  value: z.string(),
  raw: z.string(),
  factId: z.string().optional(),
  location: LocationSchema,
});

export const FlagSchema = z.object({
  id: z.string().describe('unique within the report: the rule id and a number'),
  rule: z.string().describe('the id of the rule that raised it (docs/checks.md)'),
  check: z.enum(CHECKS),
  severity: z.enum(SEVERITIES),
  metric: z.string(),
  key: z.string().optional(),
  reported: z.string().describe('the figure as stated, decimal string'),
  expected: z.string().describe('what the report’s own figures give: a value or an interval [lo, hi]'),
  margin: z.string().describe('how far the reported value lies outside the expected interval, in its unit'),
  formula: z.string().describe('the formula with its inputs filled in; a metric in it is written {metric_id}'),
  message: MessageSchema,
  ocr: z.boolean().optional().describe('some figure came from OCR: a digit may be misread'),
  evidence: z.array(EvidenceSchema).min(1),
});

/**
 * One relation a report states among its figures, and what checking it found: a total and its parts, a rate and
 * its numerator and denominator, a share and its whole, a change and its two figures, a score and its items, one
 * figure stated twice. Every relation a rule checks is listed, whether it holds or not (relations.csv).
 */
export const RELATION_KINDS = ['sum', 'ratio', 'share', 'change', 'difference', 'score', 'mention'] as const;
export const VERDICTS = ['holds', 'contradicted', 'corrected', 'within'] as const;

export const RelationSchema = z.object({
  id: z.string(),
  rule: z.string().describe('the rule that checked it (docs/checks.md)'),
  check: z.enum(CHECKS).describe('the check id a contradiction is flagged under'),
  kind: z.enum(RELATION_KINDS),
  verdict: z
    .enum(VERDICTS)
    .describe('holds within rounding; contradicted (see `flag`); holds once a unit slip is corrected; within: the parts listed do not exceed their whole, which they need not make (a list that may leave items out), so only that much is verified'),
  stated: EvidenceSchema.describe('the figure the report states'),
  inputs: z.array(EvidenceSchema).describe('the figures it should follow from, each with its role'),
  expected: z.string().describe('what the inputs give: a value or `value [lo, hi]`, in the unit the stated figure is printed in'),
  formula: z.string(),
  flag: z.string().nullable().describe('id of the flag raised when contradicted'),
});

export const CellOutSchema = z.object({
  row: z.number().int(),
  col: z.number().int(),
  header: z.string(),
  text: z.string(),
  value: z.string().nullable(),
  page: z.number().int().nullable(),
  line: z.number().int().nullable(),
});

export const TableOutSchema = z.object({
  id: z.number().int(),
  caption: z.string().nullable(),
  unit: z.string().nullable(),
  pages: z.array(z.number().int()),
  headerRows: z.number().int(),
  rows: z.number().int(),
  cols: z.number().int(),
  cells: z.array(CellOutSchema),
});

export const ScoreSchema = z.object({
  stated: z.string().nullable().describe('self-given total score as stated'),
  rubric: z.string().nullable().describe('scoring framework id used to re-score, null when none matched'),
  rescoredMin: z.string().nullable(),
  rescoredMax: z.string().nullable(),
  note: MessageSchema.optional(),
});

export const ReportSchema = z.object({
  file: z.string(),
  status: z.enum(STATUSES),
  format: z.enum(FORMATS).nullable(),
  encoding: z.string().nullable(),
  pages: z.number().int().nullable(),
  group: z.string().nullable().describe('the report this file belongs to when several files make one report'),
  dept: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  filledDate: z.string().nullable(),
  score: ScoreSchema,
  facts: z.array(FactSchema),
  figures: z.array(FigureSchema).describe('every figure of the report, labelled (figures.csv); facts are the vocabulary subset'),
  flags: z.array(FlagSchema),
  tables: z.array(TableOutSchema),
  /** Lines of the document as extracted, for the browsable audit. Omitted from audit.json when too large. */
  text: z
    .array(z.object({ page: z.number().int().nullable(), line: z.number().int(), kind: z.string(), text: z.string() }))
    .optional(),
  checked: z.number().int().describe('relations checked (stated rates, totals, shares, changes, scores)'),
  relations: z.array(RelationSchema).describe('every relation checked, with its verdict (relations.csv)'),
  unverifiable: z.array(z.object({ metric: z.string(), value: z.string(), location: LocationSchema })),
  seconds: z.number(),
  error: MessageSchema.nullable(),
  notes: z.array(MessageSchema),
  ocr: z.boolean(),
  sha256: z.string().nullable(),
  duplicates: z
    .array(z.string())
    .optional()
    .describe('the other input files of the run with identical bytes, in input order (at most 20)'),
});

export const AuditSchema = z.object({
  tool: z.object({ name: z.literal('jixiao'), version: z.string() }),
  createdAt: z.string(),
  lang: z.enum(['zh', 'en']).describe('the language the other outputs of the run were written in; nothing in this file depends on it'),
  reports: z.array(ReportSchema),
});

export type Location = z.infer<typeof LocationSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Naming = z.infer<typeof NamingSchema>;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Flag = z.infer<typeof FlagSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type CheckId = (typeof CHECKS)[number];
export type TableOut = z.infer<typeof TableOutSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Audit = z.infer<typeof AuditSchema>;
