/**
 * A streaming XLSX workbook: rows go to a temporary file per sheet as they arrive (or are kept, pre-rendered, when
 * a sheet must be sorted), and the package is zipped at the end. Strings are inline strings, so text that starts
 * with `=` is text, never a formula. Every sheet gets a frozen, styled header row, an autofilter and column
 * widths fitted to its content; sheets longer than Excel's row limit continue on `名称 (2)`, ….
 */
import { mkdtemp, open, rm, rename, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StyleRegistry, type Tone } from './xlsx-styles.js';
import * as X from './xlsx-xml.js';
import { ZipWriter } from './xlsx-zip.js';

export type { Tone };

/** A cell: text, a number (a decimal string is written as printed), or a styled/linked value. */
export type Cell = string | number | null | undefined | StyledCell;
export interface StyledCell {
  text?: string;
  /** A number; as a decimal string it is written digit for digit. */
  num?: number | string;
  fmt?: string;
  tone?: Tone;
  /** A hyperlink target (relative to the workbook). */
  link?: string;
}

export interface ColumnSpec {
  header: string;
  /** Width bounds in characters (a CJK character counts 2). */
  min?: number;
  max?: number;
}

const EXCEL_ROWS = 1_048_576;
const FLUSH_AT = 1 << 18;
const ROW = '\u0001'; // placeholder for the row number in pre-rendered rows; never in escaped text

interface Part {
  path: string;
  fh: FileHandle | null;
  rows: number; // data rows
  links: { ref: string; target: string }[];
}

export class Sheet<K = never> {
  private readonly widths: number[];
  private readonly parts: Part[] = [];
  private buffer = '';
  private readonly kept: { key: K; xml: string; link?: { col: number; target: string } }[] = [];

  constructor(
    readonly name: string,
    readonly columns: ColumnSpec[],
    private readonly book: Workbook,
    readonly freezeCols: number,
    private readonly order?: (a: K, b: K) => number,
    private readonly maxRows = EXCEL_ROWS - 1,
  ) {
    this.widths = columns.map((c) => Math.max(c.min ?? 6, displayWidth(c.header) + 2));
  }

  /** Append a row (streamed to disk), or keep it for sorting when the sheet has an order. */
  async add(cells: Cell[], key?: K): Promise<void> {
    const { xml, link } = renderRow(cells, this.context);
    await this.addRendered(xml, link, key);
  }

  /**
   * Append a row rendered elsewhere (renderRow, in a worker): its styles already resolved against this book's
   * registry, its widths given to fitWidths.
   */
  async addRendered(xml: string, link?: { col: number; target: string }, key?: K): Promise<void> {
    if (this.order) {
      this.kept.push({ key: key as K, xml, ...(link ? { link } : {}) });
      return;
    }
    await this.append(xml, link);
  }

  /** Widen the columns to fit rows rendered elsewhere (each width as renderRow measured it). */
  fitWidths(widths: readonly number[]): void {
    widths.forEach((w, col) => {
      if (w > this.widths[col]!) this.widths[col] = w;
    });
  }

  get rowCount(): number {
    return this.parts.reduce((n, p) => n + p.rows, 0) + this.kept.length;
  }

  private async append(xml: string, link?: { col: number; target: string }): Promise<void> {
    let part = this.parts[this.parts.length - 1];
    if (!part || part.rows >= this.maxRows) {
      await this.flush();
      part = { path: join(await this.book.tempDir(), `sheet-${this.book.nextId()}.xml`), fh: null, rows: 0, links: [] };
      this.parts.push(part);
    }
    const r = ++part.rows + 1;
    if (link) part.links.push({ ref: `${X.columnName(link.col)}${r}`, target: link.target });
    this.buffer += `<row r="${r}">${xml.replaceAll(ROW, String(r))}</row>`;
    if (this.buffer.length > FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const part = this.parts[this.parts.length - 1];
    if (!part || !this.buffer) return;
    part.fh ??= await open(part.path, 'a');
    await part.fh.write(this.buffer);
    this.buffer = '';
  }

  /** Write the sheet parts into the package; returns the entries for workbook.xml. */
  async finish(zip: ZipWriter, first: number, selected: boolean): Promise<X.SheetEntry[]> {
    if (this.order) {
      const order = this.order;
      const kept = this.kept.splice(0).sort((a, b) => order(a.key, b.key));
      for (const row of kept) await this.append(row.xml, row.link);
    }
    await this.flush();
    if (!this.parts.length) this.parts.push({ path: '', fh: null, rows: 0, links: [] });
    const entries: X.SheetEntry[] = [];
    for (const [i, part] of this.parts.entries()) {
      await part.fh?.close();
      const name = i === 0 ? this.name : `${this.name} (${i + 1})`.slice(-31);
      const layout: X.SheetLayout = {
        cols: this.columns.length,
        rows: part.rows + 1,
        widths: this.widths.map((w, c) => Math.min(w, this.columns[c]!.max ?? 60) + 1),
        freezeCols: this.freezeCols,
        selected: selected && i === 0,
      };
      const n = first + entries.length;
      const header = `<row r="1" ht="22" customHeight="1">${renderRow(this.columns.map((c) => ({ text: c.header, tone: 'header' as const })), this.context).xml.replaceAll(ROW, '1')}</row>`;
      const path = part.path;
      await zip.add(`xl/worksheets/sheet${n}.xml`, (async function* () {
        yield X.sheetHead(layout) + header;
        if (path && part.rows) yield* createReadStream(path) as AsyncIterable<Buffer>;
        yield X.sheetTail(layout, part.links);
      })());
      if (part.links.length) await zip.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, X.sheetRels(part.links.map((l) => l.target)));
      entries.push({ name, cols: this.columns.length, rows: part.rows + 1 });
    }
    return entries;
  }

