/**
 * Run every extractor over one document: sentence rules on paragraphs (and on the free-text cells of tables),
 * table rules on tables, the score table, and the report's identity (department, region, year, date, score).
 */
import type { DocumentModel } from '../model/document.js';
import type { Fact, Location } from '../model/audit.js';
import type { MappedText } from '../text/mapped-text.js';
import { lexicon } from './lexicon.js';
import type { Lexicon, Measure } from './lexicon.js';
import { readParagraph, type Claim, type Mention } from './prose.js';
import type { NumberToken } from '../read/numbers.js';
import { locate } from '../read/layout.js';
import { sectionOfBlocks } from '../read/sections.js';
import { blockText } from '../text/block-text.js';
import { readTables, type TableAnalysis } from './tables.js';
import { readScoreTables, type ScoreTable } from '../read/score-forms.js';
import { readIdentity, type Identity } from '../read/identity.js';

/** Where a fact sits, for checks that pair figures stated close together. */
export interface Place {
  block: number;
  section: number;
  /** `block:sentenceStart` for prose, `t<table>:r<row>` for table cells. */
  unit: string;
}

export interface ExtractedClaim {
  kind: Claim['kind'];
  direction: Claim['direction'];
  base: Claim['base'];
  figure: Fact;
  subject: Fact | null;
  numerator: Fact | null;
  denominator: {
    text: string;
    subject: string | null;
    measure: string | null;
    metric: string | null;
    /** The whole is named by words the vocabulary does not know (专项资金支出总额), or by a blocked word. */
    specific: boolean;
    blocked: boolean;
    /** False when the whole is not named at all (占 89.88%). */
    hasTerms: boolean;
  } | null;
  place: Place;
}

export interface Extraction {
  doc: DocumentModel;
  facts: Fact[];
  places: Map<string, Place>;
  claims: ExtractedClaim[];
  tables: TableAnalysis[];
  scoreTables: ScoreTable[];
  identity: Identity;
}

export class FactFactory {
  private next = 1;
  constructor(
    private readonly doc: DocumentModel,
    private readonly lex: Lexicon,
    /** Keeps ids unique when several files make one report. */
    private readonly prefix = '',
  ) {}

  fromToken(
    mt: MappedText,
    token: NumberToken,
    metric: string,
    key: string,
    sentence: [number, number],
    extractor: string,
    approx = false,
    table?: Location['table'],
  ): Fact {
    const def = this.lex.metrics.get(metric);
    const unit = def?.unit ?? 'none';
    const location = locate(this.doc, mt, token.start, token.unitEnd, sentence);
    if (table) location.table = table;
    const ocr = location.spans.some((s) => this.doc.lines[s.line]?.ocr);
    return {
      id: `${this.prefix}f${this.next++}`,
      metric,
      tier: def?.tier ?? 'detail',
      key,
      value: token.value.times(token.scale).toFixed(),
      unit: unit === 'money' ? '万元' : unit === 'percent' ? '%' : unit === 'people' ? '人' : unit === 'score' ? '分' : unit === 'count' ? '个' : unit,
      raw: token.raw,
      rawUnit: token.unit,
      decimals: token.decimals,
      exact: unit === 'people' || unit === 'count',
      comparator: approx ? '≈' : '=',
      extractor,
      ...(ocr ? { ocr: true } : {}),
      location,
    };
  }

  text(metric: string, value: string, location: Location, extractor: string): Fact {
    return {
      id: `${this.prefix}f${this.next++}`,
      metric,
      tier: 'core',
      key: '',
      value,
      unit: this.lex.metrics.get(metric)?.unit ?? 'text',
      raw: value,
      rawUnit: '',
      decimals: 0,
      exact: true,
      comparator: '=',
      extractor,
      location,
    };
  }
}

export function extract(doc: DocumentModel, idPrefix = ''): Extraction {
  const lex = lexicon();
  const factory = new FactFactory(doc, lex, idPrefix);
  const facts: Fact[] = [];
  const places = new Map<string, Place>();
  const claims: ExtractedClaim[] = [];
  const sections = sectionOfBlocks(doc);

  let carried: Measure | null = null;
  const readProse = (mt: MappedText, block: number, extractor: string, unitPrefix: string) => {
    const { mentions, claims: found, measure } = readParagraph(lex, mt, extractor, carried);
    carried = measure ?? carried;
    const byMention = new Map<Mention, Fact>();
    for (const m of mentions) {
      const fact = factory.fromToken(mt, m.token, m.metric, m.key, m.sentence, m.extractor, m.approx);
      if (m.scope) fact.scope = m.scope;
      facts.push(fact);
      byMention.set(m, fact);
      places.set(fact.id, { block, section: sections[block] ?? -1, unit: `${unitPrefix}:${m.sentence[0]}` });
    }
    for (const c of found) {
      const figure = factory.fromToken(mt, c.token, `claim_${c.kind}`, '', c.sentence, `${extractor}:claim`);
      const numerator = c.numerator ? factory.fromToken(mt, c.numerator, 'claim_numerator', '', c.sentence, `${extractor}:claim`) : null;
      claims.push({
        kind: c.kind,
        direction: c.direction,
        base: c.base,
        figure,
        subject: c.subjectMention ? (byMention.get(c.subjectMention) ?? null) : null,
        numerator,
        denominator: c.denominator
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
        place: { block, section: sections[block] ?? -1, unit: `${unitPrefix}:${c.sentence[0]}` },
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
  const scoreTables = readScoreTables(doc, factory);
  const scoreTableIds = new Set(scoreTables.flatMap((s) => s.tableIds));
  for (const st of scoreTables) {
    for (const fact of st.facts) {
      facts.push(fact);
      const b = tableBlock.get(fact.location.table?.id ?? -1) ?? -1;
      places.set(fact.id, { block: b, section: sections[b] ?? -1, unit: `t${fact.location.table?.id}:r${fact.location.table?.row}` });
    }
  }
  const tables = readTables(doc, lex, factory, scoreTableIds);
  for (const t of tables) {
    const b = tableBlock.get(t.table.id) ?? -1;
    for (const fact of t.facts) {
      facts.push(fact);
      places.set(fact.id, { block: b, section: sections[b] ?? -1, unit: `t${t.table.id}:r${fact.location.table?.row}` });
    }
    // Free text in table cells (扣分情况说明, 偏差原因) is read like prose.
    for (const cell of t.proseCells) readProse(cell.text, b, 'table-text', `t${t.table.id}:r${cell.row}:c${cell.col}`);
  }
  for (const st of scoreTables) {
    for (const cell of st.proseCells) {
      const b = tableBlock.get(cell.table) ?? -1;
      readProse(cell.text, b, 'table-text', `t${cell.table}:r${cell.row}:c${cell.col}`);
    }
  }

  const identity = readIdentity(doc, facts, scoreTables, idPrefix);
  for (const fact of identity.facts) {
    facts.push(fact);
    places.set(fact.id, { block: -1, section: -1, unit: 'identity' });
  }
  return { doc, facts, places, claims, tables, scoreTables, identity };
}
