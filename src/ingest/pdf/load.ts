/**
 * A PDF opened in PDFium, read a page at a time in page space: rotation applied, origin bottom-left, the view
 * box being the crop box within the media box (the same space as OCR items, see geometry.ts).
 */
import { multiply, type Matrix } from './geometry.js';
import { FPDF_ERR, PAGEOBJ, isTrap, pdfium, release, type Pdfium } from './pdfium.js';

/** Why a file could not be opened. */
export class PdfOpenError extends Error {
  constructor(readonly code: number) {
    super(
      code === FPDF_ERR.PASSWORD
        ? 'password required'
        : code === FPDF_ERR.SECURITY
          ? 'unsupported security handler'
          : code === FPDF_ERR.FILE
            ? 'file could not be read'
            : 'not a PDF file or damaged beyond repair',
    );
  }

  get encrypted(): boolean {
    return this.code === FPDF_ERR.PASSWORD || this.code === FPDF_ERR.SECURITY;
  }
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A page object with the matrix from its holder's space (page or enclosing form) to page space. */
export interface Placed {
  obj: number;
  type: number;
  /** Holder space → page space. */
  outer: Matrix;
}

export class PdfPage {
  /** User space → page space. */
  readonly toPage: Matrix;
  readonly width: number;
  readonly height: number;

  constructor(
    readonly engine: Pdfium,
    readonly handle: number,
    /** Advance widths (font sizes) by font and character, shared by the pages of a document. */
    readonly advances: Map<number, number>,
  ) {
    const { x } = engine;
    // FS_RECTF {left, top, right, bottom}
    if (!x.FPDF_GetPageBoundingBox(handle, engine.scratch)) throw new Error('page has no media box');
    const [l, t, r, b] = [engine.float(0), engine.float(1), engine.float(2), engine.float(3)];
    const [left, right, bottom, top] = [Math.min(l, r), Math.max(l, r), Math.min(t, b), Math.max(t, b)];
    const quarterTurns = ((x.FPDFPage_GetRotation(handle) % 4) + 4) % 4;
    // Displayed page, y up: each quarter turn clockwise moves the old left edge to the top.
    const turns: Matrix[] = [
      [1, 0, 0, 1, -left, -bottom],
      [0, -1, 1, 0, -bottom, right],
      [-1, 0, 0, -1, right, top],
      [0, 1, -1, 0, top, -left],
    ];
    this.toPage = turns[quarterTurns]!;
    const [w, h] = [right - left, top - bottom];
    [this.width, this.height] = quarterTurns % 2 ? [h, w] : [w, h];
  }

  /** The matrix PDFium reports for an object (its own space → its holder's), identity when it has none. */
  matrixOf(obj: number): Matrix {
    const e = this.engine;
    if (!e.x.FPDFPageObj_GetMatrix(obj, e.scratch)) return [1, 0, 0, 1, 0, 0];
    return [e.float(0), e.float(1), e.float(2), e.float(3), e.float(4), e.float(5)];
  }

  /**
   * Every object of the page in content order, those inside form XObjects too, each list of siblings (the page,
   * a form) handed to `visit` as one holder.
   */
  holders(visit: (objects: Placed[]) => void): void {
    const { x } = this.engine;
    const walk = (count: number, get: (i: number) => number, outer: Matrix) => {
      const objects: Placed[] = [];
      for (let i = 0; i < count; i++) {
        const obj = get(i);
        objects.push({ obj, type: x.FPDFPageObj_GetType(obj), outer });
      }
      visit(objects);
      for (const o of objects) {
        if (o.type !== PAGEOBJ.FORM) continue;
        walk(x.FPDFFormObj_CountObjects(o.obj), (i) => x.FPDFFormObj_GetObject(o.obj, i), multiply(outer, this.matrixOf(o.obj)));
      }
    };
    walk(x.FPDFPage_CountObjects(this.handle), (i) => x.FPDFPage_GetObject(this.handle, i), this.toPage);
  }
}

export class PdfDocument {
  private closed = false;
  private trapped = false;
  private readonly advances = new Map<number, number>();

  private constructor(
    private readonly engine: Pdfium,
    private readonly handle: number,
    private readonly data: number,
    readonly numPages: number,
  ) {}

  /** Throws PdfOpenError when PDFium cannot open the bytes. */
  static async open(bytes: Uint8Array): Promise<PdfDocument> {
    const engine = await pdfium();
    let data = 0;
    let handle = 0;
    try {
      // PDFium reads the document from this copy for as long as it is open.
      data = engine.copyIn(bytes);
      handle = engine.x.FPDF_LoadMemDocument(data, bytes.length, 0);
    } catch (e) {
      release(engine, isTrap(e));
      throw e;
    }
    if (!handle) {
      const code = engine.x.FPDF_GetLastError();
      engine.x.free(data);
      release(engine, false);
      throw new PdfOpenError(code);
    }
    return new PdfDocument(engine, handle, data, engine.x.FPDF_GetPageCount(handle));
  }

  /** Run `read` on page n (1-based) and release the page. A trap marks the engine for replacement. */
  withPage<T>(n: number, read: (page: PdfPage) => T): T {
    const handle = this.guard(() => this.engine.x.FPDF_LoadPage(this.handle, n - 1));
    if (!handle) throw new Error(`page ${n} could not be parsed`);
    try {
      return this.guard(() => read(new PdfPage(this.engine, handle, this.advances)));
    } finally {
      if (!this.trapped) this.engine.x.FPDF_ClosePage(handle);
    }
  }

  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (isTrap(e)) this.trapped = true;
      throw e;
    }
  }

  /** After a trap nothing more can be read from this document. */
  get failed(): boolean {
    return this.trapped;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.trapped) {
      this.engine.x.FPDF_CloseDocument(this.handle);
      this.engine.x.free(this.data);
    }
    release(this.engine, this.trapped);
  }
}
