/**
 * A page's characters from PDFium's text page, in page space, grouped into runs (runs.ts). Each character
 * keeps the text object it came from, so repeats that PDFium left out can be put back (repeats.ts).
 */
import { multiply, type PositionedItem } from './geometry.js';
import { apply, type PdfPage } from './load.js';
import { restoreRepeats } from './repeats.js';
import { glyphRuns, type Glyph } from './runs.js';

export interface PageContent {
  width: number;
  height: number;
  items: PositionedItem[];
  /** Text that is not horizontal in page space (stamps, vertical text): kept apart, read as its own lines. */
  skewed: PositionedItem[];
}

const BREAK: Glyph = { text: '', generated: true, x: 0, y: 0, right: 0, fontSize: 0, horizontal: true, source: 0 };

/** What all characters of one text object share (PDFium gives each the object's matrix and size). */
interface Style {
  source: number;
  font: number;
  fontSize: number;
  horizontal: boolean;
}

function styleOf(page: PdfPage, text: number, i: number, source: number): Style {
  const e = page.engine;
  const { x, scratch: s } = e;
  x.FPDFText_GetMatrix(text, i, s);
  const m = multiply(page.toPage, [e.float(0), e.float(1), e.float(2), e.float(3), e.float(4), e.float(5)]);
  const scaleX = Math.hypot(m[0], m[1]);
  return {
    source,
    font: source ? x.FPDFTextObj_GetFont(source) : 0,
    fontSize: x.FPDFText_GetFontSize(text, i) * Math.hypot(m[2], m[3]),
    horizontal: scaleX > 0 && Math.abs(m[1]) <= 0.01 * scaleX && m[0] > 0,
  };
}

/** The character of a code point PDFium reports. */
function character(text: number, i: number, page: PdfPage): { code: number; ch: string } {
  const { x } = page.engine;
  let code = x.FPDFText_GetUnicode(text, i);
  // PDFium marks a hyphen that ends a line with U+0002; it is printed as a hyphen.
  if (code === 2 && x.FPDFText_IsHyphen(text, i) === 1) code = 0x2d;
  // No Unicode for the glyph: U+FFFD, which the garbled-page check counts.
  if (code === 0 || code > 0x10ffff || x.FPDFText_HasUnicodeMapError(text, i) === 1) return { code, ch: '\ufffd' };
  const ch = String.fromCodePoint(code);
  // Fonts of Word/WPS exports often map ideographs to their look-alike Kangxi radicals (⽬标 for 目标) or CJK
  // compatibility ideographs: NFKC gives the ideograph back (one for one only, so offsets hold).
  if ((code >= 0x2f00 && code <= 0x2fd5) || (code >= 0xf900 && code <= 0xfad9)) {
    const n = ch.normalize('NFKC');
    if (n.length === 1) return { code, ch: n };
  }
  return { code, ch };
}

export function readText(page: PdfPage): PageContent {
  const e = page.engine;
  const { x, scratch: s } = e;
  const text = x.FPDFText_LoadPage(page.handle);
  if (!text) throw new Error('text layer could not be read');
  try {
    const count = x.FPDFText_CountChars(text);
    const glyphs: Glyph[] = new Array(count);
    let style: Style | null = null;
    for (let i = 0; i < count; i++) {
      if (x.FPDFText_IsGenerated(text, i) === 1) {
        glyphs[i] = BREAK;
        continue;
      }
      const { code, ch } = character(text, i, page);
      x.FPDFText_GetCharOrigin(text, i, s, s + 8);
      const [ox, oy] = apply(page.toPage, e.double(0), e.double(1));
      const source = x.FPDFText_GetTextObject(text, i);
      if (style?.source !== source) style = styleOf(page, text, i, source);
      const { fontSize, horizontal } = style;
      const right = horizontal ? ox + advance(page, text, i, style.font, code) * fontSize : ox;
      glyphs[i] = { text: ch, generated: false, x: ox, y: oy, right, fontSize, horizontal, source };
    }
    const restored = restoreRepeats(page, glyphs);
    return { width: page.width, height: page.height, ...glyphRuns(restored.length ? [...glyphs, BREAK, ...restored] : glyphs) };
  } finally {
    x.FPDFText_ClosePage(text);
  }
}

/**
 * A character's advance in font sizes, from the font's widths as the PDF states them. PDFium's loose character
 * box is wider wherever a glyph overhangs its advance (common in CJK fonts), which would read the word space
 * after such a glyph as no space; it serves only when the font gives no width.
 */
function advance(page: PdfPage, text: number, i: number, font: number, unicode: number): number {
  const e = page.engine;
  const { x, scratch: s } = e;
  const key = font * 0x200000 + unicode;
  let width = page.advances.get(key);
  if (width !== undefined) return width;
  width = font && x.FPDFFont_GetGlyphWidth(font, unicode, 1, s) ? e.float(0) : 0;
  if (!(width > 0)) {
    const size = x.FPDFText_GetFontSize(text, i);
    if (size > 0 && x.FPDFText_GetLooseCharBox(text, i, s) && x.FPDFText_GetMatrix(text, i, s + 16)) {
      // FS_RECTF {left, top, right, bottom} in user space; the text matrix's x scale takes it to text space.
      const scale = Math.hypot(e.float(4), e.float(5)) || 1;
      width = Math.abs(e.float(2) - e.float(0)) / scale / size;
    } else width = 0;
  }
  page.advances.set(key, width);
  return width;
}
