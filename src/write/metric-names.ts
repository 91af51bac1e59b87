/**
 * Metric names for people, from the metric catalogue (the families in extractors/, one zh and one en name per
 * id). Reports carry ids only; every place a person reads shows the name. In text (a flag's formula, a message
 * parameter) a metric is referred to as `{metric_id}`, which `withMetricNames` turns into its name.
 */
import { lexicon } from '../vocabulary/lexicon.js';
import type { Lang } from '../i18n/messages.js';

/**
 * The metric's name: lower case in English, as a word inside a sentence (`capital` for a cell or a heading).
 * An id the catalogue does not know (a report-specific detail, a claim) is shown as it is.
 */
export function metricName(id: string, lang: Lang = 'zh', capital = false): string {
  const def = lexicon().metrics.get(id);
  if (!def) return id;
  const name = lang === 'zh' ? def.zh : def.en;
  return capital && lang === 'en' ? capitalize(name) : name;
}

/** The metric's name, or nothing for an id the catalogue does not know. */
export function knownMetricName(id: string, lang: Lang = 'zh', capital = false): string {
  return lexicon().metrics.has(id) ? metricName(id, lang, capital) : '';
}

/** Upper-case the first letter, after any opening quote or bracket (“three public” → “Three public”). */
export function capitalize(text: string): string {
  return text.replace(/^([“"'‘(（]*)(\p{Ll})/u, (_, open: string, letter: string) => `${open}${letter.toUpperCase()}`);
}

const REFERENCE = /\{([a-z][a-z0-9_]*)\}/g;

/** Every `{metric_id}` of a known metric replaced by its name; anything else left as written. */
export function withMetricNames(text: string, lang: Lang): string {
  if (!text.includes('{')) return text;
  return text.replace(REFERENCE, (whole, id: string) => {
    const name = metricName(id, lang);
    return name === id ? whole : name;
  });
}
