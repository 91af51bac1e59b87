/**
 * The shape of a scoring framework file (rubrics/*.json), validated with zod. A framework is data: its items,
 * their weights and parents, and for each item either `judgment` (scored by people, carried as stated) or `parts`
 * whose scores follow from formulas over metric ids (docs/metrics.md) through a rule: proportional, tiers, or
 * deductions per unit. Project-expenditure forms (项目支出绩效自评表) have no fixed items: their indicators are the
 * project's own, so a `form` section describes the scoring instead.
 *
 * Numbers are written as JSON numbers or decimal strings and read with decimal.js (never binary floats).
 * Tier ranges are written in interval notation, so the inclusivity the framework prints ("90%≤比率≤100%",
 * "比率<5%") is explicit: "[90,100]", "(,5)", "(10,)".
 */
import { z } from 'zod';
import { Decimal } from 'decimal.js';

const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;
export const Num = z
  .union([z.number(), z.string().regex(NUMBER_TEXT)])
  .transform((v) => new Decimal(String(v)))
  .refine((d) => d.isFinite(), 'not a finite number');

const RANGE = /^([[(])\s*(-?\d+(?:\.\d+)?)?\s*,\s*(-?\d+(?:\.\d+)?)?\s*([\])])$/;

/** A range of a rate or count: bounds may be open, closed or absent (unbounded). */
export interface Range {
  lo: Decimal | null;
  loClosed: boolean;
  hi: Decimal | null;
  hiClosed: boolean;
  text: string;
}

export function parseRange(text: string): Range {
  const m = RANGE.exec(text.trim());
  if (!m) throw new Error(`bad range: ${text}`);
  const lo = m[2] !== undefined ? new Decimal(m[2]) : null;
  const hi = m[3] !== undefined ? new Decimal(m[3]) : null;
  if ((lo === null && m[1] === '[') || (hi === null && m[4] === ']')) throw new Error(`an unbounded end must be open: ${text}`);
  if (lo && hi && (lo.gt(hi) || (lo.eq(hi) && !(m[1] === '[' && m[4] === ']')))) throw new Error(`empty range: ${text}`);
  return { lo, loClosed: m[1] === '[', hi, hiClosed: m[4] === ']', text: text.replace(/\s+/g, '') };
}

const RangeText = z.string().transform((text, ctx) => {
  try {
    return parseRange(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A formula over metric ids (src/check/formula.ts syntax). Checked against the vocabulary when loading. */
const Formula = z.string().min(1);

const Tier = z.object({ range: RangeText, score: Num, label: z.string().optional() });

export const RuleSchema = z.discriminatedUnion('type', [
  /** score = value / full × max: "政府采购执行率得分=政府采购执行率×1分", quarter rate ÷ 序时进度 × 1分. */
  z.object({ type: z.literal('proportional'), full: Num }),
  /** A tier table: the score of the range the value falls in. Ranges must cover `domain` without gaps or overlaps. */
  z.object({ type: z.literal('tiers'), tiers: z.array(Tier).min(2), domain: RangeText.optional() }),
  /**
   * max − points per `per` units beyond `from` ("每超过一个百分点扣0.5分，扣完为止"). `steps` says how a part of
   * a unit counts: continuous (pro rata), started (any started unit counts), completed (only whole units), or
   * either (the framework does not say: any of the three is accepted).
   */
  z.object({
    type: z.literal('deduct'),
    direction: z.enum(['over', 'under']),
    from: Num,
    per: Num,
    points: Num,
    steps: z.enum(['continuous', 'started', 'completed', 'either']),
  }),
]);

export const ConditionSchema = z.object({
  left: Formula,
  op: z.enum(['>', '>=', '<', '<=', '=']),
  right: Formula,
});

export const PartSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    /** Points of this part as printed (the framework's "(1分)"). */
    max: Num,
    /** Formula alternatives giving the value the rule reads (a rate in %, a count). All that can be evaluated are used. */
    value: z.array(Formula).min(1).optional(),
    rule: RuleSchema.optional(),
    /** False when the framework prints no cap for this part (its item is still capped at the item's weight). */
    capped: z.boolean().default(true),
    /** The part scores 0 when a condition holds ("如实际采购金额大于采购计划金额，本项得0分"). Compared as printed. */
    zeroIf: z.array(ConditionSchema).default([]),
    /**
     * How sure a mismatch is. `warning` for a part whose figure the report may state for something else (a
     * satisfaction rate from another survey than the one scored): the item is then flagged at this severity.
     */
    flagSeverity: z.enum(['error', 'warning', 'info']).default('error'),
    note: z.string().optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.value === undefined) !== (p.rule === undefined)) {
      ctx.addIssue({ code: 'custom', message: `part ${p.id}: value and rule go together (neither for a judgment part)` });
    }
  });

