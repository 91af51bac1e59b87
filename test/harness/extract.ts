/** Read and audit a fixture string as a text report would be: what the vocabulary reads, its figures, the flags of the whole audit. */
import { textDocument } from '../../src/ingest/text.js';
import { readWithVocabulary, type VocabularyReading } from '../../src/vocabulary/index.js';
import type { FigureReading } from '../../src/read/index.js';
import { auditDocuments, findingsOf, readDocument, ruleInputOf, type Findings } from '../../src/pipeline.js';
import { runRules } from '../../src/correct/unit-slips.js';
import { deepFreeze } from './freeze.js';

export function vocabularyOf(text: string): VocabularyReading {
  return readWithVocabulary(textDocument(text, 'case.txt', 'txt'));
}

/** metric → values as the vocabulary read them, in reading order. */
export function valuesOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of vocabularyOf(text).namings) (out[n.metric] ??= []).push(n.number.value);
  return out;
}

/** Every labelled figure of a fixture string, named by the vocabulary. */
export function figuresOf(text: string): FigureReading {
  return readDocument(textDocument(text, 'case.txt', 'txt')).reading;
}

/** The whole audit of a fixture string: every rule's flags, what was checked and what could not be. */
export function auditOf(text: string): Findings {
  return auditDocuments([textDocument(text, 'case.txt', 'txt')]);
}

/**
 * The same audit with the rules run on deep-frozen input (figures, tables, documents): a rule that changes what it
 * reads fails its tests.
 */
export function rulesOf(text: string): Findings {
  const readings = [readDocument(textDocument(text, 'case.txt', 'txt'))];
  return findingsOf(readings, runRules(deepFreeze(ruleInputOf(readings, null))));
}

export const checksOf = rulesOf;