  private readonly context: RowContext = {
    style: (fmt, tone) => {
      const s = this.book.styles.style(fmt, tone);
      return s ? ` s="${s}"` : '';
    },
    fit: (col, width) => {
      if (width + 2 > this.widths[col]!) this.widths[col] = width + 2;
    },
  };
}

/** What rendering a row needs from its sheet: a cell's style attribute, and each cell's width. */
export interface RowContext {
  /** ` s="N"` for a number format and tone, '' for the plain style. */
  style(fmt: string | undefined, tone: Tone | undefined): string;
  fit(col: number, width: number): void;
}

/** A row's cells as SpreadsheetML (row numbers as the ROW placeholder), and its link if a cell has one. */
export function renderRow(cells: Cell[], context: RowContext): { xml: string; link?: { col: number; target: string } } {
  let link: { col: number; target: string } | undefined;
  const xml = cells
    .map((cell, col) => {
      if (cell && typeof cell === 'object' && cell.link) link = { col, target: cell.link };
      return cellXml(cell, col, context);
    })
    .join('');
  return link ? { xml, link } : { xml };
}

function cellXml(cell: Cell, col: number, context: RowContext): string {
  if (cell === null || cell === undefined || cell === '') return '';
  const styled: StyledCell = typeof cell === 'object' ? cell : typeof cell === 'number' ? { num: cell } : { text: cell };
  const ref = `${X.columnName(col)}${ROW}`;
  const attr = context.style(styled.fmt, styled.tone);
  if (styled.num !== undefined && styled.num !== null) {
    const v = String(styled.num).replace(/^\+/, '');
    context.fit(col, approxNumberWidth(v, styled.fmt));
    return `<c r="${ref}"${attr}><v>${v}</v></c>`;
  }
  const text = styled.text ?? '';
  if (!text) return attr ? `<c r="${ref}"${attr}/>` : '';
  context.fit(col, displayWidth(text));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${attr} t="inlineStr"><is><t${space}>${X.cellText(text)}</t></is></c>`;
}

export class Workbook {
  readonly styles: StyleRegistry;
  private readonly sheets: Sheet<any>[] = [];
  private dir: string | null = null;
  private counter = 0;

  constructor(fontName: string) {
    this.styles = new StyleRegistry(fontName);
  }

  sheet<K = never>(name: string, columns: ColumnSpec[], options: { freezeCols?: number; order?: (a: K, b: K) => number; maxRows?: number } = {}): Sheet<K> {
    const sheet = new Sheet<K>(name, columns, this, options.freezeCols ?? 0, options.order, options.maxRows);
    this.sheets.push(sheet);
    return sheet;
  }

  async tempDir(): Promise<string> {
    this.dir ??= await mkdtemp(join(tmpdir(), 'jixiao-xlsx-'));
    return this.dir;
  }

  nextId(): number {
    return ++this.counter;
  }

  /** Write the workbook to `path` (through a temporary file, so a failed run leaves no half-written book). */
  async save(path: string, title: string, created = new Date()): Promise<void> {
    const partial = `${path}.partial`;
    let zip: ZipWriter | null = null;
    try {
      zip = await ZipWriter.create(partial, created);
      const entries: X.SheetEntry[] = [];
      for (const [i, sheet] of this.sheets.entries()) entries.push(...(await sheet.finish(zip, entries.length + 1, i === 0)));
      await zip.add('[Content_Types].xml', X.contentTypes(entries.length));
      await zip.add('_rels/.rels', X.rootRels());
      await zip.add('docProps/core.xml', X.coreProps(title, created));
      await zip.add('docProps/app.xml', X.appProps());
      await zip.add('xl/workbook.xml', X.workbookXml(entries));
      await zip.add('xl/_rels/workbook.xml.rels', X.workbookRels(entries.length));
      await zip.add('xl/styles.xml', this.styles.xml());
      await zip.close();
      await rename(partial, path);
    } catch (err) {
      await zip?.abort();
      await rm(partial, { force: true });
      throw err;
    } finally {
      await this.dispose();
    }
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}

/** Width in Excel character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  const line = text.length > 400 ? text.slice(0, 400) : text;
  for (const ch of line.split('\n')[0] ?? '') {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

function approxNumberWidth(v: string, fmt: string | undefined): number {
  const [int = '', frac = ''] = v.replace('-', '').split('.');
  const decimals = fmt ? (fmt.split('.')[1]?.match(/0/g)?.length ?? 0) : frac.length;
  const commas = fmt?.includes(',') ? Math.floor((int.length - 1) / 3) : 0;
  return int.length + commas + (decimals ? decimals + 1 : 0) + (v.startsWith('-') ? 1 : 0) + (fmt?.includes('%') ? 1 : 0);
}
