/**
 * Accumulate the text of one line (or one table cell) the way a browser lays it out: runs of white space collapse
 * to one space, and a line break in the source between two CJK characters vanishes (CSS Text segment-break rule;
 * Word-exported pages break lines inside Chinese sentences).
 */

const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;
const WS_START = /[ \t\n\r\f\u00a0]/;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;

export class TextRun {
  private parts: string[] = [];
  private last = '';
  private space = false;
  private newline = false;

  /** Text of a text node, white space collapsing. */
  add(data: string): void {
    for (const m of data.matchAll(COLLAPSIBLE)) {
      const piece = m[0];
      if (WS_START.test(piece[0]!)) {
        this.space = true;
        if (piece.includes('\n') || piece.includes('\r')) this.newline = true;
      } else {
        this.put(piece);
      }
    }
  }

  /** Text kept as written (inside `<pre>`): tabs become spaces, tab being the table-row cell separator. */
  addRaw(data: string): void {
    if (data === '') return;
    this.settle(data[0]!);
    const text = data.replace(/\t/g, ' ');
    this.parts.push(text);
    this.last = text[text.length - 1]!;
  }

  /** A block boundary inside a cell: a space, or nothing between CJK characters. */
  softBreak(): void {
    this.space = true;
    this.newline = true;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The text so far, trimmed, and the run reset. */
  take(): string {
    const text = this.parts.join('').trim();
    this.parts = [];
    this.last = '';
    this.space = this.newline = false;
    return text;
  }

  private put(piece: string): void {
    this.settle(piece[0]!);
    this.parts.push(piece);
    this.last = piece[piece.length - 1]!;
  }

  private settle(next: string): void {
    if (this.space && this.parts.length > 0 && !(this.newline && WIDE.test(this.last) && WIDE.test(next))) this.parts.push(' ');
    this.space = this.newline = false;
  }
}
