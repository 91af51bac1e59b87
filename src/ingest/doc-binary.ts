/**
 * A minimal Word 97–2003 (.doc) reader ([MS-DOC]): the main text from the piece table, paragraphs, headings
 * (built-in heading styles or an outline level) and table rows from the paragraph properties (in-table and
 * row-end marks). No merged cells, no lists' numbers, no text boxes.
 *
 * Why, with LibreOffice at hand: LibreOffice's Word 97 import drops whole tables of some files (the score table
 * of corpus 002.doc comes back as one paragraph of run-together cells), and a dropped table loses every figure in
 * it. This reader is the check and the fallback; it also reads .doc where LibreOffice is not installed.
 * The output is HTML so the one HTML → model path builds lines and tables.
 */
import * as XLSX from 'xlsx';

interface CfbEntry {
  name: string;
  content: Uint8Array | number[];
}
interface CfbContainer {
  FileIndex: CfbEntry[];
}
const CFB = XLSX.CFB as {
  read(data: Buffer, options: { type: 'buffer' }): CfbContainer;
  find(cfb: CfbContainer, path: string): CfbEntry | null;
};

export class EncryptedWordError extends Error {}

export interface Word97 {
  /** The document as HTML: paragraphs, headings (h1–h6) and tables, text escaped. */
  html: string;
}

interface ParaProps {
  inTable: boolean;
  rowEnd: boolean;
  /** Ends an inner (nested) cell or row: flattened into the outer cell. */
  inner: boolean;
  istd: number;
  outline: number | null;
}

const DEFAULT_PROPS: ParaProps = { inTable: false, rowEnd: false, inner: false, istd: 0, outline: null };

interface PapxRun {
  fcStart: number;
  fcEnd: number;
  props: ParaProps;
}

function stream(cfb: CfbContainer, name: string): Buffer | null {
  const entry = CFB.find(cfb, name);
  return entry ? Buffer.from(entry.content as Uint8Array) : null;
}

/** Operand size of a sprm at `at` (the operand starts at at + 2). */
function sprmSize(buf: Buffer, at: number, sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable carries a 2-byte size (plus one); other variable sprms a 1-byte size.
      if (sprm === 0xd608) return 2 + buf.readUInt16LE(at + 2) - 1;
      return 1 + buf[at + 2]!;
  }
}

function applySprms(buf: Buffer, start: number, end: number, props: ParaProps, data: Buffer | null): void {
  let at = start;
  while (at + 2 <= end) {
    const sprm = buf.readUInt16LE(at);
    const size = sprmSize(buf, at, sprm);
    if (at + 2 + size > end) break;
    const operand = buf[at + 2] ?? 0;
    if (sprm === 0x2416) props.inTable = operand !== 0;
    else if (sprm === 0x2417) props.rowEnd = operand !== 0;
    else if (sprm === 0x244b || sprm === 0x244c) props.inner = props.inner || operand !== 0;
    else if (sprm === 0x2640) props.outline = operand < 9 ? operand : null;
    else if (sprm === 0x6646 && data) {
      // sprmPHugePapx: properties too big for the page (row-end marks with their table definition) live in Data.
      const offset = buf.readUInt32LE(at + 2);
      if (offset + 2 <= data.length) applySprms(data, offset + 2, Math.min(data.length, offset + 2 + data.readUInt16LE(offset)), props, null);
    }
    at += 2 + size;
  }
}

function parseGrpprl(buf: Buffer, start: number, end: number, data: Buffer | null): ParaProps {
  const props: ParaProps = { ...DEFAULT_PROPS, istd: end - start >= 2 ? buf.readUInt16LE(start) : 0 };
  applySprms(buf, start + 2, end, props, data);
  return props;
}

/** Paragraph property runs by stream offset, from the PAPX bin table and its 512-byte FKP pages. */
function papxRuns(wd: Buffer, table: Buffer, data: Buffer | null): PapxRun[] {
  const fc = wd.readUInt32LE(0x102);
  const lcb = wd.readUInt32LE(0x106);
  if (lcb < 8 || fc + lcb > table.length) return [];
  const n = (lcb - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > wd.length) continue;
    const crun = wd[page + 511]!;
    for (let j = 0; j < crun; j++) {
      const fcStart = wd.readUInt32LE(page + j * 4);
      const fcEnd = wd.readUInt32LE(page + (j + 1) * 4);
      const bOffset = wd[page + (crun + 1) * 4 + j * 13]!;
      let props = DEFAULT_PROPS;
      if (bOffset !== 0) {
        const at = page + bOffset * 2;
        const cb = wd[at]!;
        const [start, size] = cb === 0 ? [at + 2, 2 * wd[at + 1]!] : [at + 1, 2 * cb - 1];
        props = parseGrpprl(wd, start, Math.min(start + size, page + 511), data);
      }
      runs.push({ fcStart, fcEnd, props });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function propsAt(runs: PapxRun[], fc: number): ParaProps {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.fcStart) hi = mid - 1;
    else if (fc >= run.fcEnd) lo = mid + 1;
    else return run.props;
  }
  return DEFAULT_PROPS;
}

