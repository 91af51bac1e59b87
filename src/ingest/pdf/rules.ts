/**
 * Ruling lines (table borders) from a page's path objects. LibreOffice strokes each border as a line; Chromium
 * fills each border as a thin rectangle; both count. Paths arrive in page space, as subpaths of points (a curve
 * contributes its end point and marks the subpath curved, which no border is).
 */
import type { Rule } from './geometry.js';

/** Thicker than this (pt) a filled shape is a box, not a border. */
const MAX_RULE_THICKNESS = 2.5;
/** Shorter than this (pt) a segment is a tick or a glyph part, not a border. */
const MIN_RULE_LENGTH = 4;

export interface Subpath {
  /** x, y pairs, page space. */
  points: number[];
  curved: boolean;
}

export interface PathShape {
  stroked: boolean;
  filled: boolean;
  subpaths: Subpath[];
}

export interface PageGraphics {
  rules: Rule[];
  /** Images painted on the page (a page of only images is a scan). */
  images: number;
  /** Filled shapes that are not rules (a page of many and no text may be text converted to outlines). */
  fills: number;
}

/** Collects a page's graphics one path or image at a time. */
export class GraphicsCollector {
  readonly rules: Rule[] = [];
  images = 0;
  fills = 0;

  image(): void {
    this.images++;
  }

  path(shape: PathShape): void {
    if (!shape.stroked && !shape.filled) return;
    let box = false;
    for (const sub of shape.subpaths) box = collectSubpath(sub, shape, this.rules) || box;
    if (box) this.fills++;
  }

  result(): PageGraphics {
    return { rules: this.rules, images: this.images, fills: this.fills };
  }
}

/** Add the subpath's rules; true when it is filled and too big to be a rule. */
function collectSubpath({ points, curved }: Subpath, { stroked, filled }: PathShape, out: Rule[]): boolean {
  if (points.length < 4) return false;
  if (stroked && !curved) {
    for (let k = 2; k < points.length; k += 2) addSegment(points[k - 2]!, points[k - 1]!, points[k]!, points[k + 1]!, out);
  }
  if (!filled) return false;
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let k = 0; k < points.length; k += 2) {
    const x = points[k]!;
    const y = points[k + 1]!;
    x1 = Math.min(x1, x); x2 = Math.max(x2, x); y1 = Math.min(y1, y); y2 = Math.max(y2, y);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  if (!curved && h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (!curved && w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
  else return w > MAX_RULE_THICKNESS && h > MAX_RULE_THICKNESS;
  return false;
}

function addSegment(ax: number, ay: number, bx: number, by: number, out: Rule[]): void {
  const dx = Math.abs(ax - bx);
  const dy = Math.abs(ay - by);
  if (dy < 0.5 && dx >= MIN_RULE_LENGTH) {
    const y = (ay + by) / 2;
    out.push({ x1: Math.min(ax, bx), y1: y, x2: Math.max(ax, bx), y2: y });
  } else if (dx < 0.5 && dy >= MIN_RULE_LENGTH) {
    const x = (ax + bx) / 2;
    out.push({ x1: x, y1: Math.min(ay, by), x2: x, y2: Math.max(ay, by) });
  }
}
