/**
 * Sentence rules: read every number of a paragraph with the label in front of it, the sentence it is in and the
 * paragraph around it.
 *
 * - A label that names a measure but no subject takes the sentence's subject (…调整预算数 4,141.36 万元 in a
 *   政府采购 sentence is the procurement plan); a label that names a subject but no measure takes the
 *   paragraph's measure (人员经费支出 1,757.54 万元 in a 年初预算 paragraph is budgeted, not spent).
 * - `由 X 调整为 Y`: X is the initial and Y the adjusted amount.
 * - `…分别为 a、b、c 和 d`: mapped in order to the quarters or subjects the label lists.
 * - `占…的 Z%`, `比上年减少 X 万元`, `下降 Y%`: claims the checks recompute, not levels.
 */
import { Decimal } from 'decimal.js';
import type { MappedText } from '../text/mapped-text.js';
import type { Lexicon, Measure, MetricDef } from './lexicon.js';
import { readLabel, stripParentheticals, type LabelReading } from './label.js';
import { scanNumbers, type NumberToken } from '../read/numbers.js';

export interface Mention {
  metric: string;
  key: string;
  token: NumberToken;
  /** Normalised-text range of the sentence the figure was read from. */
  sentence: [number, number];
  approx: boolean;
  extractor: string;
  /** Scope qualifiers of the label (一般公共预算, 总计). */
  scope?: string;
  /** Measure as the label said it (before context), for the initial-vs-plan rule. */
  measure: Measure | null;
  subject: string | null;
}

/** 1: increase, -1: decrease, 0: a change whose direction the words do not say (调整比例). */
export type Direction = 1 | -1 | 0;

export interface Claim {
  kind: 'diff' | 'growth' | 'share';
  token: NumberToken;
  sentence: [number, number];
  direction: Direction;
  /** What the change is measured against. */
  base: 'prior' | 'budget' | 'adjust';
  /** The figure the claim is about (the last mention before it in the sentence). */
  subjectMention: Mention | null;
  /** For shares: the numerator token and how the denominator was named. */
  numerator?: NumberToken;
  denominator?: LabelReading & { text: string };
}

export interface ParagraphReading {
  mentions: Mention[];
  claims: Claim[];
  /** The measure in force at the end of the paragraph (for a next paragraph that starts with 其中). */
  measure: Measure | null;
}