/** Heading level (1–9) per style index: built-in heading styles have sti 1–9. */
function headingStyles(wd: Buffer, table: Buffer): Map<number, number> {
  const levels = new Map<number, number>();
  const fc = wd.readUInt32LE(0xa2);
  const lcb = wd.readUInt32LE(0xa6);
  if (lcb < 4 || fc + lcb > table.length) return levels;
  const cbStshi = table.readUInt16LE(fc);
  const cstd = table.readUInt16LE(fc + 2);
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < cstd && at + 2 <= fc + lcb; istd++) {
    const cbStd = table.readUInt16LE(at);
    if (cbStd >= 2) {
      const sti = table.readUInt16LE(at + 2) & 0x0fff;
      if (sti >= 1 && sti <= 9) levels.set(istd, sti);
    }
    at += 2 + cbStd;
  }
  return levels;
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

function pieces(wd: Buffer, table: Buffer): Piece[] {
  const fcClx = wd.readUInt32LE(0x1a2);
  const lcbClx = wd.readUInt32LE(0x1a6);
  let at = fcClx;
  const end = fcClx + lcbClx;
  if (end > table.length) throw new Error('piece table out of range');
  while (at < end && table[at] === 1) at += 3 + table.readUInt16LE(at + 1);
  if (table[at] !== 2) throw new Error('no piece table');
  const lcb = table.readUInt32LE(at + 1);
  at += 5;
  const n = (lcb - 4) / 12;
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const value = table.readUInt32LE(at + (n + 1) * 4 + i * 8 + 2);
    const compressed = (value & 0x40000000) !== 0;
    const raw = value & 0x3fffffff;
    out.push({ cpStart: table.readInt32LE(at + i * 4), cpEnd: table.readInt32LE(at + (i + 1) * 4), fc: compressed ? raw / 2 : raw, compressed });
  }
  return out;
}

/** Paragraph text as HTML; manual line breaks stay breaks. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
const CP1252 = new TextDecoder('windows-1252');

/** Read a Word 97–2003 binary. Returns null when the bytes are not one (Word 6/95, no WordDocument stream). */
export function readWord97(bytes: Buffer): Word97 | null {
  const cfb = CFB.read(bytes, { type: 'buffer' });
  if (CFB.find(cfb, 'EncryptedPackage') || CFB.find(cfb, 'EncryptionInfo')) throw new EncryptedWordError();
  const wd = stream(cfb, 'WordDocument');
  if (!wd || wd.length < 0x1aa || wd.readUInt16LE(0) !== 0xa5ec) return null;
  const flags = wd.readUInt16LE(0x0a);
  if (flags & 0x0100) throw new EncryptedWordError();
  if (wd.readUInt16LE(2) < 193) return null;
  const table = stream(cfb, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return null;
  const ccpText = wd.readInt32LE(0x4c);
  const runs = papxRuns(wd, table, stream(cfb, 'Data'));
  const headings = headingStyles(wd, table);
  const html: string[] = [];
  let para = '';
  let cell: string[] = [];
  let row: string[] = [];
  let rows: string[][] = [];
  // Field codes (between 0x13 and 0x14) are hidden, results (0x14 to 0x15) shown; fields nest.
  const fields: boolean[] = [];
  let hidden = 0;
  const closeTable = () => {
    if (rows.length === 0 && row.length === 0) return;
    if (row.length) rows.push(row);
    html.push('<table>');
    for (const r of rows) html.push(`<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    html.push('</table>');
    rows = [];
    row = [];
  };
  let done = 0;
  for (const piece of pieces(wd, table)) {
    const end = Math.min(piece.cpEnd, ccpText);
    // Pieces cover the text in order; overlapping ones (a damaged or hostile file) would repeat it without bound.
    if (piece.cpStart < done || piece.cpStart >= end) continue;
    done = end;
    const width = piece.compressed ? 1 : 2;
    const chunk = wd.subarray(piece.fc, piece.fc + (end - piece.cpStart) * width);
    const text = piece.compressed ? CP1252.decode(chunk) : chunk.toString('utf16le');
    for (let k = 0; k < text.length; k++) {
      const ch = text[k]!;
      const code = ch.charCodeAt(0);
      if (code === 0x13) {
        fields.push(false);
        hidden++;
      } else if (code === 0x14) {
        if (fields.length > 0 && !fields[fields.length - 1]) {
          fields[fields.length - 1] = true;
          hidden--;
        }
      } else if (code === 0x15) {
        if (fields.length > 0 && !fields.pop()) hidden--;
      } else if (hidden > 0) continue;
      else if (code === 0x0d || code === 0x07) {
        const props = runs.length ? propsAt(runs, piece.fc + k * width) : { ...DEFAULT_PROPS, inTable: code === 0x07 };
        if (code === 0x07 && (props.rowEnd || (runs.length === 0 && para === '' && cell.length === 0 && row.length > 0))) {
          rows.push(row);
          row = [];
        } else if (code === 0x07) {
          cell.push(para);
          row.push(cell.map((p) => `<p>${escapeHtml(p)}</p>`).join(''));
          cell = [];
        } else if (props.inTable || props.inner) {
          cell.push(para);
        } else {
          closeTable();
          const level = props.outline !== null ? props.outline + 1 : headings.get(props.istd);
          const tag = level ? `h${Math.min(level, 6)}` : 'p';
          html.push(`<${tag}>${escapeHtml(para)}</${tag}>`);
        }
        para = '';
      } else if (code === 0x0b || code === 0x0c) para += '\n';
      else if (code === 0x1e) para += '-';
      else if (code >= 0x20 || code === 0x09) para += ch;
    }
  }
  closeTable();
  if (para) html.push(`<p>${escapeHtml(para)}</p>`);
  return { html: html.join('\n') };
}
