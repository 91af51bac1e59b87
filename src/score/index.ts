/**
 * Re-scoring against a scoring framework (评分表). Frameworks are data files in rubrics/; until a framework is
 * recognised for a report, its score is reported as not re-checked.
 */
import type { Flag } from '../model/audit.js';
import type { Extraction } from '../extract/index.js';
import type { CheckContext } from '../check/context.js';
import { msg, type Message } from '../model/status.js';

export interface RescoreResult {
  rubric: string | null;
  min: string | null;
  max: string | null;
  flags: Flag[];
  checked: number;
  note: Message | null;
}

export function rescore(extraction: Extraction, ctx: CheckContext, forced: string | null): RescoreResult {
  void extraction;
  void ctx;
  void forced;
  return { rubric: null, min: null, max: null, flags: [], checked: 0, note: msg('rubric-none') };
}
