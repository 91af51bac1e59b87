/**
 * Read the label in front of a number: which metric it names, or why it is not one of ours.
 *
 * The label is read from the number leftwards. Words right before the number must be connectors (为, 是, 达到,
 * ：) — words like 未达到, 超过, ≤, ×, 要求 mean a threshold or a formula, not a figure. Then terms are
 * collected until the clause ends (punctuation) or until two or more characters no term knows: those name a
 * specific item (免费刻制公章经费预算, ……项目预算金额), which is not the department's figure. An organisation
 * name (……政务服务数据管理局) is not specific: it is the department itself.
 */
import { tokenize, type Lexicon, type Measure, type Quarter, type TermMatch } from './lexicon.js';
import { unmapped } from '../text/mapped-text.js';

export interface LabelReading {
  metric: string | null;
  subject: string | null;
  /** All subjects named, left to right (for `基本支出、项目支出分别为 …`). */
  subjects: string[];
  measure: Measure | null;
  quarter: Quarter | null;
  key: string;
  /** The label names a specific item, not the department. */
  specific: boolean;
  /** The nearest meaningful word says this is not a figure of ours (序时进度, 目标, 净值 …). */
  blocked: boolean;
  /** A threshold, a formula or a negation sits between label and number. */
  rejected: boolean;
  /** 约, 近, 左右: the figure is approximate. */
  approx: boolean;
  /** The label introduces a list (分别为). */
  list: boolean;
  /** Some term was found (a reading with no term at all says nothing). */
  hasTerms: boolean;
  /** Scope qualifiers of the label (一般公共预算, 总计, 本年), sorted and joined by '+'; empty when none. */
  scope: string;
}

