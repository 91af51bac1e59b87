/**
 * The figures the vocabulary named, by metric: what the rules over the shared vocabulary (rates with their
 * formulas, identities of totals and parts, mentions of one metric) look figures up by. A scoped figure
 * (一般公共预算财政拨款支出) is a part of its metric, never the metric: it is found only under `metric@scope`.
 */
import type { Figure } from '../model/audit.js';
import type { FigurePlace } from '../read/index.js';

/** The key figures of a metric are found under. */
export function metricKey(f: Figure): string {
  return f.naming?.scope ? `${f.metric}@${f.naming.scope}` : f.metric;
}

export class ByMetric {
  private readonly index = new Map<string, Figure[]>();

  constructor(
    figures: readonly Figure[],
    private readonly placeOf: (f: Figure) => FigurePlace | undefined,
  ) {
    for (const f of figures) {
      if (!f.metric) continue;
      const key = metricKey(f);
      const list = this.index.get(key);
      if (list) list.push(f);
      else this.index.set(key, [f]);
    }
  }

  /** Every figure of a metric (`metric` or `metric@scope`), in reading order. */
  of(metric: string): Figure[] {
    return this.index.get(metric) ?? [];
  }

  metrics(): string[] {
    return [...this.index.keys()];
  }

  /**
   * Figures of a metric, nearest to `near` first: same sentence or row, same block, same section, elsewhere.
   * Mentions printed alike count once (a long report restates its figures many times).
   */
  candidates(metric: string, near?: Figure): Figure[] {
    const figures = this.of(metric);
    const p = near ? this.placeOf(near) : undefined;
    const rank = (f: Figure) => {
      const q = this.placeOf(f);
      if (!p || !q) return 4;
      if (q.sentence === p.sentence) return 0;
      if (q.block === p.block) return 1;
      if (q.section === p.section && p.section >= 0) return 2;
      return 3;
    };
    const sorted = near ? [...figures].sort((a, b) => rank(a) - rank(b)) : figures;
    const seen = new Set<string>();
    return sorted.filter((f) => {
      const key = `${f.raw}|${f.rawUnit}|${f.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** Every combination of one candidate per input, nearest first, at most `limit`. */
export function combinations<T>(lists: T[][], limit = 64): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) {
    const next: T[][] = [];
    for (const prefix of out) for (const item of list) next.push([...prefix, item]);
    out = next.slice(0, limit);
  }
  return out;
}
