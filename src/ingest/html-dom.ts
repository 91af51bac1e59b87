/**
 * Parse HTML into a domhandler tree and decide what of it is content. Shared by the HTML and Word adapters.
 * Everything here walks with explicit stacks: pages nest deep, and the call stack must not depend on them.
 */
import * as cheerio from 'cheerio';
import { capNesting } from './html-depth.js';

/** The parts of a domhandler node we read (type: root, tag, script, style, text, comment, cdata, directive). */
export interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
}

export interface ParsedHtml {
  root: DomNode;
  /** True when nesting beyond the cap was flattened. */
  capped: boolean;
}

export function parseHtml(html: string): ParsedHtml {
  const { html: safe, capped } = capNesting(html);
  // htmlparser2 rather than parse5: parse5 is quadratic on deep nesting and several times slower on big pages.
  const $ = cheerio.load(safe, { xml: { xmlMode: false, decodeEntities: true } });
  return { root: $.root()[0] as unknown as DomNode, capped };
}

export const isTag = (node: DomNode): boolean => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Never content: code, forms, media, page chrome. */
const DROP = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'head', 'title', 'meta', 'link', 'nav', 'aside',
  'svg', 'canvas', 'audio', 'video', 'object', 'embed', 'applet', 'select', 'button', 'input', 'textarea', 'img', 'map',
  'area', 'picture', 'source', 'dialog', 'menu',
]);

export const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'listing',
  'plaintext', 'xmp',
]);

export const HEADING = /^h[1-6]$/;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'complementary']);
/** Class/id words of site navigation and chrome on (government) sites: div.nav, div.crumbs "当前位置", div.share … */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navi', 'navigation', 'menu', 'menubar', 'submenu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'sidebar', 'footer', 'sitemap', 'toolbar', 'topbar', 'share', 'bdsharebuttonbox', 'skip', 'pagination', 'pager',
]);
/** Whole class/id tokens only: "header" is the site banner, while "article-header" holds the report's title. */
const CHROME_TOKENS = new Set(['header', 'site-header', 'top', 'topnav', 'position', 'location']);

function chromeName(value: string | undefined): boolean {
  if (!value) return false;
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (token === '') continue;
    if (CHROME_TOKENS.has(token)) return true;
    for (const part of token.split(/[-_]/)) if (CHROME_WORDS.has(part)) return true;
  }
  return false;
}

/**
 * Does the subtree hold report content (a table, a top heading, or much text)? A box named like navigation that
 * does is a wrapper around the page, not chrome. Bounded: chrome boxes are small, so a big subtree is content.
 */
function holdsContent(node: DomNode): boolean {
  const stack = [...(node.children ?? [])];
  let seen = 0;
  let text = 0;
  while (stack.length > 0 && seen++ < 5000) {
    const n = stack.pop()!;
    if (n.name === 'table' || n.name === 'h1' || n.name === 'h2' || n.name === 'article' || n.name === 'main') return true;
    if (n.type === 'text' && (text += (n.data ?? '').trim().length) > 1000) return true;
    if (n.children) for (const c of n.children) stack.push(c);
  }
  return seen >= 5000;
}

/** A list whose every item is one short link: a menu, not report text. */
function isLinkList(node: DomNode): boolean {
  const items = (node.children ?? []).filter((c) => c.name === 'li');
  if (items.length < 3 || items.length > 200) return false;
  return items.every((li) => {
    const text = boundedText(li, 200).trim();
    if (text === '' || text.length > 20) return text === '';
    const links = (li.children ?? []).filter((c) => c.type === 'tag');
    return links.length === 1 && links[0]!.name === 'a' && boundedText(links[0]!, 200).trim() === text;
  });
}

function boundedText(node: DomNode, limit: number): string {
  const out: string[] = [];
  const stack = [node];
  let seen = 0;
  while (stack.length > 0 && seen++ < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.data ?? '');
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join('').replace(/\s+/g, ' ');
}

/**
 * Whether an element and its subtree are left out of the text. `inArticle`: header/footer inside an article or
 * main element are the article's own (title, date), kept.
 */
export function isDropped(node: DomNode, inArticle: boolean): boolean {
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return true;
  if (node.type === 'script' || node.type === 'style') return true;
  if (!isTag(node)) return false;
  const name = node.name!;
  if (DROP.has(name)) return true;
  const a = node.attribs ?? {};
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) return true;
  if ((name === 'header' || name === 'footer') && !inArticle) return true;
  if (a.role && CHROME_ROLES.has(a.role.toLowerCase())) return true;
  if (name === 'table' || name === 'tr' || name === 'td' || name === 'th' || HEADING.test(name)) return false;
  if ((chromeName(a.class) || chromeName(a.id)) && !holdsContent(node)) return true;
  if ((name === 'ul' || name === 'ol') && isLinkList(node)) return true;
  return false;
}
