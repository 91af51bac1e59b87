/**
 * PDFium compiled to WebAssembly (the `pdfium.wasm` shipped inside @embedpdf/pdfium: nothing is fetched), one
 * instance per thread, started on first use. The functions are called straight on the module's exports, not
 * through the package's `cwrap` wrappers, because text extraction makes several calls per character and the
 * wrappers cost more than the calls. Results that PDFium writes through pointers are read from a scratch area.
 *
 * A trap inside PDFium (abort, out-of-bounds access on a hostile file) leaves the instance in an unknown state,
 * and its memory never shrinks once grown: in either case the instance is dropped and the next document starts a
 * fresh one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The exports used here; pointers and handles are numbers (wasm32). */
export interface PdfiumExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetPageBoundingBox(page: number, rect: number): number;
  FPDFPage_GetRotation(page: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_HasUnicodeMapError(text: number, index: number): number;
  FPDFText_IsHyphen(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFTextObj_GetFont(textObject: number): number;
  FPDFTextObj_GetFontSize(textObject: number, size: number): number;
  FPDFFont_GetGlyphWidth(font: number, unicode: number, fontSize: number, width: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, index: number): number;
  FPDFPageObj_GetType(obj: number): number;
  FPDFPageObj_GetMatrix(obj: number, matrix: number): number;
  FPDFPageObj_GetBounds(obj: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
}

/** FPDF_GetLastError codes (fpdfview.h). */
export const FPDF_ERR = { UNKNOWN: 1, FILE: 2, FORMAT: 3, PASSWORD: 4, SECURITY: 5, PAGE: 6 } as const;
/** FPDFPageObj_GetType (fpdf_edit.h). */
export const PAGEOBJ = { TEXT: 1, PATH: 2, IMAGE: 3, SHADING: 4, FORM: 5 } as const;
/** FPDFPathSegment_GetType (fpdf_edit.h). */
export const SEGMENT = { LINETO: 0, BEZIERTO: 1, MOVETO: 2 } as const;

/** Past this much linear memory after a document (MB) the instance is dropped so the memory can be returned. */
const MAX_RETAINED_MB = 192;
/** Bytes of scratch space for out-parameters. */
const SCRATCH = 256;

export class Pdfium {
  private f32: Float32Array;
  private f64: Float64Array;
  private i32: Int32Array;
  readonly scratch: number;

  constructor(readonly x: PdfiumExports) {
    this.scratch = x.malloc(SCRATCH);
    this.f32 = new Float32Array(x.memory.buffer);
    this.f64 = new Float64Array(x.memory.buffer);
    this.i32 = new Int32Array(x.memory.buffer);
  }

  /**
   * Views over the current memory: PDFium may have grown (and so replaced) the buffer since the last call. Growing
   * detaches the old buffer, which empties the views over it: testing that is a field read, where reading
   * `memory.buffer` (an accessor into the engine) on every call, several per character, was not.
   */
  private views(): void {
    if (this.f32.length === 0) {
      this.f32 = new Float32Array(this.x.memory.buffer);
      this.f64 = new Float64Array(this.x.memory.buffer);
      this.i32 = new Int32Array(this.x.memory.buffer);
    }
  }

  /** The float at scratch slot `i` (4-byte slots). */
  float(i: number): number {
    this.views();
    return this.f32[(this.scratch >> 2) + i]!;
  }

  /** The double at scratch slot `i` (8-byte slots). */
  double(i: number): number {
    this.views();
    return this.f64[(this.scratch >> 3) + i]!;
  }

  int(i: number): number {
    this.views();
    return this.i32[(this.scratch >> 2) + i]!;
  }

  /** Copy bytes into PDFium's memory; the caller frees the pointer. */
  copyIn(bytes: Uint8Array): number {
    const ptr = this.x.malloc(bytes.length);
    if (!ptr) throw new Error(`PDFium could not allocate ${bytes.length} bytes`);
    new Uint8Array(this.x.memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  }

  get memoryMb(): number {
    return this.x.memory.buffer.byteLength / 1048576;
  }
}

let instance: Promise<Pdfium> | null = null;
let compiled: WebAssembly.Module | null = null;

function wasmBytes(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
}

/**
 * PDFium's module compiled once for the process: the batch compiles it on the main thread and hands it to every
 * worker, so the workers share one copy of the machine code, and the functions one worker has compiled (V8
 * compiles a function of a module on its first call, and the hot ones again optimised) are ready for the others
 * and for the threads that replace them.
 */
export function compilePdfium(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(new Uint8Array(wasmBytes()));
}

/** Use a module compiled elsewhere (by the batch's main thread) for the instances of this thread. */
export function usePdfiumModule(module: WebAssembly.Module): void {
  compiled = module;
}

async function start(): Promise<Pdfium> {
  const { init } = await import('@embedpdf/pdfium');
  // PDFium's own diagnostics (damaged objects it repairs) would interleave with the progress output.
  const quiet = () => undefined;
  const shared = compiled;
  // Emscripten waits for `receive` for ever: a failed instantiation must end the start some other way.
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const load = shared
    ? {
        instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
          WebAssembly.instantiate(shared, imports).then((instance) => receive(instance, shared), failed);
          return {};
        },
      }
    : { wasmBinary: wasmBytes() };
  const module = await Promise.race([init({ ...load, print: quiet, printErr: quiet } as Parameters<typeof init>[0]), failure]);
  module.PDFiumExt_Init();
  return new Pdfium(module.pdfium.wasmExports as unknown as PdfiumExports);
}

export function pdfium(): Promise<Pdfium> {
  if (!instance) {
    const starting = start();
    instance = starting;
    // A failed start (unreadable package) is retried by the next document.
    starting.catch(() => {
      if (instance === starting) instance = null;
    });
  }
  return instance;
}

/** Forget the instance after a trap, or when it holds more memory than a thread should keep. */
export function release(engine: Pdfium, trapped: boolean): void {
  if (trapped || engine.memoryMb > MAX_RETAINED_MB) instance = null;
}

/** A trap of the WebAssembly code (as opposed to an error this module threw). */
export function isTrap(e: unknown): boolean {
  return e instanceof WebAssembly.RuntimeError || (e instanceof Error && /^Aborted\(/.test(e.message));
}
