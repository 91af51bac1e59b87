/**
 * Plain text and Markdown reports (.txt, .md) in any encoding. Form feeds (as pdftotext writes them) start a
 * new page. Runs of tab-separated lines, Markdown pipe tables, CSV records pasted as lines, tables flattened to
 * pipes or to one cell per line (flat-table.ts) and space-aligned columns become tables.
 */
import type { Block, DocumentModel, Format, Line, Table } from '../model/document.js';
import { IngestError, msg } from '../model/status.js';
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  'text-damaged': {
    zh: '文件中有 {count} 处字节按 {encoding} 无法解码（文件可能有损坏），已替换为“�”，与文本编辑器的做法相同；其余内容照常审核，请对照原件核对含“�”的数字。',
    en: '{count} bytes of the file do not decode as {encoding} (the file may be damaged) and were replaced by “�”, as text editors do; the rest was audited. Check figures next to “�” against the original.',
  },
});
import type { Adapter } from './adapter.js';
import { decodeText } from './encoding.js';
import { buildTable, type RawCell } from '../text/table-grid.js';
import { documentBlocks } from '../text/paragraphs.js';
import { findCaption } from '../text/captions.js';
import { findSpaceTables } from '../text/space-table.js';
import { findFlatTables } from '../text/flat-table.js';
import { splitCells } from '../text/raw-cell.js';

const RUNNING = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;
const BARE_PAGE_NUMBER = /^\s*\d{1,4}\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const OWN_UNIT = /[（(](?:人|个|万元|元|亿元|千元|%|㎡|平方米)[)）]\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Where a line's prose ends and a flattened table starts, or 0: the text before the first `|` holds sentences (at
 * least one 。 in 40 characters or more) and the table starts after the last sentence or colon before it.
 */
function proseBeforeTable(text: string): number {
  const bar = text.indexOf('|');
  if (bar < 40 || !text.slice(0, bar).includes('。') || (text.match(/\|/g)?.length ?? 0) < 3) return 0;
  const head = text.slice(0, bar);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('：'), head.lastIndexOf(':'), head.lastIndexOf('；')) + 1;
  return end >= 20 && head.slice(end).trim().length < 60 ? end : 0;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pages = text.split('\f');
  const paged = pages.length > 1;
  pages.forEach((pageText, p) => {
    const raw = pageText.split(/\r\n|\r|\n/);
    if (paged && p === pages.length - 1 && raw.length === 1 && raw[0] === '') return;
    raw.forEach((t, i) => {
      let kind: Line['kind'] = 'text';
      if (RUNNING.test(t)) kind = 'running';
      else if (paged && BARE_PAGE_NUMBER.test(t) && (i <= 1 || i >= raw.length - 2)) kind = 'running';
      else if (/^\s{0,3}#{1,6}\s/.test(t)) kind = 'heading';
      const page = paged ? p + 1 : null;
      // Prose run into a flattened table's first row (…增长22.5%。 具体收入项目情况如下: 执行情况表 | 预 算 科 目 | …):
      // two lines of one printed line, so the sentences are read as prose and the rows as the table.
      const at = kind === 'text' ? proseBeforeTable(t) : 0;
      if (at > 0) {
        lines.push({ page, lineNo: i + 1, text: t.slice(0, at), kind });
        lines.push({ page, lineNo: i + 1, text: t.slice(at), kind });
        return;
      }
      lines.push({ page, lineNo: i + 1, text: t, kind });
    });
  });
  return lines;
}

function tabCells(line: Line, index: number): RawCell[] {
  return splitCells(index, line.text, '\t');
}

/** The cells between a Markdown row's first and last `|`. */
function pipeCells(line: Line, index: number): RawCell[] {
  return splitCells(index, line.text, '|', line.text.indexOf('|') + 1, line.text.lastIndexOf('|'));
}

interface Run {
  lines: number[];
  rows: RawCell[][];
  origin: Table['origin'];
  headerRows?: number;
  caption?: string | null;
}

