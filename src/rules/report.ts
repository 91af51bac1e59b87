/**
 * The one flag builder: every rule, the unit-slip pass and the re-scoring make their flags here, so every flag
 * names the rule that raised it, carries its evidence, and is marked when a figure it used came from OCR. Flags
 * are language-neutral (a message code with parameters); the writers render them.
 */
import { Decimal } from 'decimal.js';
import type { CheckId, Evidence, Flag, Severity } from '../model/audit.js';
import type { Message } from '../model/status.js';

export interface FlagInput {
  /** The id of the rule that raised it. */
  rule: string;
  check: CheckId;
  severity: Severity;
  metric: string;
  key?: string;
  /** The figure as stated, as printed. */
  reported: string;
  /** What the report's own figures give: a value or `value [lo, hi]`. */
  expected: string;
  margin: Decimal;
  formula: string;
  message: Message;
  /** The reported figure first, then every other figure used, each with its role. */
  evidence: Evidence[];
  /** Some figure used was read by OCR: a digit may be misread. */
  ocr: boolean;
}

/** Numbers each rule's flags in the order raised: `ratios-1`, `ratios-2` … */
export class FlagNumbers {
  private readonly next = new Map<string, number>();
  id(rule: string): string {
    const n = (this.next.get(rule) ?? 0) + 1;
    this.next.set(rule, n);
    return `${rule}-${n}`;
  }
}

export function buildFlag(input: FlagInput, numbers: FlagNumbers): Flag {
  if (input.evidence.length === 0) throw new Error(`flag of ${input.rule} without evidence`);
  return {
    id: numbers.id(input.rule),
    rule: input.rule,
    check: input.check,
    severity: input.severity,
    metric: input.metric,
    ...(input.key ? { key: input.key } : {}),
    reported: input.reported,
    expected: input.expected,
    margin: input.margin.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(),
    formula: input.formula,
    message: input.message,
    ...(input.ocr ? { ocr: true } : {}),
    evidence: input.evidence,
  };
}

/** What re-scoring against a framework gives a report: the framework, the score's range, and a note on how. */
export interface RescoreResult {
  rubric: string | null;
  min: string | null;
  max: string | null;
  checked: number;
  note: Message | null;
}
