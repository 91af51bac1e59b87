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
  const params = message.params ?? {};
  const text = template[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? withMetricNames(paramText(message.code, name, String(params[name]), lang), lang) : whole,
  );
  return lang === 'en' && !message.code.startsWith('ui.') ? capitalize(text) : text;
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
