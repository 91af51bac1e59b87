/**
 * Read a document with the vocabulary: its sentence rules on paragraphs (and on the free-text cells of tables),
 * its table rules on tables, and its names for the numbers of the score forms. What comes out says which metric
 * was read at which number (name.ts gives the figures there their metric), which claims the words make about which
 * numbers, and the stated self-score.
 */
import type { DocumentModel } from '../model/document.js';
import type { MappedText } from '../text/mapped-text.js';
import { lexicon, metricUnit } from './lexicon.js';
import type { Measure } from './lexicon.js';
import { readParagraph, type Claim, type Mention } from './prose.js';
import { locateNumber, tokenAt, type NumberAt } from '../read/layout.js';
import { sectionOfBlocks } from '../read/sections.js';
import { blockText } from '../text/block-text.js';
import { readTables, type TableAnalysis } from './tables.js';
import { readScoreForms, type ScoreTable } from '../read/score-forms.js';
import { nameNumber, type MetricNaming, type NamingPlace } from './naming.js';
import { nameScoreForm } from './score-forms.js';

/** The whole a share is of, as the words name it (占部门支出总额的 12.82%). */
export interface WholeNamed {
  text: string;
  subject: string | null;
  measure: string | null;
  metric: string | null;
  /** The whole is named by words the vocabulary does not know (专项资金支出总额), or by a blocked word. */
  specific: boolean;
  blocked: boolean;
  /** False when the whole is not named at all (占 89.88%). */
  hasTerms: boolean;
}

/** A claim the words make (占…的 Z%, 比预算减少 X 万元, 调增 X 万元), at the numbers it is made of. */
export interface ClaimAt {
  kind: Claim['kind'];
  direction: Claim['direction'];
  base: Claim['base'];
  /** The stated share, change or growth rate. */
  stated: NumberAt | null;
  /** The level the claim is about (实际支出 before 比预算减少): the number the vocabulary named before it. */
  subject: NumberAt | null;
  /** A share's part, printed with it (800 万元 … 占 12.82%). */
  numerator: NumberAt | null;
  whole: WholeNamed | null;
}

export interface VocabularyReading {
  /** Every metric read, at its number, in reading order: paragraphs, score forms, tables with their free text. */
  namings: MetricNaming[];
  claims: ClaimAt[];
  /** Tables other than score forms, with the vocabulary's reading of their headers. */
  tables: TableAnalysis[];
  /** Score forms (评分表, 项目支出绩效自评表) over the namings of their numbers. */
  scoreForms: ScoreTable<MetricNaming>[];
  /** The self-score the report states: in its words, else its score form's total. */
  statedScore: string | null;
}

export function readWithVocabulary(doc: DocumentModel): VocabularyReading {
  const lex = lexicon();
  const namings: MetricNaming[] = [];
  const claims: ClaimAt[] = [];
  const sections = sectionOfBlocks(doc);
  const placeOf = (block: number, sentence: string): NamingPlace => ({ block, section: sections[block] ?? -1, sentence });

  let carried: Measure | null = null;
  const readProse = (mt: MappedText, block: number, reader: string, sentencePrefix: string) => {
    const { mentions, claims: found, measure } = readParagraph(lex, mt, reader, carried);
    carried = measure ?? carried;
    const byMention = new Map<Mention, MetricNaming>();
    for (const m of mentions) {
      const number = locateNumber(doc, mt, m.token, m.sentence, metricUnit(lex, m.metric));
      const naming = nameNumber(lex, m.metric, number, { key: m.key, reader: m.extractor, scope: m.scope, approximate: m.approx }, placeOf(block, `${sentencePrefix}:${m.sentence[0]}`));
      namings.push(naming);
      byMention.set(m, naming);
    }
    for (const c of found) {
      claims.push({
        kind: c.kind,
        direction: c.direction,
        base: c.base,
        stated: tokenAt(doc, mt, c.token),
        subject: c.subjectMention ? (byMention.get(c.subjectMention)?.at ?? null) : null,
        numerator: c.numerator ? tokenAt(doc, mt, c.numerator) : null,
        whole: c.denominator
          ? {
              text: c.denominator.text,
              subject: c.denominator.subject,
              measure: c.denominator.measure,
              metric: c.denominator.metric,
              specific: c.denominator.specific,
              blocked: c.denominator.blocked,
              hasTerms: c.denominator.hasTerms,
            }
          : null,
      });
    }
  };

  doc.blocks.forEach((block, b) => {
    if (block.kind === 'table') return;
    // A new section starts without the measure of the last one.
    if (sections[b] === b) carried = null;
    readProse(blockText(doc, block.lines), b, 'prose', `b${b}`);
  });

  const tableBlock = new Map<number, number>();
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'table' && block.table !== undefined) tableBlock.set(block.table, b);
  });
  const rowPlace = (table: number, row: number) => placeOf(tableBlock.get(table) ?? -1, `t${table}:r${row}`);
  const forms = readScoreForms(doc);
  const scoreForms = forms.map((form) =>
    // The deductions the text states are read against the forms, apart from the blocks they are stated in.
    nameScoreForm(lex, form, (n) => (n.location.table ? rowPlace(n.location.table.id, n.location.table.row) : { block: -1, section: -1, sentence: 'deductions' })),
  );
  for (const form of scoreForms) namings.push(...form.facts);
  const tables = readTables(doc, lex, new Set(forms.flatMap((s) => s.tableIds)), rowPlace);
  for (const t of tables) {
    namings.push(...t.namings);
    // Free text in table cells (扣分情况说明, 偏差原因) is read like prose.
    const b = tableBlock.get(t.analysis.table.id) ?? -1;
    for (const cell of t.proseCells) readProse(cell.text, b, 'table-text', `t${t.analysis.table.id}:r${cell.row}:c${cell.col}`);
  }
  for (const form of forms) {
    for (const cell of form.proseCells) readProse(cell.text, tableBlock.get(cell.table) ?? -1, 'table-text', `t${cell.table}:r${cell.row}:c${cell.col}`);
  }

  // The self-score the words state comes first; the score form's total stands in for it.
  const stated = namings.find((n) => n.metric === 'self_score' && n.naming.reader !== 'score-table');
  const statedScore = stated?.number.value ?? scoreForms.find((s) => s.totalScore)?.totalScore?.number.value ?? null;
  return { namings, claims, tables: tables.map((t) => t.analysis), scoreForms, statedScore };
}
