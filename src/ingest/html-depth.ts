/**
 * Cap element nesting before parsing. htmlparser2 keeps its open-element stack with `Array#unshift`, so each tag
 * costs O(depth): a 200,000-deep page takes minutes (parse5 is worse). Blink's parser stops nesting at depth 512
 * and adds deeper elements as siblings; we do the same by dropping tags that would open below that depth (and
 * their end tags), keeping all text. Documents within the cap are returned unchanged, so the scan below only has to
 * mirror htmlparser2's stack closely enough (same implied-close and void rules) to measure depth.
 */

export const MAX_DEPTH = 512;

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const SECTIONS = new Set(['thead', 'tbody']);
// htmlparser2's openImpliesClose table (Parser.js), so that depth is counted as the parser will build it.
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', SECTIONS],
  ['tfoot', SECTIONS],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P] as [string, Set<string>],
  ),
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content the tokenizer reads as raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const RAW_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const FOREIGN = new Set(['svg', 'math']);

const TAG_NAME = /<([a-zA-Z][^\s/>]*)/y;
const TAG_END = /[>"']/g;
const CLOSE_TAG = /<\/([a-zA-Z][^\s/>]*)[^>]*>/y;

/** Index just after the `>` closing a start tag whose attributes begin at `from` (quoted values may hold `>`), or -1. */
function tagEnd(html: string, from: number): number {
  TAG_END.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TAG_END.exec(html)) !== null) {
    if (m[0] === '>') return m.index + 1;
    const close = html.indexOf(m[0], m.index + 1);
    if (close < 0) return -1;
    TAG_END.lastIndex = close + 1;
  }
  return -1;
}

/** The HTML with tags below `maxDepth` removed, and whether anything was removed. */
export function capNesting(html: string, maxDepth = MAX_DEPTH): { html: string; capped: boolean } {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  const dropped = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  let foreign = 0;
  const push = (name: string) => {
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
  };
  let pos = 0;
  while (true) {
    const lt = html.indexOf('<', pos);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html[lt + 1]!;
    if (next === '!' || next === '?') {
      const isComment = html.startsWith('<!--', lt);
      const end = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      pos = end + (isComment ? 3 : 1);
      continue;
    }
    if (next === '/') {
      CLOSE_TAG.lastIndex = lt;
      const m = CLOSE_TAG.exec(html);
      if (!m) {
        // Only a missing `>` makes a well-started end tag fail: the rest of the file is that tag.
        if (/[a-zA-Z]/.test(html[lt + 2] ?? '')) break;
        pos = lt + 2;
        continue;
      }
      pos = CLOSE_TAG.lastIndex;
      const name = m[1]!.toLowerCase();
      const d = dropped.get(name) ?? 0;
      if (d > 0) {
        dropped.set(name, d - 1);
        cuts.push([lt, pos]);
      } else if ((openCount.get(name) ?? 0) > 0 && !VOID.has(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m) {
      // `<` not starting a tag is text.
      pos = lt + 1;
      continue;
    }
    const end = tagEnd(html, TAG_NAME.lastIndex);
    // An unterminated tag runs to the end of the file: nothing more to count.
    if (end < 0) break;
    pos = end;
    const name = m[1]!.toLowerCase();
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    const selfClosing = foreign > 0 && html[end - 2] === '/';
    if (RAW_TEXT.has(name)) {
      // Raw text is skipped as the tokenizer does, and the element closes at once: it never adds depth.
      const endTag = RAW_END.get(name)!;
      endTag.lastIndex = pos;
      if (!endTag.test(html)) break;
      pos = endTag.lastIndex - name.length - 2;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (stack.length >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      cuts.push([lt, pos]);
      continue;
    }
    push(name);
    if (FOREIGN.has(name)) foreign++;
  }
  if (cuts.length === 0) return { html, capped: false };
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(at, start));
    at = end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), capped: true };
}
