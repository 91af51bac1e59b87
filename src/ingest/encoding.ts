/**
 * Decode report text whose encoding nobody declared. A BOM decides. Otherwise every decoding that succeeds
 * strictly (UTF-8, GB18030 — a superset of GBK/GB2312, the usual encoding of Chinese government text files —
 * and UTF-16 in either byte order) is scored by how much of it reads as text: Chinese characters, CJK
 * punctuation, ASCII letters, digits and punctuation. UTF-16 text of Chinese has no zero bytes and is often
 * valid ASCII byte by byte, so a strict decode alone cannot tell it apart. The decision is returned, to be
 * shown with the facts.
 */
export interface Decoded {
  text: string;
  encoding: string;
  /** Bytes that did not decode (a damaged file): each became U+FFFD �, as text editors show them. */
  replaced?: number;
}

const CJK = /[\u4e00-\u9fff]/g;
const SAMPLE = 64 * 1024;

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that read as report text. */
export function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x20 && c < 0x7f) ||
      (c >= 0xc0 && c <= 0x24f) || // Latin letters with accents: the pinyin glosses of converted pages (陽(yáng))
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      c === 0x0c ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x2014 ||
      c === 0x2026 ||
      c === 0xb7
    ) {
      good++;
    }
  }
  return good / text.length;
}

/**
 * Strictly decode the first `size` bytes. When that cuts the file, the last character may be cut too: back off a
 * byte at a time (UTF-16 by whole code units) until the decoder accepts the rest.
 */
function strictPrefix(label: string, bytes: Uint8Array, size: number): string | null {
  const wide = label.startsWith('utf-16');
  let end = Math.min(bytes.length, size);
  if (wide) end &= ~1;
  if (end === bytes.length) return strict(label, bytes);
  for (let back = 0; back < 4 && end > 0; back++, end -= wide ? 2 : 1) {
    const text = strict(label, bytes.subarray(0, end));
    if (text !== null) return text;
  }
  return null;
}

const LABELS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
const BAD = /\uFFFD/g;

/**
 * A text with a few damaged bytes (bits flipped on a disk or in a transfer) in a byte encoding: decoded with each
 * damaged character replaced, when the replacements are few (at most 0.5 % of the characters, and the rest reads
 * as text). Text in another encoding decoded this way has replacements everywhere, so it is never taken for this.
 */
function damaged(label: 'utf-8' | 'gb18030', bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  const replaced = text.match(BAD)?.length ?? 0;
  if (replaced === 0 || replaced > Math.max(3, text.length * 0.005)) return null;
  return plausibility(text.replace(BAD, '')) >= 0.9 ? { text, replaced } : null;
}

/** How much the best decoding of the first bytes reads as text (0–1): below ~0.8 it is not a text file. */
export function textLikeness(bytes: Uint8Array): number {
  let best = 0;
  for (const label of LABELS) {
    const text = strictPrefix(label, bytes, 8192);
    if (text) best = Math.max(best, plausibility(text));
  }
  // A text file with a few damaged bytes is still a text file.
  for (const label of ['utf-8', 'gb18030'] as const) {
    const lossy = damaged(label, bytes.subarray(0, 8192));
    if (lossy) best = Math.max(best, plausibility(lossy.text.replace(BAD, '')));
  }
  return best;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le-bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be-bom' };
  }
  // UTF-8 with a few damaged bytes: a strict GB18030 decoding of the same bytes may succeed as nonsense, so this
  // comes first (GB18030 text decoded as UTF-8 has replacements everywhere, never a few).
  if (strict('utf-8', bytes) === null) {
    const utf8 = damaged('utf-8', bytes);
    if (utf8) return { text: utf8.text, encoding: 'utf-8', replaced: utf8.replaced };
  }
  // Score each decoding on a sample; a UTF-16 file has an even length.
  const labels = LABELS.filter((l) => !l.startsWith('utf-16') || bytes.length % 2 === 0);
  let best: { label: string; score: number } | null = null;
  for (const label of labels) {
    const text = strictPrefix(label, bytes, SAMPLE);
    if (text === null) continue;
    const score = plausibility(text);
    // Earlier labels win ties: UTF-8 before GB18030 before UTF-16.
    if (!best || score > best.score + 0.02) best = { label, score };
  }
  if (best && best.score >= 0.9) {
    const text = strict(best.label, bytes);
    if (text !== null) return { text, encoding: best.label };
  }
  // Valid UTF-8 throughout is no accident in a file of Chinese text: below the bar (much that is not text), it is
  // still what the file says, before any decoding that must replace bytes.
  const utf8 = best?.label === 'utf-8' ? strict('utf-8', bytes) : null;
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = damaged('gb18030', bytes);
  if (gb) return { text: gb.text, encoding: 'gb18030', replaced: gb.replaced };
  // Nothing decodes cleanly, nor with a few replacements (a badly damaged file): take whichever yields more
  // Chinese characters, replacing bad bytes.
  const lossyUtf8 = new TextDecoder('utf-8').decode(bytes);
  const lossyGb = new TextDecoder('gb18030').decode(bytes);
  const count = (s: string) => s.match(CJK)?.length ?? 0;
  const [text, encoding] = count(lossyGb) > count(lossyUtf8) ? [lossyGb, 'gb18030'] : [lossyUtf8, 'utf-8'];
  return { text, encoding, replaced: text.match(BAD)?.length ?? 0 };
}
