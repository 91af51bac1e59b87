/**
 * Every message, proofread by rule: both languages say the same thing with the same parameters; an English
 * sentence starts with a capital and ends with a stop, without Chinese punctuation; a Chinese sentence ends with
 * 。 (or ）/ a path or command it names). `ui.*` entries are words for cells and headings, not sentences.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.js';
import '../../src/pipeline.js';
import '../../src/ingest/sheet.js';
import '../../src/ingest/ocr.js';
import '../../src/rules/rubric/messages.js';
import '../../src/batch/messages.js';
import '../../src/correct/unit-slips.js';
import '../../src/write/html/labels.js';
import '../../src/cli/messages.js';
import '../../src/cli/inspect.js';
import '../../src/ingest/text.js';

// A parameter may come in each language's own form (checkedZh / checkedEn).
const params = (text: string) => [...text.matchAll(/\{(\w+?)(?:Zh|En)?\}/g)].map((m) => m[1]).sort();
const sentences = Object.entries(MESSAGES).filter(([code]) => !code.startsWith('ui.'));
const all = Object.entries(MESSAGES);

describe('messages', () => {
  it('are all loaded (a module defining messages is missing from this test otherwise)', () => {
    expect(sentences.length).toBeGreaterThan(80);
  });

  it.each(all)('%s: the same parameters in both languages', (_code, t) => {
    expect(params(t.en)).toEqual(params(t.zh));
  });

  it.each(sentences)('%s: English starts with a capital, ends with a stop, has no Chinese punctuation', (_code, t) => {
    expect(t.en).toMatch(/^[“"(]?(?:\{\w+\}|[A-Z0-9])/);
    expect(t.en).toMatch(/[.)]$|\{\w+\}$/);
    expect(t.en).not.toMatch(/[，。；：（）、！？]/);
  });

  it.each(sentences)('%s: Chinese ends with 。 or names what it ends on', (_code, t) => {
    expect(t.zh).toMatch(/[。）]$|\{\w+\}$|^（.*）$/);
    expect(t.zh).not.toMatch(/[\u4e00-\u9fff],|[\u4e00-\u9fff];/);
  });

  it.each(all.filter(([code]) => code.startsWith('ui.')))('%s: English words, no Chinese punctuation', (_code, t) => {
    expect(t.en).not.toMatch(/[，。；：（）、]/);
  });
});
