/**
 * PDF adapter: text-layer PDFs, with OCR for the pages that have no usable text layer. Pages are read
 * (read.ts), unreadable ones OCR'd or skipped (recover.ts), each page laid out into lines and table pieces
 * (layout.ts) and the pages assembled into the document model (assemble.ts).
 */
import type { DocumentModel } from '../../model/document.js';
import { IngestError, msg } from '../../model/status.js';
import type { Adapter } from '../adapter.js';
import { assemble } from './assemble.js';
import { layoutPage, type PageLayout } from './layout.js';
import { note, pageList } from './notes.js';
import { readDocument } from './read.js';
import { recoverPages } from './recover.js';

export const pdfAdapter: Adapter = {
  format: 'pdf',
  async read(bytes, path, options) {
    const { pageCount, pages, failure } = await readDocument(bytes, options.limits);
    const failed = pages.flatMap((p, i) => (p === null ? [i + 1] : []));
    const recovered = await recoverPages(bytes, pages, options);
    const notes = failed.length ? [note('pdf-pages-failed', { pages: pageList(failed), detail: failure }), ...recovered.notes] : recovered.notes;

    const layouts: PageLayout[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const input = recovered.inputs.get(n) ?? { page: n, width: 0, height: 0, items: [], rules: null, ocr: false };
      const layout = layoutPage(input);
      // Rotated stamps and vertical text: kept for provenance, outside the reading flow.
      if (!input.ocr) {
        for (const it of pages[n - 1]?.skewed ?? []) layout.lines.push({ text: it.str, y: it.y, x: it.x, fontSize: it.fontSize, kind: 'running' });
      }
      layouts.push(layout);
    }
    const { lines, tables, blocks } = assemble(layouts);
    if (!lines.some((l) => l.text.trim() !== '' && l.kind !== 'running')) throw new IngestError('empty', msg('empty-file'));
    const model: DocumentModel = { file: path, format: 'pdf', pageCount, lines, blocks, tables, ocr: recovered.ocr, notes };
    return model;
  },
};
