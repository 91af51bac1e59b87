import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding.js';

const text = '我局2021年调整预算数为28,220.95万元，预算执行率99.77%。';
const gb18030 = (s: string): Uint8Array => {
  // Node has no GB encoder; build the bytes from a decoder round trip over the GB18030 two-byte range.
  const out: number[] = [];
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
};

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8-bom'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'utf-16le-bom'],
    ['UTF-16LE without BOM', new Uint8Array(Buffer.from(text, 'utf16le')), 'utf-16le'],
    ['UTF-16LE without BOM, Chinese only', new Uint8Array(Buffer.from('我局调整预算数为二万元', 'utf16le')), 'utf-16le'],
    ['UTF-16BE without BOM', new Uint8Array(Buffer.from(text, 'utf16le').swap16()), 'utf-16be'],
    ['GB18030 without BOM', gb18030(text), 'gb18030'],
    // A page converted to traditional characters with pinyin glosses: much of it Latin letters with tone marks.
    ['UTF-8 with pinyin glosses', new TextEncoder().encode('我局2015年“三公”經(jīng)費(fèi)匯(huì)總(zǒng)情況(kuàng)決(jué)算(suàn)表：合計(jì)3318萬(wàn)元。'), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(new TextDecoder(encoding.replace('-bom', '')).decode(bytes).replace(/^\ufeff/, ''));
    expect(decoded.text).toMatch(/我局/);
    expect(decoded.encoding).toBe(encoding);
  });

  it('random bytes read as no text at all', async () => {
    const { textLikeness } = await import('./encoding.js');
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(textLikeness(random)).toBeLessThan(0.8);
    expect(textLikeness(new TextEncoder().encode(text))).toBeGreaterThan(0.95);
  });

  it('a damaged file is decoded with replacement characters, not refused', () => {
    const bytes = new Uint8Array([...gb18030('调整预算数'), 0xff, 0xff, 0x41]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.replaced).toBeGreaterThan(0);
    expect(decoded.text).toContain('调整预算数');
  });
});
