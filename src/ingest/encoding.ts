/**
 * Decode report text whose encoding nobody declared. Order: BOM → strict UTF-8 → strict GB18030 (a superset of
 * GBK/GB2312, the usual encoding of Chinese government text files) → UTF-16 without BOM by its zero bytes.
 * The decision is returned so it can be shown with the facts.
 */
export interface Decoded {
  text: string;
  encoding: string;
}

const CJK = /[\u4e00-\u9fff]/g;

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of bytes that are 0 at even / odd offsets: UTF-16 text of CJK and ASCII has many. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
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
  const wide = utf16Guess(bytes);
  if (wide) {
    const text = strict(wide, bytes);
    if (text !== null) return { text, encoding: wide };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  // Neither decodes cleanly (a damaged file): take whichever yields more Chinese characters, replacing bad bytes.
  const lossyUtf8 = new TextDecoder('utf-8').decode(bytes);
  const lossyGb = new TextDecoder('gb18030').decode(bytes);
  const count = (s: string) => s.match(CJK)?.length ?? 0;
  return count(lossyGb) > count(lossyUtf8)
    ? { text: lossyGb, encoding: 'gb18030 (lossy)' }
    : { text: lossyUtf8, encoding: 'utf-8 (lossy)' };
}
