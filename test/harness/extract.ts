/** Read and audit a fixture string as a text report would be: its facts, its figures, the flags of the whole audit. */
import { textDocument } from '../../src/ingest/text.js';
import { extract, type Extraction } from '../../src/vocabulary/index.js';
import type { Fact } from '../../src/model/audit.js';
import { readFigures, type FigureReading } from '../../src/read/index.js';
import { nameFigures } from '../../src/vocabulary/name.js';
import { auditDocuments, type Findings } from '../../src/pipeline.js';

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

/** Every labelled figure of a fixture string, named by the vocabulary. */
export function figuresOf(text: string): FigureReading {
  const doc = textDocument(text, 'case.txt', 'txt');
  const extraction = extract(doc);
  return nameFigures(readFigures(doc), extraction.facts, extraction.places);
}

/** The whole audit of a fixture string: every rule's flags, what was checked and what could not be. */
export function auditOf(text: string): Findings {
  return auditDocuments([textDocument(text, 'case.txt', 'txt')]);
}

export const checksOf = auditOf;
export const rulesOf = auditOf;
