/**
 * A page's path and image objects (inside form XObjects too) for the ruling-line finder: each path as subpaths
 * of points in page space, with how it is painted.
 */
import { multiply, type Matrix } from './geometry.js';
import { apply, type PdfPage } from './load.js';
import { PAGEOBJ, SEGMENT } from './pdfium.js';
import { GraphicsCollector, type PageGraphics, type PathShape, type Subpath } from './rules.js';

export function readGraphics(page: PdfPage): PageGraphics {
  const collector = new GraphicsCollector();
  page.holders((objects) => {
    for (const { obj, type, outer } of objects) {
      if (type === PAGEOBJ.IMAGE) collector.image();
      else if (type === PAGEOBJ.PATH) {
        const shape = pathShape(page, obj, multiply(outer, page.matrixOf(obj)));
        if (shape) collector.path(shape);
      }
    }
  });
  return collector.result();
}

/** `m` maps the path's own space to page space. */
function pathShape(page: PdfPage, obj: number, m: Matrix): PathShape | null {
  const e = page.engine;
  const { x, scratch: s } = e;
  if (!x.FPDFPath_GetDrawMode(obj, s, s + 4)) return null;
  const filled = e.int(0) !== 0;
  const stroked = e.int(1) !== 0;
  if (!filled && !stroked) return null;
  const subpaths: Subpath[] = [];
  let sub: Subpath | null = null;
  let bezier = 0;
  const n = x.FPDFPath_CountSegments(obj);
  for (let i = 0; i < n; i++) {
    const seg = x.FPDFPath_GetPathSegment(obj, i);
    if (!seg || !x.FPDFPathSegment_GetPoint(seg, s, s + 4)) continue;
    const [px, py] = apply(m, e.float(0), e.float(1));
    const kind = x.FPDFPathSegment_GetType(seg);
    if (kind === SEGMENT.MOVETO || !sub) {
      sub = { points: [], curved: false };
      subpaths.push(sub);
      bezier = 0;
    }
    if (kind === SEGMENT.BEZIERTO) {
      // Three points per curve: two control points, then the end point.
      sub.curved = true;
      if (++bezier % 3 === 0) sub.points.push(px, py);
    } else sub.points.push(px, py);
    if (x.FPDFPathSegment_GetClose(seg) && sub.points.length > 4) sub.points.push(sub.points[0]!, sub.points[1]!);
  }
  return { stroked, filled, subpaths };
}
