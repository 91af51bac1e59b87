/**
 * HTML → document model, for web pages and for Word documents converted to HTML. Block elements become lines in
 * reading order (h1–h6 as headings); a data table becomes a Table whose every row is one synthetic line, cells
 * joined by a tab, each cell holding a span into that line. Tables that only lay out the page (one cell, or cells
 * holding other tables, as on many government sites) are read as text so the tables inside them stay tables.
 */
import type { Block, DocumentModel, Format, Line, Table } from '../model/document.js';
import { msg } from '../model/status.js';
import { buildTable, type RawCell } from '../text/table-grid.js';
import { documentBlocks } from '../text/paragraphs.js';
import { findCaption } from '../text/captions.js';
import { BLOCK, HEADING, isDropped, parseHtml, type DomNode } from './html-dom.js';
import { MAX_DEPTH } from './html-depth.js';
import { readTable, type HtmlTable } from './html-table.js';
import { TextRun } from './html-text.js';

export interface HtmlModelOptions {
  file: string;
  format: Format;
  encoding?: string;
}

const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp']);

interface Frame {
  node: DomNode;
  exit: boolean;
}

/** Tables that contain other tables: page layout. One pass, so nesting depth never multiplies the cost. */
function tablesWithInnerTables(root: DomNode): Set<DomNode> {
  const outer = new Set<DomNode>();
  // Parallel stacks (node, nearest table above it): no allocation per node on big pages.
  const nodes: DomNode[] = [root];
  const tables: Array<DomNode | null> = [null];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let table = tables.pop()!;
    if (node.name === 'table') {
      if (table) outer.add(table);
      table = node;
    }
    const kids = node.children;
    if (kids) {
      for (const child of kids) {
        if (child.type === 'text') continue;
        nodes.push(child);
        tables.push(table);
      }
    }
  }
  return outer;
}

class ModelBuilder {
  readonly lines: Line[] = [];
  readonly tables: Table[] = [];
  readonly tableBlocks: Block[] = [];
  readonly notes: string[] = [];
  private run = new TextRun();
  private heading = 0;
  private pre = 0;
  private article = 0;

  constructor(private readonly layoutTables: Set<DomNode>) {}

  walk(start: DomNode[]): void {
    const stack: Frame[] = [];
    for (let i = start.length - 1; i >= 0; i--) stack.push({ node: start[i]!, exit: false });
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (exit) {
        this.leave(node.name ?? '');
        continue;
      }
      if (node.type === 'text') {
        this.text(node.data ?? '');
        continue;
      }
      if (node.type !== 'root' && isDropped(node, this.article > 0)) continue;
      const name = node.name ?? '';
      if (name === 'br' || name === 'hr') {
        this.flush();
        continue;
      }
      if (name === 'table' && this.table(node)) continue;
      this.enter(name);
      stack.push({ node, exit: true });
      const kids = node.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
    }
    this.flush();
  }

  private enter(name: string): void {
    if (BLOCK.has(name)) this.flush();
    if (HEADING.test(name)) this.heading++;
    if (PRE.has(name)) this.pre++;
    if (name === 'article' || name === 'main') this.article++;
  }

  private leave(name: string): void {
    if (BLOCK.has(name)) this.flush();
    if (HEADING.test(name)) this.heading--;
    if (PRE.has(name)) this.pre--;
    if (name === 'article' || name === 'main') this.article--;
  }

  private text(data: string): void {
    if (this.pre === 0) {
      this.run.add(data);
      return;
    }
    data.split(/\r\n|\r|\n/).forEach((piece, i) => {
      if (i > 0) this.flush();
      this.run.addRaw(piece);
    });
  }

  private flush(): void {
    if (this.run.empty) return;
    const text = this.run.take();
    if (text !== '') this.push(text, this.heading > 0 ? 'heading' : 'text');
  }

  private push(text: string, kind: Line['kind']): number {
    this.lines.push({ page: null, lineNo: this.lines.length + 1, text, kind });
    return this.lines.length - 1;
  }

  /** Emit a data table; false when the table is layout and should be walked as blocks. */
  private table(node: DomNode): boolean {
    if (this.layoutTables.has(node)) return false;
    const t = readTable(node);
    if (t === null) {
      this.notes.push(JSON.stringify(msg('html-table-as-text')));
      return false;
    }
    if (t.cells <= 1) return false;
    this.flush();
    if (t.stray.length > 0) this.walk(t.stray);
    if (t.caption) this.push(t.caption, 'text');
    if (t.rows.every((row) => row.every((c) => c.text === ''))) return true;
    this.emitTable(t);
    return true;
  }

  private emitTable(t: HtmlTable): void {
    const rowLines: number[] = [];
    const raw: RawCell[][] = t.rows.map((row) => {
      const index = this.lines.length;
      let text = '';
      const cells = row.map((cell, c): RawCell => {
        if (c > 0) text += '\t';
        const start = text.length;
        text += cell.text;
        return {
          text: cell.text,
          spans: cell.text ? [{ line: index, start, end: text.length }] : [],
          rowSpan: cell.rowSpan,
          colSpan: cell.colSpan,
          ...(cell.mergedFrom ? { mergedFrom: cell.mergedFrom } : {}),
        };
      });
      rowLines.push(this.push(text, 'table-row'));
      return cells;
    });
    const found = findCaption(this.lines, rowLines[0]!);
    const id = this.tables.length;
    this.tables.push(
      buildTable(raw, {
        id,
        pages: [],
        caption: t.caption ?? found.caption,
        unitNote: found.unitNote,
        origin: 'markup',
        ...(t.headerRows !== undefined ? { headerRows: t.headerRows } : {}),
      }),
    );
    this.tableBlocks.push({ kind: 'table', lines: rowLines, table: id });
  }
}

export function htmlToModel(html: string, options: HtmlModelOptions): DocumentModel {
  const { root, capped } = parseHtml(html);
  const builder = new ModelBuilder(tablesWithInnerTables(root));
  builder.walk([root]);
  const notes = [...builder.notes];
  if (capped) notes.unshift(JSON.stringify(msg('html-nesting-capped', { depth: MAX_DEPTH })));
  return {
    file: options.file,
    format: options.format,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    pageCount: null,
    lines: builder.lines,
    blocks: documentBlocks(builder.lines, builder.tableBlocks),
    tables: builder.tables,
    ocr: false,
    notes: [...new Set(notes)],
  };
}
