/**
 * What the vocabulary says about a number it read: which metric it is and how that was read (the key that tells
 * figures of one metric apart, the tier, a scope, the reader, approximate or not), at the number's place. The
 * figure there takes the metric and the naming (name.ts); where the figure reader read no figure there, the number
 * as the vocabulary read it, with its place, becomes one.
 */
import type { Naming } from '../model/audit.js';
import { numberAt, type LocatedNumber, type NumberAt } from '../read/layout.js';
import type { Lexicon } from './lexicon.js';

/** Where a named number sits, for the rules that relate figures stated together (as a figure's place says it). */
export interface NamingPlace {
  block: number;
  section: number;
  /** Numbers read from one sentence (or one table row) share it. */
  sentence: string;
}

/** A metric the vocabulary read at a printed number. */
export interface MetricNaming {
  metric: string;
  /** Where the number starts: the figure that starts there is the one named. */
  at: NumberAt | null;
  /** What the named figure carries besides its metric. */
  naming: Naming;
  /** The number as the vocabulary's reader read it: the figure it becomes where the figure reader read none. */
  number: LocatedNumber;
  place: NamingPlace;
}

/** How a reader named a number, beside the metric: the tier is the metric's. */
export interface HowNamed {
  key: string;
  reader: string;
  scope?: string;
  approximate?: boolean;
}

export function nameNumber(lex: Lexicon, metric: string, number: LocatedNumber, how: HowNamed, place: NamingPlace): MetricNaming {
  const naming: Naming = {
    key: how.key,
    tier: lex.metrics.get(metric)?.tier ?? 'detail',
    ...(how.scope ? { scope: how.scope } : {}),
    reader: how.reader,
    ...(how.approximate ? { approximate: true } : {}),
  };
  return { metric, at: numberAt(number.location), naming, number, place };
}
