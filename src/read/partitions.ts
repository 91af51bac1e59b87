/**
 * Lists of parts that make up their whole when all are named: a 其中 list of 中央 and 地方 funds is the whole
 * of the funds, while a 其中 list of two projects may leave others out. A list whose parts fall short of its
 * whole is a contradiction only when it is one of these; parts that exceed their whole always are.
 */
export interface Partition {
  name: string;
  /** Each must be named by one part. */
  members: RegExp[];
  /** May also be named. */
  optional?: RegExp[];
  /** Wholes that hold more than the members (大口径财政收入 holds 社会保险基金 and 国有资本经营 too). */
  notOf?: RegExp;
}

export const PARTITIONS: Partition[] = [
  { name: '中央/地方', members: [/中央/, /地方/] },
  { name: '基本支出/项目支出', members: [/基本支出|基本经费/, /项目支出|项目经费/], optional: [/经营支出/] },
  { name: '人员经费/公用经费', members: [/人员经费|人员支出/, /公用经费|公用支出/] },
  { name: '已分配/未分配', members: [/已分配/, /未分配/] },
  { name: '已支付/未支付', members: [/已支付|已拨付|已使用/, /未支付|未拨付|未使用/] },
  { name: '一般公共预算/政府性基金', members: [/一般公共预算/, /政府性基金/], optional: [/国有资本经营/], notOf: /大口径|全口径|总收入|收入总|总支出|支出总/ },
  { name: '年初预算/调整', members: [/年初/, /调整|追加|调增/] },
  { name: '在职/退休', members: [/在职|在编/, /退休|离退休/], optional: [/离休/] },
  // 离退休人员12人，其中离休2人，退休10人: the whole's name is its two parts'.
  { name: '离休/退休', members: [/^(?:其中)?[:：，,]?离休/, /^(?:其中)?[:：，,]?退休/] },
  { name: '管理/专业技术/工勤', members: [/管理/, /专业技术|专技/, /工勤/] },
  // 彩票公益金筹集额…，上缴中央财政…，省级留成…: what is raised is paid up or kept.
  { name: '上缴/留成', members: [/上缴/, /留成|留用/] },
];

/** The partition the parts' labels name completely, if any (and that the whole's label, when given, allows). */
export function completePartition(labels: string[], whole = ''): Partition | null {
  for (const p of PARTITIONS) {
    if (p.notOf?.test(whole)) continue;
    const all = [...p.members, ...(p.optional ?? [])];
    if (!labels.every((l) => all.some((m) => m.test(l)))) continue;
    if (p.members.every((m) => labels.some((l) => m.test(l)))) return p;
  }
  return null;
}

/**
 * Names of sibling parts: a list whose parts name some of one set goes on past a full stop when the next sentence
 * opens with another of that set (其中：税收收入…，同比下降6.18%。非税收入完成…). Wider than the partitions: 税收 and
 * 非税 are the parts of 一般公共预算收入 but not of every revenue total, so their sum is not checked as complete.
 */
const SIBLING_SETS: RegExp[][] = [
  [/^税收/, /^非税/],
  [/^(?:因公)?出国/, /^公务用车/, /^公务接待/],
  // 其中：人员经费…，主要包括：…。公用经费…: the two halves of 基本支出, each with its own sentence of contents.
  [/^人员(?:经费|支出)/, /^(?:日常)?公用(?:经费|支出)/],
  // The economic classes of a spending: 工资福利支出, 商品和服务支出, 对个人和家庭的补助 (支出).
  [/^工资福利/, /^商品和服务/, /^对个人和家庭/],
];

/** A label without its list marker and quotes (1、, （二）, “): what it opens with. */
function opening(label: string): string {
  return label.replace(/^[\s“”"'‘’]*(?:其中[:：，,]?|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][\d一二三四五六七八九十]{1,2}[）)]|[①-⑳])*[\s“”"'‘’]*/, '');
}

/** Whether a part named `label` goes on a list whose parts are named `labels`: another member of their set. */
export function continuesSiblings(labels: string[], label: string): boolean {
  if (!labels.length) return false;
  return SIBLING_SETS.some((set) => {
    const memberOf = (l: string) => set.findIndex((m) => m.test(opening(l)));
    const named = labels.map(memberOf);
    const next = memberOf(label);
    return next >= 0 && named.every((i) => i >= 0) && !named.includes(next);
  });
}

/**
 * Whether names (nameOf's, 税收收入 for 累计完成税收收入) name every member of a set of siblings and nothing else:
 * all the parts of a whole the siblings make, when the whole is the one they are parts of (a share of it confirms).
 */
export function completeSiblings(names: string[]): boolean {
  return SIBLING_SETS.some((set) => {
    const named = names.map((n) => set.findIndex((m) => m.test(opening(n))));
    return named.every((i) => i >= 0) && set.every((_, i) => named.includes(i));
  });
}
