/**
 * Every figure of a document, labelled: the prose reader on paragraphs, the table reader on tables, in reading
 * order, with the unit a section states for its bare amounts (金额单位：万元) carried to the paragraphs and tables
 * under it. Each figure gets its location; the vocabulary names it afterwards (src/vocabulary/name.ts).
 */
import { Decimal } from 'decimal.js';
import type { DocumentModel, Table } from '../model/document.js';
import type { Figure } from '../model/audit.js';
import { blockText } from '../text/block-text.js';
import { locate, originalText } from './layout.js';
import { headingLevel, sectionOfBlocks } from './sections.js';
import type { MappedText } from '../text/mapped-text.js';
import type { FigureDraft } from './draft.js';
import { readProseFigures, resolveAcrossParagraphs, rowNumbers, type MoneyUnit } from './prose.js';
import { endListsAtParallels } from './parallel-lists.js';
import { continuesSiblings } from './partitions.js';
import { readTableFigures } from './tables.js';
import { readHeaderLines } from './header-lines.js';
import { readGluedForms } from './glued.js';
import { spansOf } from '../text/mapped-text.js';

/** 金额单位：万元 states the unit of the document (or of the form) from there on. */
const DOCUMENT_UNIT = /(?:金额|资金|计量)?单位\s*[:：]\s*(万元|元|亿元|千元)/;
/** 经费控制情况(万元) on a short line states the unit of the block it heads. */
const BLOCK_UNIT = /[（(](万元|元|亿元|千元)[)）]/;
const SCALE: Record<string, string> = { 万元: '1', 元: '0.0001', 亿元: '10000', 千元: '0.1' };

function printed(doc: DocumentModel) {
  return (mt: MappedText, start: number, end: number) => originalText(doc, mt, start, end).replace(/\s+/g, '');
}

function moneyUnitOf(unit: string | undefined): MoneyUnit | null {
  return unit ? { unit, scale: new Decimal(SCALE[unit]!) } : null;
}

const MONEY_IN_TEXT = /(\d[\d,]*(?:\.\d+)?)\s*(万元|萬元|亿元|億元|元)/g;
const BARE_CELL = /^\s*-?(\d[\d,]*(?:\.\d+)?)\s*$/;

/** Amounts the text states, by the number as printed: the units a table without a unit note repeats. */
function moneyInText(doc: DocumentModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of doc.lines) {
    if (line.kind === 'table-row') continue;
    for (const m of line.text.matchAll(MONEY_IN_TEXT)) out.set(m[1]!.replace(/,/g, ''), m[2]!.replace('萬', '万').replace('億', '亿'));
  }
  return out;
}

/**
 * A table that states no unit, whose bare numbers repeat amounts the text states in one unit (三公经费决算数2364万元
 * and the table's 2364): its numbers are in that unit. Two repeated amounts at least, all in the same unit.
 */
function echoedUnit(table: Table, stated: Map<string, string>): MoneyUnit | null {
  const units = new Set<string>();
  let echoes = 0;
  for (const row of table.rows) {
    for (const cell of row) {
      const m = BARE_CELL.exec(cell.text);
      const unit = m ? stated.get(m[1]!.replace(/,/g, '')) : undefined;
      if (!unit) continue;
      units.add(unit);
      echoes++;
    }
  }
  return echoes >= 2 && units.size === 1 ? moneyUnitOf([...units][0]) : null;
}

/** Where a figure sits, for the rules that relate figures stated together. */
export interface FigurePlace {
  block: number;
  section: number;
  /** Figures read from one sentence (or one table row) share it. */
  sentence: string;
  /** The figure a claim is about (增加 X is about the amount before it). */
  about: string | null;
  /** For a part of a 其中 list: the figures that may be its whole. */
  partOf: string[];
  /** What the figure is about, qualified (its label, or the name before it with its label). */
  name: string;
  /** The form row it was read from: a table's row, or a line under a form's header line. */
  form: { id: number; row: number; col: number } | null;
}

export interface FigureReading {
  figures: Figure[];
  places: Map<string, FigurePlace>;
}

/** Where a draft's number starts in the document: line and offset. */
function positionOf(d: FigureDraft): { line: number; start: number } {
  const span = spansOf(d.mt, d.start, d.end)[0];
  return { line: span?.line ?? -1, start: span?.start ?? 0 };
}

