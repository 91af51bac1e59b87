/**
 * pdf.js, loaded once per process and opened with the options Chinese PDFs need (research note §4): packed
 * CMaps for non-embedded CID fonts, standard font data, no eval, no font faces, no network. Maps pdf.js items
 * and operator lists into page space (rotation applied, origin bottom-left).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { multiply, type Matrix, type PositionedItem } from './geometry.js';
import { readGraphics, type OpCodes, type OperatorList, type PageGraphics } from './rules.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loading: Promise<{ pdfjs: PdfJs; pkgDir: string; codes: OpCodes }> | null = null;

/**
 * The legacy build's core-js replaces Array.prototype.push process-wide with a JavaScript version (V8 fails its
 * check for arrays longer than 2^53 elements, which never occur here). It cost 10–15% of the CPU time of
 * reading the corpus PDFs and slows every other module once pdf.js is loaded; put the native method back (the
 * main bundle installs it on import, the worker bundle when the first document opens).
 */
const nativePush = Array.prototype.push;
const isNative = Function.prototype.toString.call(nativePush).includes('[native code]');
function restoreNativePush(): void {
  if (isNative && Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
}

function pdfjsModule(): Promise<{ pdfjs: PdfJs; pkgDir: string; codes: OpCodes }> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('pdfjs-dist/package.json'));
    const pdfjs = (await import(pathToFileURL(join(pkgDir, 'legacy/build/pdf.mjs')).href)) as PdfJs;
    restoreNativePush();
    const o = pdfjs.OPS as Record<string, number>;
    const code = (name: string) => {
      const v = o[name];
      if (v === undefined) throw new Error(`pdf.js OPS.${name} missing: pdfjs-dist version changed`);
      return v;
    };
    const codes: OpCodes = {
      save: code('save'),
      restore: code('restore'),
      transform: code('transform'),
      constructPath: code('constructPath'),
      paintFormXObjectBegin: code('paintFormXObjectBegin'),
      paintFormXObjectEnd: code('paintFormXObjectEnd'),
      stroke: code('stroke'),
      closeStroke: code('closeStroke'),
      fill: code('fill'),
      eoFill: code('eoFill'),
      fillStroke: code('fillStroke'),
      eoFillStroke: code('eoFillStroke'),
      closeFillStroke: code('closeFillStroke'),
      closeEOFillStroke: code('closeEOFillStroke'),
      paintImageXObject: code('paintImageXObject'),
      paintInlineImageXObject: code('paintInlineImageXObject'),
      paintImageMaskXObject: code('paintImageMaskXObject'),
      paintImageXObjectRepeat: code('paintImageXObjectRepeat'),
      paintInlineImageXObjectGroup: code('paintInlineImageXObjectGroup'),
      paintImageMaskXObjectGroup: code('paintImageMaskXObjectGroup'),
    };
    return { pdfjs, pkgDir, codes };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export async function openPdf(bytes: Buffer): Promise<PdfDocument> {
  const { pdfjs, pkgDir } = await pdfjsModule();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy, the caller keeps the bytes.
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);
  const task = pdfjs.getDocument({
    data,
    cMapUrl: `${pkgDir}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pkgDir}/standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    restoreNativePush();
    return doc;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw e;
  }
}

export interface PageContent {
  width: number;
  height: number;
  items: PositionedItem[];
  /** Text that is not horizontal in page space (stamps, vertical text): kept apart, read as its own lines. */
  skewed: PositionedItem[];
  /** User space → page space. */
  toPage: Matrix;
}


export async function readText(page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  // Viewport space has y down; flip it so page space has the origin bottom-left like PDF user space.
  const toPage = multiply([1, 0, 0, -1, 0, viewport.height], viewport.transform as Matrix);
  const content = await page.getTextContent({ includeMarkedContent: false });
  const items: PositionedItem[] = [];
  const skewed: PositionedItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    const m = multiply(toPage, raw.transform as Matrix);
    const fontSize = Math.hypot(m[2], m[3]);
    const item: PositionedItem = { str: repairRadicals(raw.str), x: m[4], y: m[5], width: raw.width, height: raw.height, fontSize };
    const scaleX = Math.hypot(m[0], m[1]);
    if (scaleX > 0 && Math.abs(m[1]) <= 0.01 * scaleX && m[0] > 0) items.push(item);
    else skewed.push(item);
  }
  return { width: viewport.width, height: viewport.height, items, skewed, toPage };
}

const RADICALS = /[\u2f00-\u2fd5\uf900-\ufad9]/g;

/**
 * Fonts of Word/WPS exports often map ideographs to their look-alike Kangxi radicals (⽬标 for 目标) or CJK
 * compatibility ideographs: NFKC gives the ideograph back. Only one-for-one replacements, so offsets hold.
 */
export function repairRadicals(s: string): string {
  return s.replace(RADICALS, (ch) => {
    const n = ch.normalize('NFKC');
    return n.length === 1 ? n : ch;
  });
}

export async function readGraphicsOf(page: PdfPage, toPage: Matrix): Promise<PageGraphics> {
  const { pdfjs, codes } = await pdfjsModule();
  const ops = (await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })) as OperatorList;
  return readGraphics(ops, codes, toPage);
}

