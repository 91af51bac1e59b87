/**
 * The only place that turns language-neutral data into words: a message code with its parameters, a flag's
 * formula with `{metric_id}` references, in the language asked for.
 */
import type { Message } from '../model/status.js';
import { MESSAGES, type Lang } from '../i18n/messages.js';
import { capitalize, withMetricNames } from './metric-names.js';
import { paramText } from '../i18n/details.js';

/**
 * A message in the language asked for (Chinese unless `lang` is 'en'). Parameters naming a metric (`{exec_rate}`) show its name; an English
 * message is a sentence and starts with a capital even when it starts with a parameter (`ui.*` words do not).
 */
export function render(message: Message, lang: Lang = 'zh'): string {
  const template = MESSAGES[message.code];
  if (!template) return message.params ? `${message.code} ${JSON.stringify(message.params)}` : message.code;
  const params = shownParams(message.params ?? {}, lang);
  const text = nestQuotes(
    template[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? withMetricNames(paramText(message.code, name, String(params[name]), lang), lang) : whole,
    ),
  );
  return lang === 'en' && !message.code.startsWith('ui.') ? capitalize(text) : text;
}

/** Parameters that name what a finding is about: labels as printed. */
const LABELS = new Set(['label', 'row', 'item', 'part', 'whole', 'column', 'group']);
/** Longest label a sentence quotes; a longer one (cells of a form read together) is cut with an ellipsis. */
const LABEL_MAX = 40;
const PLAIN = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
const VALUE_OR_INTERVAL = /^([-+]?\d[\d,]*(?:\.\d+)?)(\s*\[[^\]]*\])?$/;

/** A label as a sentence quotes it: no bracket left open at its start or end, no leading dash, not 80 characters. */
export function tidyLabel(label: string): string {
  let t = label.trim().replace(/^[-—–·,，、:：;；]+/, '').trim();
  if (/^[（(]/.test(t) && !/[）)]/.test(t)) t = t.slice(1);
  if (/[（(][^）)]*$/.test(t)) t = t.replace(/[（(][^）)]*$/, '');
  t = t.trim();
  return [...t].length > LABEL_MAX ? `${[...t].slice(0, LABEL_MAX - 1).join('')}…` : t;
}

/**
 * The parameters as a sentence shows them: labels tidied; a rate's expected value and margin in the unit its
 * reported value is printed in (应为 3.27%, 相差 2.36 个百分点, not 应为 3.27); 百分之九十五 not followed by a %.
 */
function shownParams(params: Record<string, string | number>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  const rate = /[%％]$/.test(String(params.reported ?? ''));
  for (const [name, value] of Object.entries(out)) {
    if (typeof value !== 'string') continue;
    if (LABELS.has(name) && !/^\{[a-z0-9_]+\}$/.test(value)) out[name] = tidyLabel(value);
    if (/^百分之[^%％]+[%％]$/.test(value)) out[name] = value.slice(0, -1);
  }
  if (rate) {
    const expected = String(out.expected ?? '');
    const m = VALUE_OR_INTERVAL.exec(expected);
    if (m) out.expected = `${m[1]}%${m[2] ?? ''}`;
    const margin = String(out.margin ?? '');
    if (PLAIN.test(margin)) out.margin = lang === 'zh' ? `${margin} 个百分点` : `${margin} percentage points`;
  }
  return out;
}

/**
 * Quotes inside quotes, as Chinese writes them: “表中‘三公’经费支出合计” rather than ““三公”经费支出合计”, when a
 * quoted label brings its own quotation marks.
 */
export function nestQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '“') {
      out += depth > 0 ? '‘' : c;
      depth++;
    } else if (c === '”' && depth > 0) {
      depth--;
      out += depth > 0 ? '’' : c;
    } else out += c;
  }
  return out;
}

const ASCII_PUNCTUATION: Record<string, string> = { '（': ' (', '）': ')', '：': ': ', '；': '; ', '，': ', ' };

/** A flag's formula for people: metric names for `{metric_id}`; in English, ASCII punctuation for full-width. */
export function renderFormula(formula: string, lang: Lang = 'zh'): string {
  const named = withMetricNames(formula, lang);
  return lang === 'en' ? named.replace(/[（）：；，]/g, (c) => ASCII_PUNCTUATION[c]!).replace(/ {2,}/g, ' ').replace(/\( /g, '(') : named;
}

/** A flag's message, with the OCR caution when any figure it uses was read by OCR. */
export function renderFlagMessage(flag: { message: Message; ocr?: boolean | undefined }, lang: Lang = 'zh'): string {
  const text = render(flag.message, lang);
  return flag.ocr ? `${text}${render({ code: 'ocr-caution' }, lang)}` : text;
}
