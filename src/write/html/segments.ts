/**
 * Cuts each line of the extracted text at every fact and evidence boundary, so one span element can carry all the
 * facts and flags that cover its characters (figures may be read by several facts and used by several flags).
 */
import type { Location, Report } from '../../model/audit.js';

type TextLine = NonNullable<Report['text']>[number];

export interface Segment {
  text: string;
  /** Indices into report.facts. */
  facts: number[];
  /** Indices into report.figures: figures the vocabulary does not know, shown with their label. */
  figures: number[];
  /** Evidence tokens: `f<flag>` for every evidence of a flag and `e<flag>-<evidence>` for one. */
  ev: string[];
  /** A tab of a table row: a cell boundary, not text. */
  cellBreak?: boolean;
}

export interface LineMarks {
  spans: { start: number; end: number; fact?: number; figure?: number; ev?: string[] }[];
  /** Evidence located on the line but without character spans. */
  lineEv: string[];
}

/** Evidence tokens of one evidence item. */
export const evTokens = (flag: number, evidence: number): string[] => [`f${flag}`, `e${flag}-${evidence}`];

export class TextIndex {
  readonly marks = new Map<number, LineMarks>();
  private readonly byPageLine = new Map<string, number>();

  constructor(private readonly lines: readonly TextLine[]) {
    lines.forEach((l, i) => this.byPageLine.set(`${l.page ?? ''}:${l.line}`, i));
  }

  private at(line: number): LineMarks {
    let m = this.marks.get(line);
    if (!m) this.marks.set(line, (m = { spans: [], lineEv: [] }));
    return m;
  }

  /** The line index a location points at, through its spans or else its page and line number. */
  lineOf(loc: Location): number | null {
    const span = loc.spans.find((s) => this.lines[s.line]);
    if (span) return span.line;
    return this.byPageLine.get(`${loc.page ?? ''}:${loc.line}`) ?? null;
  }

  /** The location's spans cut to the text of their lines; empty spans left out. */
  private *clamped(loc: Location): Generator<{ line: number; start: number; end: number }> {
    for (const s of loc.spans) {
      const text = this.lines[s.line]?.text;
      if (text === undefined) continue;
      const start = Math.max(0, Math.min(s.start, text.length));
      const end = Math.max(start, Math.min(s.end, text.length));
      if (end > start) yield { line: s.line, start, end };
    }
  }

  addFact(index: number, loc: Location): boolean {
    let placed = false;
    for (const s of this.clamped(loc)) {
      this.at(s.line).spans.push({ start: s.start, end: s.end, fact: index });
      placed = true;
    }
    return placed;
  }

  addFigure(index: number, loc: Location): void {
    for (const s of this.clamped(loc)) this.at(s.line).spans.push({ start: s.start, end: s.end, figure: index });
  }

  /** Marks an evidence item; returns the line it was placed on, or null when the text does not hold it. */
  addEvidence(tokens: string[], loc: Location): number | null {
    let first: number | null = null;
    for (const s of this.clamped(loc)) {
      this.at(s.line).spans.push({ start: s.start, end: s.end, ev: tokens });
      first ??= s.line;
    }
    if (first !== null) return first;
    const line = this.lineOf(loc);
    if (line !== null) this.at(line).lineEv.push(...tokens);
    return line;
  }

  segments(index: number): Segment[] {
    const line = this.lines[index]!;
    const text = line.text;
    const marks = this.marks.get(index)?.spans ?? [];
    const cuts = new Set<number>([0, text.length]);
    for (const m of marks) cuts.add(m.start).add(m.end);
    if (line.kind === 'table-row') for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) cuts.add(i).add(i + 1);
    const points = [...cuts].sort((a, b) => a - b);
    const out: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const piece = text.slice(a, b);
      if (line.kind === 'table-row' && piece === '\t') {
        out.push({ text: '', facts: [], figures: [], ev: [], cellBreak: true });
        continue;
      }
      const facts: number[] = [];
      const figures: number[] = [];
      const ev: string[] = [];
      for (const m of marks) {
        if (m.start <= a && m.end >= b) {
          if (m.fact !== undefined && !facts.includes(m.fact)) facts.push(m.fact);
          if (m.figure !== undefined && !figures.includes(m.figure)) figures.push(m.figure);
          for (const t of m.ev ?? []) if (!ev.includes(t)) ev.push(t);
        }
      }
      out.push({ text: piece, facts, figures, ev });
    }
    return out;
  }
}
