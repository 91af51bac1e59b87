/**
 * PDFium's text page leaves out a text object that repeats one of the five text objects before it (same font,
 * size and character codes) at nearly the same place: that is how it removes fake bold. "Nearly" is measured
 * against the object's box, and for a font PDFium has no glyph boxes for (a Chinese font that is not embedded)
 * the box is flat and as wide as the line, so an identical line set a line below passes for a repeat and its
 * text is lost. Such objects are found (no character of the text page comes from them) and given the
 * characters of their twin, moved by the difference of the two positions, unless that difference is a
 * fake-bold offset, which PDFium was right to drop.
 */
import { PAGEOBJ } from './pdfium.js';
import type { PdfPage } from './load.js';
import type { Glyph } from './runs.js';

/** How many text objects back PDFium looks for the original of a repeat. */
const LOOK_BACK = 5;
/** A repeat moved by less than this (font sizes) is fake bold. */
const FAKE_BOLD = 0.3;

interface Look {
  font: number;
  size: number;
  left: number;
  bottom: number;
  width: number;
}

function lookOf(page: PdfPage, obj: number): Look | null {
  const e = page.engine;
  const { x, scratch: s } = e;
  if (!x.FPDFTextObj_GetFontSize(obj, s)) return null;
  const size = e.float(0);
  if (!x.FPDFPageObj_GetBounds(obj, s, s + 4, s + 8, s + 12)) return null;
  return { font: x.FPDFTextObj_GetFont(obj), size, left: e.float(0), bottom: e.float(1), width: e.float(2) - e.float(0) };
}

const sameLook = (a: Look, b: Look) => a.font === b.font && a.size === b.size && Math.abs(a.width - b.width) <= 0.01 + 0.001 * a.width;

export function restoreRepeats(page: PdfPage, glyphs: Glyph[]): Glyph[] {
  const bySource = new Map<number, Glyph[]>();
  for (const g of glyphs) {
    if (!g.source) continue;
    const list = bySource.get(g.source);
    if (list) list.push(g);
    else bySource.set(g.source, [g]);
  }
  const restored: Glyph[] = [];
  page.holders((objects) => {
    const texts = objects.filter((o) => o.type === PAGEOBJ.TEXT);
    texts.forEach((d, k) => {
      if (bySource.has(d.obj)) return;
      const look = lookOf(page, d.obj);
      if (!look || look.width <= 0) return;
      for (const t of texts.slice(Math.max(0, k - LOOK_BACK), k).reverse()) {
        const twin = bySource.get(t.obj);
        const tLook = twin ? lookOf(page, t.obj) : null;
        if (!twin || !tLook || !sameLook(tLook, look)) continue;
        // The offset in the holder's space, then in page space (linear part of the holder's matrix).
        const [dx, dy] = [look.left - tLook.left, look.bottom - tLook.bottom];
        const m = d.outer;
        const [px, py] = [m[0] * dx + m[2] * dy, m[1] * dx + m[3] * dy];
        if (Math.hypot(px, py) < FAKE_BOLD * (twin[0]!.fontSize || 1)) return;
        const copy = twin.map((g) => ({ ...g, x: g.x + px, y: g.y + py, right: g.right + px, source: d.obj }));
        bySource.set(d.obj, copy);
        restored.push(...copy);
        return;
      }
    });
  });
  return restored;
}
