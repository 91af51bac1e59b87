/**
 * Formulas as data: `spend_total / budget_adjusted * 100`, `(q1_rate + q2_rate + q3_rate + q4_rate) / 4`.
 * Names are metric ids; numbers are exact. Evaluated over intervals, so a formula gives the range its inputs
 * allow. Used by the rate definitions in extractors/ and by the scoring frameworks in rubrics/.
 */
import type { Interval } from './interval.js';
import { add, div, mul, point, sub } from './interval.js';

export type Expr =
  | { kind: 'num'; value: string }
  | { kind: 'ref'; name: string }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z_][a-z0-9_]*)|([-+*/()]))/gy;

export function parseFormula(source: string): Expr {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (m = TOKEN.exec(source))) tokens.push(m[0].trim());
  if (tokens.join('').replace(/\s/g, '') !== source.replace(/\s/g, '')) throw new Error(`bad formula: ${source}`);
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`bad formula: ${source}`);
    if (t === '(') {
      const e = sum();
      if (tokens[i++] !== ')') throw new Error(`bad formula: ${source}`);
      return e;
    }
    if (/^\d/.test(t)) return { kind: 'num', value: t };
    if (/^[a-z_]/.test(t)) return { kind: 'ref', name: t };
    throw new Error(`bad formula: ${source}`);
  };
  const product = (): Expr => {
    let left = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++] as '*' | '/';
      left = { kind: 'op', op, left, right: primary() };
    }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++] as '+' | '-';
      left = { kind: 'op', op, left, right: product() };
    }
    return left;
  };
  const e = sum();
  if (i !== tokens.length) throw new Error(`bad formula: ${source}`);
  return e;
}

export function references(e: Expr): string[] {
  if (e.kind === 'ref') return [e.name];
  if (e.kind === 'op') return [...new Set([...references(e.left), ...references(e.right)])];
  return [];
}

/** Null when an input is missing or a divisor may be zero. */
export function evaluate(e: Expr, env: (name: string) => Interval | null): Interval | null {
  switch (e.kind) {
    case 'num':
      return point(e.value);
    case 'ref':
      return env(e.name);
    case 'op': {
      const a = evaluate(e.left, env);
      const b = evaluate(e.right, env);
      if (!a || !b) return null;
      if (e.op === '+') return add(a, b);
      if (e.op === '-') return sub(a, b);
      if (e.op === '*') return mul(a, b);
      return div(a, b);
    }
  }
}

/** Bounds in binary floating point: only ever to rule a trial out before the exact evaluation, never a verdict. */
export type RoughInterval = readonly [lo: number, hi: number];

/** Relative slack that covers the rounding of decimal inputs to doubles and of each float operation on them. */
const SLACK = 1e-9;

function widen(lo: number, hi: number): RoughInterval {
  return [lo - Math.abs(lo) * SLACK - Number.MIN_VALUE, hi + Math.abs(hi) * SLACK + Number.MIN_VALUE];
}

/**
 * An enclosure of what `evaluate` gives, in floats and widened at every step, so that where it misses an interval
 * the exact result misses it too: a cheap test for the many trials of a rate whose inputs are stated many times.
 * Null where `evaluate` may be null (a divisor that may be zero).
 */
export function evaluateRough(e: Expr, env: (name: string) => RoughInterval | null): RoughInterval | null {
  switch (e.kind) {
    case 'num': {
      const v = Number(e.value);
      return widen(v, v);
    }
    case 'ref':
      return env(e.name);
    case 'op': {
      const a = evaluateRough(e.left, env);
      const b = evaluateRough(e.right, env);
      if (!a || !b) return null;
      if (e.op === '+') return widen(a[0] + b[0], a[1] + b[1]);
      if (e.op === '-') return widen(a[0] - b[1], a[1] - b[0]);
      if (e.op === '/' && b[0] <= 0 && b[1] >= 0) return null;
      const products = e.op === '*' ? [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]] : [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
      return widen(Math.min(...products), Math.max(...products));
    }
  }
}

/** The formula written with the given input values, for a flag's evidence: `7.62 / 8.01 × 100`. */
export function fillFormula(e: Expr, values: (name: string) => string): string {
  const go = (x: Expr, parent: number): string => {
    if (x.kind === 'num') return x.value;
    if (x.kind === 'ref') return values(x.name);
    const prec = x.op === '+' || x.op === '-' ? 1 : 2;
    const sym = x.op === '*' ? '×' : x.op === '/' ? '÷' : x.op;
    const s = `${go(x.left, prec)} ${sym} ${go(x.right, prec + (x.op === '-' || x.op === '/' ? 1 : 0))}`;
    return prec < parent ? `(${s})` : s;
  };
  return go(e, 0);
}
