/**
 * Decode HTML bytes. Government sites declare gb2312/gbk in a `<meta>` but are often re-saved as UTF-8 without
 * updating it (and the reverse), so the declaration is a hint, not the truth: a BOM wins; bytes that are valid
 * UTF-8 and contain non-ASCII are UTF-8 whatever the meta says (GBK text is almost never valid UTF-8); otherwise
 * the declared charset, with the GB family read as GB18030 (its superset); otherwise the plain-text sniffing.
 */
import { decodeText, type Decoded } from './encoding.js';

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58', 'windows-936', 'ms936']);

/** How far to look for a declaration; the HTML spec prescans 1024 bytes, real pages put long comments first. */
const PRESCAN_BYTES = 8192;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Unknown label (RangeError) or invalid bytes (TypeError): either way not this charset.
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decodeText(bytes);
  const declared = declaredCharset(bytes);
  if (declared === null) return decodeText(bytes);
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) {
    const label = declared === 'utf-8' || declared === 'utf8' ? 'utf-8' : `utf-8 (declared ${declared})`;
    return { text: utf8, encoding: /[^\x00-\x7f]/.test(utf8) ? label : 'utf-8' };
  }
  const label = GB_FAMILY.has(declared) ? 'gb18030' : declared;
  const text = strict(label, bytes);
  if (text !== null) return { text, encoding: label === declared ? label : `${label} (declared ${declared})` };
  const sniffed = decodeText(bytes);
  return { ...sniffed, encoding: `${sniffed.encoding} (declared ${declared})` };
}
