/**
 * Notes on how a PDF was read. `DocumentModel.notes` holds strings, so each note is a message (`{code, params}`,
 * see src/i18n/messages.ts) encoded as JSON: writers decode and render it in the user's language.
 */
import { msg } from '../../model/status.js';

export function note(code: string, params?: Record<string, string | number>): string {
  return JSON.stringify(msg(code, params));
}

/** Page numbers as a short list: `1, 3-5, 9`. */
export function pageList(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(', ');
}

export function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}