const CONNECTOR = /^(?:[:：]|为|是|达到?|约为?|近|共计?|合计|总计|计|仅为?|只有|已达|已|高达|分别为|分别是|分别达到?|依次为|的|了|有|总额为?|金额为?|总数为?|\s|[“”"'‘’])*$/;
const REJECT = /未|不足|不到|不超过|不低于|不高于|超过|超出|高于|低于|少于|多于|大于|小于|以上|以下|≤|≥|<|>|×|÷|\/|要求|目标|控制在|控制目标|标准|=/;
const ORG_SUFFIX = /(?:局|委员会|委|办公室|办|院|中心|厅|部|处|所|站|队|署|会|馆|校|学校|公司|单位|政府|机关|集团)$/;
const CLAUSE_STOP = /[，,；;。！？!?、：:]/;
const MEASURE_PRIORITY: Measure[] = ['spend', 'initial', 'end', 'adjusted', 'in_use', 'in_post', 'budget', 'spend_weak', 'amount'];

/** Remove balanced parentheses and what they hold (（不含基本建设类项目）, （含直接聘用的编外人员）, （1）). */
export function stripParentheticals(label: string): string {
  let out = label;
  for (let i = 0; i < 4; i++) {
    const next = out.replace(/[（(][^（）()]*[）)]/g, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * A bracket that names the whole of what its clause lists (因公出国(境)经费、公务接待费、公车购置费,公车运行费(“三公”经费)决算总额):
 * when the bracket holds only a subject whose identity has the subject before it among its parts, the label is the
 * bracket's subject with the measure words after it, not the last item of the list.
 */
function appositive(lex: Lexicon, label: string): string | null {
  const m = /([^（）()，,、；;]{2,16})[（(]([^（）()]{2,14})[)）]([^（）()，,；;。]{0,10})$/.exec(label);
  if (!m) return null;
  const subjectOf = (text: string) => {
    const found = tokenize(lex, text).filter((t) => t.term.subject);
    return found.length === 1 && !found[0]!.term.measure ? found[0]!.term.subject! : null;
  };
  const whole = subjectOf(m[2]!);
  const part = subjectOf(m[1]!);
  if (!whole || !part || whole === part) return null;
  const listsPart = lex.identities.some((i) => i.whole.startsWith(`${whole}_`) && i.parts.some((alt) => alt.some((p) => p.startsWith(`${part}_`))));
  return listsPart ? `${m[2]}${m[3]}` : null;
}

function cjkCount(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** Where the terms of a label end (the connector after them is not part of it). */
function labelEnd(matches: TermMatch[], label: string): number {
  return matches.length ? matches[matches.length - 1]!.end : label.length;
}

export function readLabel(lex: Lexicon, rawLabel: string): LabelReading {
  const reading: LabelReading = {
    metric: null,
    subject: null,
    subjects: [],
    measure: null,
    quarter: null,
    key: '',
    specific: false,
    blocked: false,
    rejected: false,
    approx: false,
    list: false,
    hasTerms: false,
    scope: '',
  };
  // Header and caption text arrive as printed (traditional characters, full-width forms): read them normalised.
  const label = appositive(lex, unmapped(rawLabel).text) ?? stripParentheticals(unmapped(rawLabel).text);
  const matches = tokenize(lex, label);
  // The connector: what follows the last meaningful term.
  let last = matches.length - 1;
  while (last >= 0 && matches[last]!.term.role === 'generic') last--;
  const connectorStart = last >= 0 ? matches[last]!.end : 0;
  const connector = label.slice(connectorStart);
  if (REJECT.test(connector)) reading.rejected = true;
  if (/约|近|左右/.test(connector)) reading.approx = true;
  if (/分别|依次/.test(connector)) reading.list = true;
  if (!CONNECTOR.test(connector.replace(/约|近|分别|依次|均|共|合计|总计/g, ''))) {
    // Something no term knows sits between the label and the number: the label is not this number's.
    reading.rejected ||= cjkCount(connector) > 0;
  }
  if (last < 0) return reading;
  // Collect the core: terms from the last meaningful one leftwards, within the clause.
  const core: TermMatch[] = [];
  let cursor = matches[last]!.end;
  for (let i = last; i >= 0; i--) {
    const m = matches[i]!;
    const gap = label.slice(m.end, cursor);
    if (CLAUSE_STOP.test(gap)) break;
    if (cjkCount(gap) >= 2 && !ORG_SUFFIX.test(gap)) {
      const firstMeaningful = core.find((c) => c.term.role !== 'generic');
      reading.specific = firstMeaningful !== undefined && !core.some((c) => c.term.anchor && c.start < firstMeaningful.start);
      break;
    }
    core.unshift(m);
    cursor = m.start;
  }
  // Characters left of the core inside the clause: a specific name unless they are an organisation.
  if (!reading.specific && core.length && !core.some((c) => c.term.anchor)) {
    const before = label.slice(0, core[0]!.start);
    const clause = before.split(CLAUSE_STOP).pop() ?? '';
    if (cjkCount(clause) >= 2 && !ORG_SUFFIX.test(clause)) reading.specific = true;
  }
  const meaningful = core.filter((m) => m.term.role !== 'generic');
  reading.hasTerms = meaningful.length > 0;
  // Scope words can stand on either side of the measure (财政拨款支出总计): the whole clause counts.
  const clauseStart = core[0]?.start ?? 0;
  const scoped = matches.filter((m) => m.term.scope && m.start >= clauseStart && !CLAUSE_STOP.test(label.slice(m.start, labelEnd(matches, label))));
  reading.scope = [...new Set(scoped.map((m) => m.term.scope!))].sort().join('+');
  // 某某支出(项)：支出决算为 67.64 万元 — a field whose value names only a measure: the field's name is the subject.
  // Only a bare measure after the colon (支出决算为) makes a field; 情况如下：我局年初预算为 … is a sentence.
  if (!reading.specific && meaningful.length && !core.some((m) => m.term.subject || m.term.metric || m.term.anchor)) {
    const colon = Math.max(label.lastIndexOf('：', core[0]!.start), label.lastIndexOf(':', core[0]!.start));
    const field = colon >= 0 ? (label.slice(0, colon).split(/[，,；;。]/).pop() ?? '') : '';
    if (colon >= 0 && label.slice(colon + 1, core[0]!.start).trim() === '' && !/如下|以下|情况|具体|明细/.test(field)) {
      const fieldReading = field.trim() ? readLabel(lex, field) : null;
      if (fieldReading && (fieldReading.specific || (!fieldReading.hasTerms && cjkCount(field) >= 2))) reading.specific = true;
    }
  }
  // 该项目 / 此项 / 某单位: a determiner names one particular item.
  if (meaningful.length && /[该此这某](?:个|项|笔)?$/.test(label.slice(0, meaningful[0]!.start).replace(/\s+/g, ''))) {
    const between = core.filter((c) => c.start < meaningful[0]!.start);
    if (!between.some((c) => c.term.anchor)) reading.specific = true;
  }
  const rightmost = meaningful[meaningful.length - 1];
  if (!rightmost) return reading;
  if (rightmost.term.role === 'block') {
    reading.blocked = true;
    return reading;
  }
  if (meaningful.some((m) => m.term.role === 'compare' || m.term.role === 'period')) {
    reading.blocked = true;
    return reading;
  }
  for (const m of meaningful) {
    if (m.term.key) reading.key = m.term.key;
    if (m.term.quarter !== undefined) reading.quarter = m.term.quarter;
    if (m.term.subject) reading.subjects.push(m.term.subject);
  }
  const metricTerm = [...meaningful].reverse().find((m) => m.term.metric);
  const subjectTerm = [...meaningful].reverse().find((m) => m.term.subject);
  // A whole-metric term wins unless a subject stands to its right (在编人员 … 公用经费: the subject is later).
  if (metricTerm && (!subjectTerm || subjectTerm.start < metricTerm.start)) {
    reading.metric = metricTerm.term.metric!;
    return reading;
  }
  reading.subject = subjectTerm?.term.subject ?? null;
  const measures = meaningful.filter((m) => m.term.measure).map((m) => m.term.measure!);
  const tail = measures[measures.length - 1];
  if (tail === 'rate' || tail === 'progress' || tail === 'quarter_rate') reading.measure = tail;
  else reading.measure = MEASURE_PRIORITY.find((p) => measures.includes(p)) ?? null;
  return reading;
}
