import type { DocumentModel, Format } from '../model/document.js';

/** Per-file resource limits; a breach is reported as a status, never a crash. */
export interface Limits {
  /** Largest input file read, bytes. */
  maxInputBytes: number;
  /** Largest total uncompressed size of a .docx/.xlsx zip, bytes. */
  maxUnzippedBytes: number;
  /** Largest uncompressed/compressed ratio of any zip entry. */
  maxZipRatio: number;
  /** Most pages read from one PDF. */
  maxPages: number;
  /** Most facts kept for one report. */
  maxFacts: number;
  /** Seconds one file may take. */
  timeoutSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxInputBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 300 * 1024 * 1024,
  maxZipRatio: 200,
  maxPages: 2000,
  maxFacts: 20_000,
  timeoutSeconds: 120,
};

export interface IngestOptions {
  limits: Limits;
  /** `auto`: OCR pages without a usable text layer when an engine is installed; `off`: never. */
  ocr: 'auto' | 'off';
  /** Folder for temporary files (conversions, page images). */
  tmpDir: string;
  /**
   * Conversions made ahead for the whole batch (one LibreOffice call for many .doc files is far faster than one
   * per file): original path → converted file path.
   */
  converted?: ReadonlyMap<string, string>;
}

/** One format adapter. Throws `IngestError` for bad input (corrupt, encrypted, empty …); other throws are bugs. */
export interface Adapter {
  format: Format;
  read(bytes: Buffer, path: string, options: IngestOptions): Promise<DocumentModel>;
}
