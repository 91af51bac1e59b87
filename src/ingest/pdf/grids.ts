/**
 * Ruled tables: ruling segments → grids. Segments that touch form one table; its column edges are the x of its
 * vertical rules, its row edges the y of its horizontal rules. An edge missing inside a row (or column) means
 * the cells on both sides are one merged cell.
 */
import type { Rule } from './geometry.js';

/** Rules closer than this (pt) are the same edge (double borders, adjacent cells' own borders). */
const EDGE_TOLERANCE = 2.5;
/** Segments whose ends come this close (pt) touch. */
const TOUCH = 3;

export interface Grid {
  /** Column edges, left to right (columns = xs.length - 1). */
  xs: number[];
  /** Row edges, top to bottom, y descending (rows = ys.length - 1). */
  ys: number[];
  /** For each cell [row][col], the [row, col] of the top-left cell of its merged region. */
  anchor: Array<Array<[number, number]>>;
  /** Row and column span of each anchor cell (1×1 for unmerged and covered cells). */
  span: Array<Array<[number, number]>>;
}

interface H { y: number; x1: number; x2: number }
interface V { x: number; y1: number; y2: number }

/** Merge collinear pieces (Chromium draws every cell's border separately). */
function mergeH(hs: H[]): H[] {
  hs.sort((a, b) => a.y - b.y || a.x1 - b.x1);
  const out: H[] = [];
  for (const h of hs) {
    const same = out.find((o) => Math.abs(o.y - h.y) <= 1 && h.x1 <= o.x2 + TOUCH && h.x2 >= o.x1 - TOUCH);
    if (same) {
      same.x1 = Math.min(same.x1, h.x1);
      same.x2 = Math.max(same.x2, h.x2);
    } else out.push({ ...h });
  }
  return out;
}

function mergeV(vs: V[]): V[] {
  const flipped = mergeH(vs.map((v) => ({ y: v.x, x1: v.y1, x2: v.y2 })));
  return flipped.map((f) => ({ x: f.y, y1: f.x1, y2: f.x2 }));
}

/** Cluster sorted values: values within tolerance of the cluster's last member join it; returns means. */
function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= tolerance) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Most segments a page may have before ruling analysis is skipped (charts, hatching): keeps the cost bounded. */
const MAX_SEGMENTS = 4000;

export function findGrids(rules: Rule[]): Grid[] {
  if (rules.length > MAX_SEGMENTS) return [];
  const hs = mergeH(rules.filter((r) => r.y1 === r.y2).map((r) => ({ y: r.y1, x1: r.x1, x2: r.x2 })));
  const vs = mergeV(rules.filter((r) => r.x1 === r.x2).map((r) => ({ x: r.x1, y1: r.y1, y2: r.y2 })));
  // One horizontal rule is enough with vertical rules: Chromium draws no bottom border where a row is cut by a
  // page break, so the last piece of a table on a page may have a single horizontal rule.
  if (hs.length < 1 || vs.length < 2) return [];
  const uf = new UnionFind(hs.length + vs.length);
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.x >= h.x1 - TOUCH && v.x <= h.x2 + TOUCH && h.y >= v.y1 - TOUCH && h.y <= v.y2 + TOUCH) uf.union(i, hs.length + j);
    });
  });
  const components = new Map<number, { hs: H[]; vs: V[] }>();
  hs.forEach((h, i) => {
    const root = uf.find(i);
    if (!components.has(root)) components.set(root, { hs: [], vs: [] });
    components.get(root)!.hs.push(h);
  });
  vs.forEach((v, j) => {
    const root = uf.find(hs.length + j);
    if (!components.has(root)) components.set(root, { hs: [], vs: [] });
    components.get(root)!.vs.push(v);
  });
  const grids: Grid[] = [];
  for (const comp of components.values()) {
    const grid = gridOf(comp.hs, comp.vs);
    if (grid) grids.push(grid);
  }
  // Top to bottom.
  grids.sort((a, b) => b.ys[0]! - a.ys[0]!);
  return grids;
}

function gridOf(hs: H[], vs: V[]): Grid | null {
  if (hs.length < 1 || vs.length < 2) return null;
  const left = Math.min(...hs.map((h) => h.x1));
  const right = Math.max(...hs.map((h) => h.x2));
  const top = Math.max(...vs.map((v) => v.y2));
  const bottom = Math.min(...vs.map((v) => v.y1));
  // Open sides (no outer border) still bound the table: the rules' extent is an edge.
  const xs = cluster([...vs.map((v) => v.x), left, right], EDGE_TOLERANCE);
  const ys = cluster([...hs.map((h) => h.y), top, bottom], EDGE_TOLERANCE).reverse();
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const vCovered = (x: number, yTop: number, yBottom: number) => {
    const mid = (yTop + yBottom) / 2;
    return vs.some((v) => Math.abs(v.x - x) <= EDGE_TOLERANCE && v.y1 - 1 <= mid && v.y2 + 1 >= mid);
  };
  const hCovered = (y: number, xLeft: number, xRight: number) => {
    const mid = (xLeft + xRight) / 2;
    return hs.some((h) => Math.abs(h.y - y) <= EDGE_TOLERANCE && h.x1 - 1 <= mid && h.x2 + 1 >= mid);
  };
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 1; c < cols; c++) if (!vCovered(xs[c]!, ys[r]!, ys[r + 1]!)) uf.union(r * cols + c - 1, r * cols + c);
  }
  for (let r = 1; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (!hCovered(ys[r]!, xs[c]!, xs[c + 1]!)) uf.union((r - 1) * cols + c, r * cols + c);
  }
  const regions = new Map<number, number[]>();
  for (let i = 0; i < rows * cols; i++) {
    const root = uf.find(i);
    if (!regions.has(root)) regions.set(root, []);
    regions.get(root)!.push(i);
  }
  const anchor: Array<Array<[number, number]>> = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => [r, c] as [number, number]));
  const span: Array<Array<[number, number]>> = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [1, 1] as [number, number]));
  for (const cells of regions.values()) {
    if (cells.length === 1) continue;
    const rs = cells.map((i) => Math.floor(i / cols));
    const cs = cells.map((i) => i % cols);
    const r0 = Math.min(...rs), r1 = Math.max(...rs), c0 = Math.min(...cs), c1 = Math.max(...cs);
    // A region that is not a rectangle comes from a broken border, not a merged cell: keep its cells apart.
    if ((r1 - r0 + 1) * (c1 - c0 + 1) !== cells.length) continue;
    span[r0]![c0] = [r1 - r0 + 1, c1 - c0 + 1];
    for (const i of cells) anchor[Math.floor(i / cols)]![i % cols] = [r0, c0];
  }
  return { xs, ys, anchor, span };
}
