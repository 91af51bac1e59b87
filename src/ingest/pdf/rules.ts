/**
 * Ruling lines (table borders) from a page's operator list. LibreOffice strokes each border as a line; Chromium
 * fills each border as a thin rectangle; both count. Paths are recorded in the current transform, so the
 * transform stack is replayed (pdf.js 5.x operator list format: `constructPath` args are `[paintOp, [path],
 * minMax]`, path ops 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath — internal API, which is
 * one reason pdfjs-dist is pinned).
 */
import { multiply, type Matrix, type Rule } from './geometry.js';


export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObjectGroup: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Thicker than this (pt) a filled shape is a box, not a border. */
const MAX_RULE_THICKNESS = 2.5;
/** Shorter than this (pt) a segment is a tick or a glyph part, not a border. */
const MIN_RULE_LENGTH = 4;


function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface PageGraphics {
  rules: Rule[];
  /** Images painted on the page (a page of only images is a scan). */
  images: number;
  /** Filled shapes that are not rules (a page of many and no text may be text converted to outlines). */
  fills: number;
}

/**
 * @param toPage maps user space to the page space used for text items (viewport transform + y flip).
 */
export function readGraphics(ops: OperatorList, codes: OpCodes, toPage: Matrix): PageGraphics {
  const rules: Rule[] = [];
  let images = 0;
  let fills = 0;
  let ctm: Matrix = toPage;
  const stack: Matrix[] = [];
  const strokeOps = new Set([codes.stroke, codes.closeStroke, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const fillOps = new Set([codes.fill, codes.eoFill, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const imageOps = new Set([
    codes.paintImageXObject,
    codes.paintInlineImageXObject,
    codes.paintImageMaskXObject,
    codes.paintImageXObjectRepeat,
    codes.paintInlineImageXObjectGroup,
    codes.paintImageMaskXObjectGroup,
  ]);
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm;
    else if (fn === codes.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === codes.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[i] as [Matrix | null])[0];
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === codes.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (imageOps.has(fn)) images++;
    else if (fn === codes.constructPath) {
      const [paint, data] = argsArray[i] as [number, unknown[]];
      const stroked = strokeOps.has(paint);
      const filled = fillOps.has(paint);
      if (!stroked && !filled) continue;
      const path = data?.[0];
      if (!(path instanceof Float32Array) && !Array.isArray(path)) continue;
      if (collectPath(path as ArrayLike<number>, ctm, stroked, filled, rules) === 'box') fills++;
    }
  }
  return { rules, images, fills };
}

/** Add the path's rules; returns 'box' when a filled subpath was too big to be a rule. */
function collectPath(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, filled: boolean, out: Rule[]): 'box' | null {
  let result: 'box' | null = null;
  let points: Array<[number, number]> = [];
  let curved = false;
  const flush = () => {
    if (points.length >= 2) {
      if (stroked && !curved) {
        for (let k = 1; k < points.length; k++) addSegment(points[k - 1]!, points[k]!, out);
      }
      if (filled) {
        let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
        for (const [x, y] of points) {
          x1 = Math.min(x1, x); x2 = Math.max(x2, x); y1 = Math.min(y1, y); y2 = Math.max(y2, y);
        }
        const w = x2 - x1;
        const h = y2 - y1;
        if (!curved && h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
        else if (!curved && w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
        else if (w > MAX_RULE_THICKNESS && h > MAX_RULE_THICKNESS) result = 'box';
      }
    }
    points = [];
    curved = false;
  };
  let i = 0;
  while (i < path.length) {
    const op = path[i]!;
    if (op === 0) {
      flush();
      points.push(apply(ctm, path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (op === 1) {
      points.push(apply(ctm, path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (op === 2) {
      curved = true;
      points.push(apply(ctm, path[i + 5]!, path[i + 6]!));
      i += 7;
    } else if (op === 3) {
      curved = true;
      points.push(apply(ctm, path[i + 3]!, path[i + 4]!));
      i += 5;
    } else if (op === 4) {
      if (points.length > 2) points.push(points[0]!);
      i += 1;
    } else break;
  }
  flush();
  return result;
}

function addSegment(a: [number, number], b: [number, number], out: Rule[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx >= MIN_RULE_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    out.push({ x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y });
  } else if (dx < 0.5 && dy >= MIN_RULE_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    out.push({ x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) });
  }
}
