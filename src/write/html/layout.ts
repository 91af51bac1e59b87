/**
 * The HTML shell shared by index.html and the report pages: inline CSS and script (pages open from file://,
 * with no server and no network), and a Content-Security-Policy that lets only this page's own script run, so
 * even a slip in escaping could not execute a document's markup.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/messages.js';
import { esc } from './escape.js';
import { CSS } from './style.js';

export interface PageParts {
  lang: Lang;
  title: string;
  body: string;
  script: string;
  bodyClass: string;
}

export function page(p: PageParts): string {
  const hash = createHash('sha256').update(p.script, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return (
    '<!doctype html>\n' +
    `<html lang="${p.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer">' +
    `<title>${esc(p.title)}</title><style>${CSS}</style></head>` +
    `<body class="${esc(p.bodyClass)}">${p.body}<script>${p.script}</script></body></html>\n`
  );
}
