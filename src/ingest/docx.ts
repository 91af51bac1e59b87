/**
 * Word .docx reports. The zip is checked against bombs before mammoth inflates it; mammoth turns the document
 * into HTML with real tables (colspan/rowspan from gridSpan/vMerge, thead for repeated header rows), and the HTML
 * goes through the same model code as web pages. Footnotes, endnotes, comments and images are left out: they are
 * not the report's figures, and a note's "[1]" would otherwise stick to the number it follows.
 */
import mammoth from 'mammoth';
import type { DocumentModel, Format } from '../model/document.js';
import { IngestError, msg } from '../model/status.js';
import type { Adapter, IngestOptions } from './adapter.js';
import { htmlToModel } from './html-model.js';
import { assertSafeZip } from './zip-guard.js';

interface MammothElement {
  type: string;
  children?: MammothElement[];
}

const NOTE_REFERENCES = new Set(['noteReference', 'commentReference']);

/** Remove note and comment references; mammoth then renders no notes list either. Iterative: bodies nest. */
function dropNoteReferences(document: MammothElement): MammothElement {
  const stack = [document];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (!element.children) continue;
    element.children = element.children.filter((c) => !NOTE_REFERENCES.has(c.type));
    for (const child of element.children) stack.push(child);
  }
  return document;
}

// Chinese Word and WPS name custom heading styles 标题 N; built-in ones are matched by mammoth's defaults.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题${n}'] => h${n}:fresh`),
];

const MAMMOTH_OPTIONS = {
  styleMap: STYLE_MAP,
  includeEmbeddedStyleMap: false,
  // Never read linked files from this machine because a document asks to.
  externalFileAccess: false,
  // Images carry no text we read; not decoding them saves time and memory.
  convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  transformDocument: dropNoteReferences,
};

function detail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}

/** Read .docx bytes into the model; `format` is 'doc' when the bytes are a converted .doc. */
export async function docxToModel(bytes: Buffer, path: string, format: Format, options: IngestOptions): Promise<DocumentModel> {
  if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
  assertSafeZip(bytes, options.limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, MAMMOTH_OPTIONS)).value;
  } catch (error) {
    throw new IngestError('failed', msg('docx-unreadable', { detail: detail(error) }));
  }
  const doc = htmlToModel(html, { file: path, format });
  if (doc.lines.length === 0) throw new IngestError('empty', msg('empty-file'));
  return doc;
}

export const docxAdapter: Adapter = {
  format: 'docx',
  read: (bytes, path, options) => docxToModel(bytes, path, 'docx', options),
};
