/**
 * Escaping for everything a document brings into a page: element text, attribute values and JSON data islands.
 * Nothing from a report reaches the HTML any other way.
 */

// C0/C1 controls other than tab and newline show as a replacement mark rather than vanish.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text for an element or a quoted attribute value. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(CONTROLS, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that can sit inside `<script type="application/json">`: no `<`, `>`, `&` or line separators left raw. */
export function jsonIsland(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