/** Find table runs among the lines. */
export function findTableRuns(lines: Line[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.kind === 'running') {
      i++;
      continue;
    }
    if (line.text.includes('\t') && line.text.trim() !== '') {
      const run: Run = { lines: [], rows: [], origin: 'tab' };
      let fields = line.text.split('\t').length;
      let j = i;
      while (j < lines.length) {
        const l = lines[j]!;
        if (l.text.includes('\t') && l.text.replace(/\t/g, '').trim() !== '') {
          run.lines.push(j);
          run.rows.push(tabCells(l, j));
          fields = l.text.split('\t').length;
          j++;
          continue;
        }
        if (l.text.trim() === '' || l.kind === 'running' || /^[\s\t]*$/.test(l.text)) {
          // A table goes on across blank lines when the next tab line has as many fields.
          let k = j;
          while (k < lines.length && (lines[k]!.text.trim() === '' || lines[k]!.kind === 'running')) k++;
          if (k < lines.length && lines[k]!.text.includes('\t') && lines[k]!.text.split('\t').length === fields) {
            j = k;
            continue;
          }
        }
        break;
      }
      if (run.rows.length >= 2 || (run.rows[0]?.filter((c) => c.text).length ?? 0) >= 3) runs.push(run);
      i = Math.max(j, i + 1);
      continue;
    }
    if (PIPE_ROW.test(line.text)) {
      const run: Run = { lines: [], rows: [], origin: 'pipe' };
      let j = i;
      while (j < lines.length && PIPE_ROW.test(lines[j]!.text)) {
        if (!PIPE_SEPARATOR.test(lines[j]!.text)) run.rows.push(pipeCells(lines[j]!, j));
        run.lines.push(j);
        j++;
      }
      // Framed rows right under rows without the frame (绩效指标 | 一级指标 | … above ` | 产出指标 | … |`) are
      // rows of that table whose first cell is merged: the flat-table reader takes them with it.
      const previous = lines[i - 1]?.text ?? '';
      const underFlatRows = previous.includes('|') && !PIPE_ROW.test(previous);
      if (run.rows.length >= 2 && !underFlatRows) runs.push(run);
      i = j;
      continue;
    }
    i++;
  }
  // Flattened tables, then space-aligned columns, each on the lines no other kind of table took.
  const taken = new Set(runs.flatMap((r) => r.lines));
  for (const t of findFlatTables(lines, taken)) {
    runs.push(t);
    for (const l of t.lines) taken.add(l);
  }
  for (const t of findSpaceTables(lines, taken)) runs.push({ lines: t.lines, rows: t.rows, origin: 'spaces' });
  return runs.sort((a, b) => a.lines[0]! - b.lines[0]!);
}

export function textDocument(text: string, file: string, format: Format, encoding?: string): DocumentModel {
  const lines = splitLines(text);
  const runs = findTableRuns(lines);
  const tables = runs.map((run, id) => {
    const { caption, unitNote } = findCaption(lines, run.lines[0]!);
    // A caption found among the cells that names its own unit (财政供养人员情况(人)) says what the table counts:
    // a unit note above it (金额单位:万元) is the form's, for the tables after it.
    const ownUnit = OWN_UNIT.test(run.caption ?? '');
    return buildTable(run.rows, {
      id,
      pages: [...new Set(run.lines.map((l) => lines[l]!.page).filter((p): p is number => p !== null))],
      caption: run.caption ?? caption,
      unitNote: ownUnit ? null : unitNote,
      origin: run.origin,
      ...(run.headerRows !== undefined ? { headerRows: run.headerRows } : {}),
    });
  });
  const tableBlocks: Block[] = runs.map((run, id) => ({ kind: 'table', lines: run.lines, table: id }));
  for (const run of runs) for (const l of run.lines) if (lines[l]!.kind === 'text') lines[l]!.kind = 'table-row';
  const pageCount = lines.some((l) => l.page !== null) ? Math.max(...lines.map((l) => l.page ?? 0)) : null;
  return {
    file,
    format,
    ...(encoding ? { encoding } : {}),
    pageCount,
    lines,
    blocks: documentBlocks(lines, tableBlocks),
    tables,
    ocr: false,
    notes: [],
  };
}

function makeAdapter(format: Format): Adapter {
  return {
    format,
    async read(bytes, path) {
      if (bytes.length === 0) throw new IngestError('empty', msg('empty-file'));
      const { text, encoding, replaced } = decodeText(bytes);
      if (text.trim() === '') throw new IngestError('empty', msg('empty-file'));
      const doc = textDocument(text, path, format, encoding);
      // Damaged bytes were replaced, as editors do: the rest is read, and the note says where to look.
      if (replaced) doc.notes.push(JSON.stringify(msg('text-damaged', { count: replaced, encoding: encoding.toUpperCase() })));
      return doc;
    },
  };
}

export const txtAdapter = makeAdapter('txt');
export const mdAdapter = makeAdapter('md');
