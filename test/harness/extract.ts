/** Extract from a fixture string, as a text report would be read: the facts, or metric → values. */
import { textDocument } from '../../src/ingest/text.js';
import { extract, type Extraction } from '../../src/vocabulary/index.js';
import { runChecks, type CheckResult } from '../../src/check/index.js';
import type { Fact } from '../../src/model/audit.js';
import { readFigures, type FigureReading } from '../../src/read/index.js';
import { nameFigures } from '../../src/vocabulary/name.js';
import { runRules, type RuleResult } from '../../src/correct/unit-slips.js';

export function extractText(text: string): Extraction {
  return extract(textDocument(text, 'case.txt', 'txt'));
}

export function factsOf(text: string): Fact[] {
  return extractText(text).facts.filter((f) => !['dept', 'region', 'year', 'filled_date'].includes(f.metric));
}

/** metric → values, in order of mention; identity facts left out. */
export function valuesOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of factsOf(text)) (out[f.metric] ??= []).push(f.value);
  return out;
}

export function checksOf(text: string): CheckResult {
  return runChecks(extractText(text));
}

/** Every labelled figure of a fixture string, and the flags the rules raise on it. */
export function figuresOf(text: string): FigureReading {
  const doc = textDocument(text, 'case.txt', 'txt');
  const extraction = extract(doc);
  return nameFigures(readFigures(doc), extraction.facts, extraction.places);
}

export function rulesOf(text: string): RuleResult {
  const doc = textDocument(text, 'case.txt', 'txt');
  const extraction = extract(doc);
  return runRules(doc, nameFigures(readFigures(doc), extraction.facts, extraction.places), extraction.identity.year);
}
