/**
 * The characters printed around a figure on its line, read from the document model: what a rule needs when the
 * reader's label leaves out a word (收入总计 before 105435万元) or a bracket (an aside, (累计…43429万元)).
 */
import type { Figure } from '../model/audit.js';
import type { DocumentModel } from '../model/document.js';
import { unmapped } from '../text/mapped-text.js';

/** What the print is read from: the documents of the audit (a RuleContext has them). */
type Printed = { readonly input: { readonly docs: readonly DocumentModel[] } };

/** The document a figure was read from. */
function docOf(ctx: Printed, f: Figure): DocumentModel | undefined {
  return ctx.input.docs.find((d) => d.file === f.location.file);
}

/** The printed text right before a figure on its line (…收入总计 before 105435万元). */
export function textBefore(ctx: Printed, f: Figure, length: number): string {
  const span = f.location.spans[0];
  const doc = docOf(ctx, f);
  const line = span && doc ? doc.lines[span.line] : undefined;
  return line ? unmapped(line.text.slice(Math.max(0, span!.start - length), span!.start)).text : '';
}

/** Whether a figure stands inside brackets on its line. */
export function inBrackets(ctx: Printed, f: Figure): boolean {
  const span = f.location.spans[0];
  const doc = docOf(ctx, f);
  const text = span && doc ? doc.lines[span.line]?.text.slice(0, span.start) ?? '' : '';
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The printed text right after a figure on its line (左右 after 10%). */
export function textAfter(ctx: Printed, f: Figure, length: number): string {
  const span = f.location.spans.at(-1);
  const doc = docOf(ctx, f);
  const line = span && doc ? doc.lines[span.line] : undefined;
  return line ? unmapped(line.text.slice(span!.end, span!.end + length)).text : '';
}

/**
 * Whether the figure's line or the few lines before it say the figures are per head (【各级教育生均…经费】, 人均):
 * averages, whose parts are no sum of them.
 */
export function perHead(ctx: Printed, f: Figure, lines = 6): boolean {
  const span = f.location.spans[0];
  const doc = docOf(ctx, f);
  if (!span || !doc) return false;
  for (let l = span.line; l >= Math.max(0, span.line - lines); l--) {
    if (/生均|人均|平均每|每人|每生|户均|亩均/.test(unmapped(doc.lines[l]?.text ?? '').text)) return true;
  }
  return false;
}

/** The printed text between two figures of one line (null when they are on different lines or out of order). */
export function textBetween(ctx: Printed, a: Figure, b: Figure): string | null {
  const from = a.location.spans.at(-1);
  const to = b.location.spans[0];
  const doc = docOf(ctx, a);
  if (!from || !to || !doc || a.location.file !== b.location.file || from.line !== to.line || from.end > to.start) return null;
  return unmapped(doc.lines[from.line]!.text.slice(from.end, to.start)).text;
}

/** Whether the print says a figure is approximate: 约10%, 約為4562億元, 10%左右. */
export function approximateInPrint(ctx: Printed, f: Figure): boolean {
  return /(?:约|約|近|大约|大約)\s*(?:为|為|是|达|達)?\s*$/.test(textBefore(ctx, f, 4)) || /^\s*(?:[万萬亿億]?元|%|％)?\s*(?:左右|上下)/.test(textAfter(ctx, f, 6));
}

/**
 * The words of a quote before a figure, or null when the quote does not hold it: the number standing alone (the 0 of
 * 决算数0万元, not the 0 of 2017), after the figure's label where the quote holds the label.
 */
export function quoteBefore(f: Figure, quote: string): string | null {
  const label = unmapped(f.label).text.split(' ').pop() ?? '';
  const from = label ? Math.max(0, quote.indexOf(label)) : 0;
  const escaped = f.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\d.,])${escaped}(?![\\d])`).exec(quote.slice(from));
  return m ? quote.slice(0, from + m.index) : null;
}