export function readFigures(doc: DocumentModel, idPrefix = ''): FigureReading {
  const drafts: FigureDraft[] = [];
  const blockOf = new Map<FigureDraft, number>();
  const print = printed(doc);
  const sections = sectionOfBlocks(doc);
  let documentUnit: MoneyUnit | null = null;
  let statedMoney: Map<string, string> | undefined;
  let blockUnit: MoneyUnit | null = null;
  const unitOfLine = new Map<number, MoneyUnit | null>();
  // A 其中 list over label–value lines (其中：中央补助 668.00 / 市级资金 343.00 / …): the lines after the whole.
  let lineList: { wholes: FigureDraft[]; kind: string } | null = null;
  let previousLevel: FigureDraft | null = null;
  // The 其中 list the last paragraph ended in: its wholes and the labels of its parts.
  let siblingList: { wholes: FigureDraft[]; labels: string[] } | null = null;
  // A paragraph that ends on an amount and a colon ((一)一般公共预算收入4619.84万元：), over paragraphs numbered in one
  // style (1、税收收入…；2、…): the numbered paragraphs' levels are its parts.
  let colonList: { wholes: FigureDraft[]; style: string | null } | null = null;
  doc.blocks.forEach((block, b) => {
    const found: FigureDraft[] = [];
    if (block.kind === 'table' && block.table !== undefined) {
      siblingList = null;
      const table = doc.tables[block.table];
      if (table) {
        const moneyUnit = blockUnit ?? documentUnit ?? echoedUnit(table, (statedMoney ??= moneyInText(doc)));
        found.push(...readTableFigures(doc, table, { moneyUnit, prose: { printed: print } }));
      }
    } else {
      const mt = blockText(doc, block.lines);
      const plain = mt.text;
      const level = headingLevel(plain);
      if (level !== null && level <= 2) blockUnit = null;
      documentUnit = moneyUnitOf(DOCUMENT_UNIT.exec(plain)?.[1]) ?? documentUnit;
      if (plain.length <= 40) blockUnit = moneyUnitOf(BLOCK_UNIT.exec(plain)?.[1]) ?? blockUnit;
      const moneyUnit = blockUnit ?? documentUnit;
      for (const l of block.lines) unitOfLine.set(l, moneyUnit);
      found.push(...readProseFigures(mt, { moneyUnit, extractor: 'prose', printed: print, spaced: (m, start, end) => originalText(doc, m, start, end) }));
      endListsAtParallels(found);
      // 其中：人员经费…，主要包括：…。⏎公用经费…: a paragraph that opens with a sibling of the parts the one before
      // ended its list with goes on that list.
      const opening = found[0];
      if (opening && !opening.partOf && siblingList && mt.text.trimStart().startsWith(opening.label.trim()) && opening.kind === siblingList.wholes[0]!.kind && continuesSiblings(siblingList.labels, opening.label)) {
        opening.partOf = siblingList.wholes;
      }
      if (colonList) {
        const style = numberingStyle(mt.text);
        if (style && (colonList.style === null || colonList.style === style)) {
          colonList.style = style;
          const whole = colonList.wholes[0]!;
          for (const d of found) if (!d.partOf && !d.about && d.kind === whole.kind && d.direction === 0 && !d.comparison && !d.claimOf) d.partOf = colonList.wholes;
        } else colonList = null;
      }
      const closing = found.at(-1);
      // …支出完成5472.90万元，主要预算项目执行情况如下：: the words after the amount only announce its list.
      if (closing && (closing.kind === 'amount' || closing.kind === 'headcount') && closing.direction === 0 && !closing.comparison && /^\s*(?:[，,][^，,。；;\d]{0,16}?如下)?\s*[:：]\s*$/.test(mt.text.slice(closing.end))) {
        colonList = { wholes: [closing], style: null };
      }
      const listed = found.filter((d) => d.partOf?.length);
      const lastWholes = listed.at(-1)?.partOf;
      siblingList = lastWholes ? { wholes: lastWholes, labels: listed.filter((d) => d.partOf === lastWholes).map((d) => d.label) } : null;
      const levels = found.filter((d) => (d.kind === 'amount' || d.kind === 'headcount') && d.direction === 0 && !d.comparison);
      const line = mt.text.trim();
      const labelValue = levels.length === 1 && found.length === 1 && line.length <= 40;
      if (labelValue && /^(?:其中|包括)/.test(line) && previousLevel && previousLevel.kind === levels[0]!.kind) {
        lineList = { wholes: [previousLevel], kind: levels[0]!.kind };
        levels[0]!.partOf ??= lineList.wholes;
      } else if (labelValue && lineList && lineList.kind === levels[0]!.kind && !/总额|合计|总计|小计/.test(levels[0]!.label)) {
        levels[0]!.partOf ??= lineList.wholes;
      } else {
        lineList = null;
      }
      previousLevel = levels[levels.length - 1] ?? (line ? null : previousLevel);
    }
    for (const d of found) {
      drafts.push(d);
      blockOf.set(d, b);
    }
  });
  resolveAcrossParagraphs(drafts, blockOf, (block) => sections[block] ?? -1);
  // Forms flattened into lines with spaces: the cells of a line under a header line.
  const position = new Map(drafts.map((d) => [d, positionOf(d)]));
  const blockOfLine = new Map(doc.blocks.flatMap((b, i) => b.lines.map((l) => [l, i] as const)));
  const byLine = [...unitOfLine.keys()].sort((a, b) => a - b);
  // Read under a header, a number knows its column: that reading replaces what prose made of it, in place, so
  // the claims about it and the lists it is in still hold it.
  const proseAt = new Map(drafts.filter((d) => !d.table).map((d) => [`${position.get(d)!.line}:${position.get(d)!.start}`, d]));
  const spaced = readHeaderLines(doc, byLine, (line) => unitOfLine.get(line) ?? null);
  // A number inside a row's criteria cell (得4分) states the rule, not the report.
  const inCriteria = (d: FigureDraft) => {
    const p = position.get(d)!;
    return spaced.criteria.some((c) => c.line === p.line && p.start >= c.start && p.start < c.end);
  };
  for (let i = drafts.length - 1; i >= 0; i--) if (!drafts[i]!.table && inCriteria(drafts[i]!)) drafts.splice(i, 1);
  for (const d of spaced.drafts) {
    const p = positionOf(d);
    const prose = proseAt.get(`${p.line}:${p.start}`);
    if (prose) {
      // The words printed before the number stay its label; the column gives what it is.
      const { mt: _mt, start: _start, end: _end, context: _context, label, ...reading } = d;
      Object.assign(prose, reading, prose.label ? {} : { label });
      continue;
    }
    drafts.push(d);
    position.set(d, p);
    blockOf.set(d, blockOfLine.get(p.line) ?? -1);
  }
  // Forms glued together: where the glued reader cuts a run, its cells replace what prose made of the digits.
  const glued = readGluedForms(doc, byLine, (line) => unitOfLine.get(line) ?? null);
  if (glued.length) {
    const cut = glued.map((d) => ({ d, p: positionOf(d), end: spansOf(d.mt, d.start, d.end).at(-1)?.end ?? 0 }));
    const covered = (x: FigureDraft) => {
      const p = position.get(x)!;
      return cut.some((g) => g.p.line === p.line && p.start < g.end && p.start >= g.p.start - 24);
    };
    for (let i = drafts.length - 1; i >= 0; i--) if (!drafts[i]!.table && covered(drafts[i]!)) drafts.splice(i, 1);
    for (const { d, p } of cut) {
      drafts.push(d);
      position.set(d, p);
      blockOf.set(d, blockOfLine.get(p.line) ?? -1);
    }
  }
  drafts.sort((a, b) => position.get(a)!.line - position.get(b)!.line || position.get(a)!.start - position.get(b)!.start);
  // A form whose rows are paragraphs of their own (年度资金总额(万元): 1 52.80 / 其中:中央财政资金(万元) 2 52.80 / …)
  // under a 行次 header: its row numbers count up across the paragraphs.
  if (doc.lines.some((l) => /行次|栏次/.test(l.text))) {
    const numbers = rowNumbers(drafts.filter((d) => !d.table));
    for (let i = drafts.length - 1; i >= 0; i--) if (numbers.has(drafts[i]!)) drafts.splice(i, 1);
  }
  const ids = new Map(drafts.map((d, i) => [d, `${idPrefix}n${i + 1}`]));
  const places = new Map<string, FigurePlace>();
  const figures = drafts.map((d, i) => {
    const location = locate(doc, d.mt, d.start, d.end, d.context);
    if (d.quote) location.quote = d.quote;
    if (d.table) location.table = d.table;
    const ocr = location.spans.some((s) => doc.lines[s.line]?.ocr);
    const id = ids.get(d)!;
    const block = blockOf.get(d) ?? -1;
    places.set(id, {
      block,
      section: sections[block] ?? -1,
      sentence: d.table ? `t${d.table.id}:r${d.table.row}` : `b${block}:${d.context[0]}`,
      about: d.about ? (ids.get(d.about) ?? null) : null,
      partOf: (d.partOf ?? []).map((w) => ids.get(w)).filter((id): id is string => !!id),
      name: d.name ?? d.label,
      form: d.table ? { id: d.table.id, row: d.table.row, col: d.table.col } : (d.form ?? null),
    });
    return {
      id,
      kind: d.kind,
      label: d.label,
      value: d.value.toFixed(),
      unit: d.unit,
      raw: d.raw,
      rawUnit: d.rawUnit,
      decimals: d.decimals,
      comparator: d.comparator,
      period: d.period,
      comparison: d.comparison,
      direction: d.direction,
      role: d.role,
      metric: '',
      extractor: d.extractor,
      ...(ocr ? { ocr: true } : {}),
      location,
    };
  });
  return { figures, places };
}

/** The numbering a paragraph opens with (1、, 1., （1）, ①), by its style, or null. */
function numberingStyle(text: string): string | null {
  const lead = text.trimStart();
  if (/^\d{1,2}[、](?!\d)/.test(lead)) return '1、';
  if (/^\d{1,2}[.．](?!\d)/.test(lead)) return '1.';
  if (/^[（(]\d{1,2}[）)]/.test(lead)) return '(1)';
  if (/^[①-⑳]/.test(lead)) return '①';
  return null;
}