const SENTENCE_SPLIT = /[。！？；;!?]/g;
const CLAIM_DIRECTION = /(增加|增长|上升|提高|超支|增|多|减少|下降|降低|节约|节省|减|少|调增|调减)了?(?:金额|额|资金)?(?:为|达)?$/;
const CLAIM_GROWTH_WORD = /(降幅|增幅|下降幅度|增长幅度|增长率|下降率|降低率|增长比例|下降比例)(?:为|达)?$/;
const CLAIM_ADJUST = /(?:预算)?(调增|调减|调整)(金额|数额|比例|幅度|率)(?:为|达)?$/;
const ADJUSTED_TO = /^(?:调整|调增|调减|变更|追加)(?:后)?(?:为|至|到)$/;
const LIST_SEPARATOR = /^[、，,和及与以及\s]*$/;
const POSITIVE = /增加|增长|上升|提高|超支|增|多|调增|增幅/;
const NEGATIVE = /减少|下降|降低|节约|节省|减|少|调减|降幅/;

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_SPLIT)) {
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The part of the label after the last clause break: where a claim word would be. */
function lastClause(label: string): string {
  const parts = stripParentheticals(label).split(/[，,；;：:]/);
  return parts[parts.length - 1] ?? '';
}

function unitFits(def: MetricDef, token: NumberToken, label: string): boolean {
  switch (def.unit) {
    case 'money':
      return token.kind === 'money';
    case 'percent':
      return token.kind === 'percent' || (def.bare === true && token.kind === 'none' && token.value.lte(100));
    case 'people':
      return token.kind === 'people' || (token.kind === 'none' && token.decimals === 0 && def.bare === true);
    case 'score':
      return token.kind === 'score';
    case 'count':
      return token.kind === 'count' || token.kind === 'none';
    default:
      return false;
  }
}

/** A tail after the figure that makes it a threshold (95%及以上) or marks it approximate (左右). */
function tailEffect(tail: string): 'reject' | 'approx' | null {
  if (/^(?:及以上|以上|以下|以内|之内|及以下|为宜|的目标|目标|标准|≤|≥|<|>|＜|＞|=)/.test(tail)) return 'reject';
  if (/^(?:左右|上下|许|余|多)/.test(tail)) return 'approx';
  return null;
}

interface Context {
  /** Paragraph: the last measure a label stated outright. */
  measure: Measure | null;
  /** Sentence: the last measure of any kind (一季度支出进度25.3%，二季度48.6%: the second takes progress). */
  sentenceMeasure: Measure | null;
  /** Sentence: the last subject a label named. */
  subject: string | null;
  quarter: 1 | 2 | 3 | 4 | null;
}

function quarterSubject(q: 1 | 2 | 3 | 4): string {
  return `q${q}`;
}

/**
 * `carried`: the measure of the paragraph before, used when this one continues it (其中：人员经费支出 …).
 */
export function readParagraph(lex: Lexicon, mt: MappedText, extractor = 'prose', carried: Measure | null = null): ParagraphReading {
  const text = mt.text;
  const tokens = scanNumbers(text);
  const mentions: Mention[] = [];
  const claims: Claim[] = [];
  const continues = /^(?:其中|包括|含|分别)/.test(mt.text.trim());
  const ctx: Context = { measure: continues ? carried : null, sentenceMeasure: null, subject: null, quarter: null };
  let cursor = 0;

  const resolve = (reading: LabelReading, subjectOverride?: string | null): { metric: string; measure: Measure | null; subject: string | null } | null => {
    if (reading.metric) return { metric: reading.metric, measure: reading.measure, subject: null };
    const subjects: string[] = [];
    const own = subjectOverride ?? reading.subject;
    if (own) subjects.push(own);
    else if (typeof reading.quarter === 'number') subjects.push(quarterSubject(reading.quarter));
    else if (reading.quarter === 'current' && ctx.quarter) subjects.push(quarterSubject(ctx.quarter));
    else if (reading.measure && reading.measure !== 'amount') {
      // A measure alone belongs to the sentence's subject, or to the department when that subject has no such measure.
      if (ctx.subject) subjects.push(ctx.subject);
      if (ctx.subject !== 'specific') subjects.push('total');
    }
    // A quarter named alone in a list of quarters takes the measure just used (二季度48.6%).
    const measure = reading.measure ?? (subjects[0]?.startsWith('q') && !reading.subject ? ctx.sentenceMeasure : null);
    const candidates: Array<Measure | 'none'> = [];
    if (measure === 'budget') candidates.push(ctx.measure === 'initial' || ctx.measure === 'adjusted' ? ctx.measure : 'budget');
    else if (measure && measure !== 'amount') candidates.push(measure);
    else {
      if (ctx.measure) candidates.push(ctx.measure);
      candidates.push(measure ?? 'none');
    }
    // A time qualifier (年末) still names the subject's own figure; an explicit measure (支出, 率) does not.
    if (!measure || measure === 'amount' || measure === 'end') candidates.push('none');
    for (const subject of subjects) {
      for (const c of candidates) {
        const metric = lex.map.get(`${subject}|${c}`);
        if (metric) return { metric, measure: c === 'none' ? null : c, subject };
      }
    }
    return null;
  };

  for (const [sStart, sEnd] of sentences(text)) {
    ctx.subject = null;
    ctx.sentenceMeasure = null;
    // Tokens are sorted: walk them with a cursor instead of filtering per sentence (large documents).
    while (cursor < tokens.length && tokens[cursor]!.start < sStart) cursor++;
    let stop = cursor;
    while (stop < tokens.length && tokens[stop]!.start < sEnd) stop++;
    const inSentence = tokens.slice(cursor, stop);
    cursor = stop;
    const sentenceMentions: Mention[] = [];
    const sentenceClaims: Claim[] = [];
    const addMention = (m: Mention) => {
      mentions.push(m);
      sentenceMentions.push(m);
    };
    const addClaim = (c: Claim) => {
      claims.push(c);
      sentenceClaims.push(c);
    };
    let prevEnd = sStart;
    let pendingList: { subjects: string[]; measure: LabelReading; index: number } | null = null;
    let adjustFrom: Mention | null = null;
    for (let ti = 0; ti < inSentence.length; ti++) {
      const token = inSentence[ti]!;
      const label = text.slice(prevEnd, token.start);
      const next = inSentence[ti + 1];
      const tail = text.slice(token.unitEnd, next ? next.start : sEnd);
      prevEnd = token.unitEnd;
      const lastMention = sentenceMentions[sentenceMentions.length - 1] ?? null;

      // A list (…分别为 a、b、c 和 d) continues while only separators stand between the figures.
      if (pendingList && LIST_SEPARATOR.test(label) && pendingList.index < pendingList.subjects.length) {
        const subject = pendingList.subjects[pendingList.index++]!;
        const resolved = resolve({ ...pendingList.measure, metric: null, quarter: null }, subject);
        if (resolved) {
          const def = lex.metrics.get(resolved.metric)!;
          if (unitFits(def, token, label)) {
            addMention({ metric: resolved.metric, key: '', token, sentence: [sStart, sEnd], approx: false, extractor: `${extractor}:list`, measure: resolved.measure, subject });
          }
        }
        continue;
      }
      pendingList = null;

      const clause = lastClause(label);
      // 占…的 Z%: a share of a named whole.
      const share = /占(.*?)(?:的)?(?:比例|比重)?(?:为|达)?$/.exec(clause);
      if (share && token.kind === 'percent') {
        const left = clause.slice(0, share.index);
        const denText = share[1] ?? '';
        const numReading = readLabel(lex, left);
        const denReading = readLabel(lex, denText);
        const numResolved = numReading.hasTerms ? resolve(numReading) : null;
        const denResolved = denReading.hasTerms ? resolve(denReading) : null;
        const rate = numResolved && denResolved ? rateOf(lex, numResolved.metric, denResolved.metric) : null;
        if (rate) {
          addMention({ metric: rate, key: '', token, sentence: [sStart, sEnd], approx: false, extractor: `${extractor}:share-rate`, measure: 'rate', subject: null });
        } else {
          const numerator = numReading.hasTerms ? undefined : [...inSentence.slice(0, ti)].reverse().find((t) => t.kind === 'money');
          addClaim({
            kind: 'share',
            token,
            sentence: [sStart, sEnd],
            direction: 1,
            base: 'prior',
            subjectMention: lastMention,
            ...(numerator ? { numerator } : {}),
            denominator: { ...denReading, text: denText },
          });
        }
        continue;
      }

      // Differences and growth rates.
      const adjustClaim = CLAIM_ADJUST.exec(clause);
      const growthWord = CLAIM_GROWTH_WORD.exec(clause);
      const direction = CLAIM_DIRECTION.exec(clause);
      if (adjustClaim || growthWord || (direction && !readLabel(lex, clause).metric)) {
        const word = adjustClaim?.[1] ?? growthWord?.[1] ?? direction?.[1] ?? '';
        const kind = token.kind === 'percent' || /比例|幅度|率/.test(adjustClaim?.[2] ?? '') ? 'growth' : 'diff';
        const base: Claim['base'] = adjustClaim
          ? 'adjust'
          : /预算/.test(clause) || /节约|节省|超支|结余/.test(word)
            ? 'budget'
            : 'prior';
        const previousClaim = sentenceClaims[sentenceClaims.length - 1];
        // A difference is about the last amount of its kind; a growth rate about what the difference was about.
        const lastOfKind = [...sentenceMentions].reverse().find((m) => m.token.kind === token.kind) ?? null;
        const subjectMention = kind === 'growth' && previousClaim ? previousClaim.subjectMention : kind === 'diff' ? lastOfKind : lastMention;
        addClaim({
          kind,
          token,
          sentence: [sStart, sEnd],
          direction: POSITIVE.test(word) ? 1 : NEGATIVE.test(word) ? -1 : 0,
          base: growthWord && previousClaim ? previousClaim.base : base,
          subjectMention,
        });
        continue;
      }

      // 由 X 调整为 Y
      if (ADJUSTED_TO.test(stripParentheticals(label).replace(/[\s，,]/g, '')) && adjustFrom) {
        const subject = adjustFrom.subject ?? 'total';
        const metric = lex.map.get(`${subject}|adjusted`);
        if (metric && unitFits(lex.metrics.get(metric)!, token, label)) {
          addMention({ metric, key: '', token, sentence: [sStart, sEnd], approx: false, extractor: `${extractor}:adjusted-to`, measure: 'adjusted', subject });
        }
        adjustFrom = null;
        continue;
      }

      // 由 X 调整为 Y: the label of X ends with 由.
      const fromAmount = /由$/.test(stripParentheticals(label).trimEnd());
      const reading = readLabel(lex, fromAmount ? label.trimEnd().replace(/由$/, '') : label);
      const effect = tailEffect(tail.trimStart());
      // A specific item (免费刻制公章经费) holds the sentence: its 实际开支 is not the department's.
      if (reading.specific && reading.subject) ctx.subject = 'specific';
      else if (reading.subject && !reading.blocked) ctx.subject = reading.subject;
      // Several-valued metrics (满意度 of one service or another) are named whatever they are about.
      const specific = reading.specific && !(reading.metric && lex.metrics.get(reading.metric)?.manyValued);
      if (reading.rejected || reading.blocked || specific || effect === 'reject') continue;

      // 分别为: a list of quarters or of subjects.
      if (reading.list && (reading.quarter === 'all' || reading.subjects.length > 1)) {
        const subjects = reading.quarter === 'all' ? ['q1', 'q2', 'q3', 'q4'] : reading.subjects;
        pendingList = { subjects, measure: reading, index: 0 };
        ti--; // read this token again as the list's first element
        prevEnd = token.start;
        continue;
      }

      let resolved = resolve(reading);
      if (fromAmount) {
        const subject: string = reading.subject ?? ctx.subject ?? 'total';
        const metric = lex.map.get(`${subject}|initial`);
        if (metric) resolved = { metric, measure: 'initial', subject };
      }
      if (!resolved) continue;
      const def = lex.metrics.get(resolved.metric)!;
      if (!unitFits(def, token, label)) continue;
      if (resolved.metric === 'self_score' && ofPart(text.slice(sStart, token.start))) continue;
      const mention: Mention = {
        metric: resolved.metric,
        key: reading.key,
        ...(reading.scope ? { scope: reading.scope } : {}),
        token,
        sentence: [sStart, sEnd],
        approx: reading.approx || effect === 'approx',
        extractor,
        measure: reading.measure,
        subject: resolved.subject,
      };
      addMention(mention);
      if (fromAmount) adjustFrom = mention;
      if (reading.measure && ['initial', 'adjusted', 'spend', 'spend_weak'].includes(reading.measure)) ctx.measure = reading.measure;
      if (resolved.subject) ctx.subject = resolved.subject;
      if (resolved.measure) ctx.sentenceMeasure = resolved.measure;
      if (typeof reading.quarter === 'number') ctx.quarter = reading.quarter;
    }
    settleInitialVersusPlan(lex, sentenceMentions);
  }
  return { mentions, claims, measure: ctx.measure };
}

/**
 * A 自评得分 stated with a weight short of 100 (产出指标完成情况:分值30分,自评得分30分) is a group's or an item's
 * score, not the report's total.
 */
function ofPart(sentenceBefore: string): boolean {
  const weight = /(?:分值|满分|权重)\s*[为是:：]?\s*(\d+(?:\.\d+)?)\s*分/.exec(sentenceBefore);
  return weight !== null && new Decimal(weight[1]!).lt(100);
}

/** The rate metric whose definition is `numerator / denominator`, if any. */
function rateOf(lex: Lexicon, numerator: string, denominator: string): string | null {
  const wanted = `${numerator}/${denominator}*100`;
  for (const r of lex.rates) {
    for (const f of [...r.formulas, ...(r.alternatives ?? [])]) if (f.replace(/\s+/g, '') === wanted) return r.metric;
  }
  return null;
}

/**
 * In one sentence, an unqualified budget (计划采购金额) next to an adjusted one (调整后采购金额) of the same
 * subject is the initial budget.
 */
function settleInitialVersusPlan(lex: Lexicon, sentenceMentions: Mention[]): void {
  for (const m of sentenceMentions) {
    if (m.measure !== 'budget' || !m.subject) continue;
    const adjusted = sentenceMentions.some((o) => o !== m && o.subject === m.subject && o.measure === 'adjusted');
    if (!adjusted) continue;
    const initial = lex.map.get(`${m.subject}|initial`);
    if (initial) m.metric = initial;
  }
}
