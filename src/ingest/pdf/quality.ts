/**
 * Is a page's text layer usable? Characters of fonts without a usable ToUnicode map come out as U+FFFD (PDFium
 * flags them), control characters or private-use code points, and GBK bytes read through a Latin encoding as
 * accented Latin letters (ÊÇ·ñ) — none of which Chinese reports contain in quantity. Pages with (almost) no text
 * but images are scans.
 */
import type { PositionedItem } from './geometry.js';

export type PageQuality = 'ok' | 'garbled' | 'no-text' | 'blank';

export interface TextStats {
  chars: number;
  bad: number;
  han: number;
  /** ASCII letters. */
  latin: number;
}

// C0/C1 controls, U+FFFD, the BMP private-use area, Latin-1 letters (À–ÿ) that mark GBK read as WinAnsi.
const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/u;
const HAN = /\p{Script=Han}/u;

export function textStats(items: PositionedItem[]): TextStats {
  let chars = 0;
  let bad = 0;
  let han = 0;
  let latin = 0;
  for (const it of items) {
    for (const ch of it.str) {
      if (/\s/.test(ch)) continue;
      chars++;
      if (BAD.test(ch)) bad++;
      else if (HAN.test(ch)) han++;
      else if (/[A-Za-z]/.test(ch)) latin++;
    }
  }
  return { chars, bad, han, latin };
}

/** Fewer usable characters than this and the page has no text layer worth reading. */
const MIN_CHARS = 5;
/** Share of suspicious characters above which a page's text is garbage. */
const MAX_BAD_SHARE = 0.2;

export function pageQuality(stats: TextStats, graphics: { images: number; fills: number } | null): PageQuality {
  const good = stats.chars - stats.bad;
  if (stats.chars >= MIN_CHARS && stats.bad / stats.chars > MAX_BAD_SHARE) return 'garbled';
  if (good < MIN_CHARS) {
    // Text drawn as images or as outlines (hundreds of filled shapes) needs OCR; an empty page does not.
    if (graphics && (graphics.images > 0 || graphics.fills > 200)) return 'no-text';
    return stats.bad > 0 ? 'garbled' : 'blank';
  }
  return 'ok';
}

/**
 * A font without ToUnicode can also decode to plausible Latin letters. In a Chinese document (most text on the
 * other pages is Han), a page of many characters that is nearly all Latin letters and almost no Han is that.
 */
export function looksMisdecoded(stats: TextStats, documentHanShare: number): boolean {
  return documentHanShare >= 0.3 && stats.chars >= 30 && stats.han / stats.chars < 0.05 && stats.latin / stats.chars > 0.6;
}
