/**
 * Legacy Word (.doc) reports. LibreOffice converts them to .docx (ahead of time for the whole batch, see
 * `convertDocs`, or here one by one), then the .docx path reads them: merged cells, headings and fields as Word
 * shows them. Our own Word 97 reader checks the result: when the conversion kept fewer table rows than the file
 * has (LibreOffice drops some tables whole), or LibreOffice is missing or fails, the document is read by it instead.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel } from '../model/document.js';
import { IngestError, msg } from '../model/status.js';
import type { Adapter, IngestOptions } from './adapter.js';
import { EncryptedWordError, readWord97, type Word97 } from './doc-binary.js';
import { docxToModel } from './docx.js';
import { htmlToModel } from './html-model.js';
import { convertWithSoffice, findSoffice } from './soffice.js';

export { convertDocs, findSoffice } from './soffice.js';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const note = (code: string, params?: Record<string, string | number>) => JSON.stringify(msg(code, params));

function readBinary(bytes: Buffer): Word97 | null {
  try {
    return readWord97(bytes);
  } catch (error) {
    if (error instanceof EncryptedWordError) throw new IngestError('encrypted', msg('word-encrypted'));
    // Not a Word 97 file we can parse (damaged, RTF or HTML named .doc): LibreOffice may still read it.
    return null;
  }
}

/** The converted .docx for this file: from the batch's conversions, else converted now. */
async function convertedDocx(bytes: Buffer, path: string, options: IngestOptions): Promise<{ docx: Buffer | null; error: string | null }> {
  const ahead = options.converted?.get(path);
  if (ahead) {
    try {
      return { docx: await readFile(ahead), error: null };
    } catch {
      // Removed since: convert again below.
    }
  }
  if (!findSoffice()) return { docx: null, error: null };
  const single = join(options.tmpDir, `doc-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.doc`);
  await writeFile(single, bytes);
  try {
    const conversion = await convertWithSoffice([single], options.tmpDir, { timeoutMs: options.limits.timeoutSeconds * 1000 });
    try {
      const out = conversion.converted.get(single);
      return { docx: out ? await readFile(out) : null, error: out ? null : (conversion.errors[0] ?? 'no output') };
    } finally {
      await rm(conversion.workDir, { recursive: true, force: true });
    }
  } finally {
    await rm(single, { force: true });
  }
}

const tableRowCount = (doc: DocumentModel) => doc.lines.filter((l) => l.kind === 'table-row').length;

export const docAdapter: Adapter = {
  format: 'doc',
  async read(bytes, path, options) {
    if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
    // Word 97 files are OLE compound files; Word and WPS also save RTF under .doc. Anything else is not a report.
    const ole = bytes.subarray(0, 4).equals(OLE_MAGIC);
    if (!ole && !bytes.subarray(0, 5).toString('latin1').startsWith('{\\rtf')) throw new IngestError('unsupported', msg('doc-not-word'));
    const word = ole ? readBinary(bytes) : null;
    const binary = word ? htmlToModel(word.html, { file: path, format: 'doc' }) : null;
    const fromBinary = (reason: string): DocumentModel => {
      if (binary!.lines.length === 0) throw new IngestError('empty', msg('empty-file'));
      binary!.notes.push(note(reason));
      return binary!;
    };
    const { docx, error } = await convertedDocx(bytes, path, options);
    if (docx) {
      let doc: DocumentModel;
      try {
        doc = await docxToModel(docx, path, 'doc', options);
      } catch (failure) {
        if (binary && failure instanceof IngestError) return fromBinary('doc-read-directly-failed');
        throw failure;
      }
      if (binary && tableRowCount(binary) > tableRowCount(doc)) return fromBinary('doc-read-directly-tables');
      doc.notes.push(note('doc-converted'));
      return doc;
    }
    if (binary) return fromBinary(findSoffice() ? 'doc-read-directly-failed' : 'doc-read-directly-no-libreoffice');
    if (!findSoffice()) throw new IngestError('unsupported', msg('doc-needs-libreoffice'));
    throw new IngestError('failed', msg('doc-convert-failed', { detail: error ?? 'no output' }));
  },
};