export const GroupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
  level: z.union([z.literal(1), z.literal(2)]),
  /** Null when the framework prints no weight for the group (then only its items' weights are known). */
  weight: Num.nullable(),
  /** Whether the weight is printed in the source or derived (e.g. as the sum of the printed items). */
  weightSource: z.enum(['printed', 'derived']).default('printed'),
  parent: z.string().optional(),
  /** Department-defined items go under this group (个性化指标): items not in the framework are accepted here as judgment. */
  open: z.boolean().default(false),
});

export const ItemSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    synonyms: z.array(z.string()).default([]),
    weight: Num.nullable(),
    parent: z.string().min(1),
    judgment: z.literal(true).optional(),
    parts: z.array(PartSchema).min(1).optional(),
    /** The scoring standard, short, as printed (for the audit's explanations). */
    criteria: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((it, ctx) => {
    if ((it.judgment === true) === (it.parts !== undefined)) {
      ctx.addIssue({ code: 'custom', message: `item ${it.id}: give either "judgment": true or "parts"` });
    }
  });

export const SourceSchema = z.object({
  /** The issuing document (title, number) as far as known. */
  document: z.string().min(1),
  issuer: z.string().min(1),
  year: z.number().int().nullable(),
  region: z.string().min(1),
  /** Where the framework was read: a report that prints it in full, a web page, a mirror. */
  printedIn: z.array(z.string().min(1)).min(1),
  urls: z.array(z.string()).default([]),
  /**
   * verified: the primary text (or the framework printed in full) was read; secondary: read on a mirror or a
   * third-party page; unverified: recalled or stated without a stored source.
   */
  verification: z.enum(['verified', 'secondary', 'unverified']),
  note: z.string().optional(),
});

const ProjectFormSchema = z.object({
  /** Header words that identify this form's layout (全年预算数 / 调整后预算数, 分值 / 权重). All must occur. */
  signature: z.array(z.string().min(1)).min(1),
  /** The budget-execution row: rate formula over the form's fields, and how its score follows. */
  execution: z.object({
    weight: Num,
    rate: z.array(Formula).min(1),
    rule: RuleSchema,
    capped: z.boolean().default(true),
    /** A rate below this must be explained (未达到90%的需说明原因). Informational. */
    explainBelow: Num.optional(),
    wording: z.string(),
  }),
  /** Default first-level weights (产出/效益/满意度) — "原则上…统一设置", adjustable by the unit. */
  levelWeights: z.array(z.object({ name: z.string(), synonyms: z.array(z.string()).default([]), weight: Num })).default([]),
  indicators: z.object({
    /** Quantitative: full marks when the target is met; else actual/target (≥ targets) or target/actual (≤ targets) × weight. */
    quantitative: z.literal('proportional-to-target'),
    /** Qualitative bands as % of the weight (达成 / 部分达成 / 未达成). */
    qualitativeBands: z.array(RangeText).default([]),
    wording: z.string(),
  }),
  totalWeight: Num,
});

export const RubricSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by -'),
    title: z.string().min(1),
    /** department: fixed items (部门整体); project-form: the 项目支出绩效自评表; reference: weightless (nothing to re-score). */
    kind: z.enum(['department', 'project-form', 'reference']),
    source: SourceSchema,
    appliesTo: z.object({
      /** Budget years evaluated, inclusive; null ends are open. */
      years: z.tuple([z.number().int().nullable(), z.number().int().nullable()]),
      /** Region prefixes (深圳市, 湖南省) matched against the report's region; empty = anywhere. */
      regions: z.array(z.string()).default([]),
    }),
    /** Names under which reports cite the framework (参照《…》进行自评). */
    titles: z.array(z.string()).default([]),
    totalWeight: Num.nullable(),
    /** Decimals the framework's scores are given to; computed scores are rounded to this for the re-scored total. */
    scoreDecimals: z.number().int().min(0).max(4).default(2),
    /** False when the source is cut off and some items are unknown (a partial framework only re-scores what it knows). */
    complete: z.boolean(),
    /** Metric ids the formulas use that the extractors do not produce yet; their items stay unverifiable until they do. */
    proposedMetrics: z.record(z.string(), z.string()).default({}),
    groups: z.array(GroupSchema).default([]),
    items: z.array(ItemSchema).default([]),
    form: ProjectFormSchema.optional(),
    notes: z.array(z.string()).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'project-form' && !r.form) ctx.addIssue({ code: 'custom', message: 'a project-form framework needs "form"' });
    if (r.kind !== 'project-form' && r.items.length === 0) ctx.addIssue({ code: 'custom', message: 'a framework needs items' });
  });

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricItem = z.infer<typeof ItemSchema>;
export type RubricPart = z.infer<typeof PartSchema>;
export type RubricGroup = z.infer<typeof GroupSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Tier = z.infer<typeof Tier>;
export type ProjectForm = z.infer<typeof ProjectFormSchema>;

/** The JSON Schema of a framework file, for editors (rubrics/rubric.schema.json is generated from this). */
export function rubricJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RubricSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'jixiao scoring framework (评分框架)',
    description:
      'One scoring framework per file. Generated from src/score/schema.ts; the self-check in src/score/load.ts adds what a schema cannot say (weights add up, tiers cover their domain once, formulas name known metrics).',
  };
}
