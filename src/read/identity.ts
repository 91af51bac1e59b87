/**
 * The report's identity: department, region, budget year and filing date, each with where the report states it.
 * The department name is taken from its field (部门名称：…) or the title, cleaned of （公章） and 本级, and
 * completed with the region prefix the report uses elsewhere (龙岗区… → 深圳市龙岗区…).
 */
import type { DocumentModel } from '../model/document.js';
import type { Location } from '../model/audit.js';
import { identityWordings as W } from '../../extractors/identity.js';
import { blockText } from '../text/block-text.js';
import { originalText } from './layout.js';
import { spansOf } from '../text/mapped-text.js';

export interface Identity {
  dept: string | null;
  /** The region prefix of the department's name. */
  region: string | null;
  year: number | null;
  filledDate: string | null;
  /**
   * Where the report states each one: the identity rows of metrics.csv. The region is stated where its department
   * is; a year counted from the 年度 figures is stated nowhere.
   */
  statedAt: { dept: Location | null; year: Location | null; filledDate: Location | null };
}

const REGION = /^((?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,6}?(?:市|自治州|州|盟|地区))?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|旗|市))?)/;
const NAME = '(?:(?![年度的我在于对和与及将由从向])[\\u4e00-\\u9fff])';
const REGION_PREFIX = new RegExp(`((?:${NAME}{2,7}?(?:省|自治区))?(?:${NAME}{2,6}?(?:市|自治州|州|盟|地区))?)$`);
const CN_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function regionOf(dept: string): string | null {
  const m = REGION.exec(dept);
  const region = m?.[1] ?? '';
  // A bare organisation (财政局) has no region; a region must leave a name behind it.
  return region && region.length < dept.length ? region : null;
}

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if ([...s].every((c) => c in CN_NUM)) {
    if (s.length === 4) return Number([...s].map((c) => CN_NUM[c]).join(''));
    if (s.includes('十')) {
      const [a, b] = s.split('十');
      return (a ? CN_NUM[a]! : 1) * 10 + (b ? CN_NUM[b]! : 0);
    }
    return CN_NUM[s] ?? null;
  }
  return null;
}

export function parseDate(text: string): string | null {
  const m =
    /^([\d〇零一二三四五六七八九]{4})\s*[年.\-/]\s*([\d一二三四五六七八九十]{1,3})\s*[月.\-/]\s*([\d一二三四五六七八九十]{1,3})/.exec(text);
  if (!m) return null;
  const y = cnNumber(m[1]!);
  const mo = cnNumber(m[2]!);
  const d = cnNumber(m[3]!);
  if (!y || !mo || !d || mo > 12 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function cleanDept(raw: string): string {
  // A list number before the name ([155]濉溪县民政局, 【3】) is not part of it.
  let name = raw.replace(W.deptNoise, '').replace(/[。；;，,].*$/, '').trim().replace(/^[[【(（]\s*\d+\s*[\]】)）]\s*/, '');
  // Stop at a following field on the same line (填报人：…).
  name = name.replace(/(?:填报人|联系人|负责人|联系电话|电话|日期)[:：].*$/, '');
  return name.replace(/本级$/, '');
}

export function readIdentity(doc: DocumentModel): Identity {
  const out: Identity = { dept: null, region: null, year: null, filledDate: null, statedAt: { dept: null, year: null, filledDate: null } };
  const paragraphs = doc.blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.kind !== 'table')
    .map(({ b }) => ({ mt: blockText(doc, b.lines), lines: b.lines }));
  const fullText = paragraphs.map((p) => p.mt.text).join('\n');
  const at = (p: (typeof paragraphs)[number], start: number, end: number): Location => {
    const spans = spansOf(p.mt, start, end);
    const line = doc.lines[spans[0]?.line ?? p.lines[0]!]!;
    return { file: doc.file, page: line.page, line: line.lineNo, quote: originalText(doc, p.mt, 0, p.mt.text.length).slice(0, 120), spans };
  };

  // Department: a field, else the title line.
  let deptAt: Location | null = null;
  for (const p of paragraphs.slice(0, 40)) {
    const m = W.deptLabel.exec(p.mt.text);
    if (!m || m.index > 4) continue;
    const value = cleanDept(p.mt.text.slice(m.index + m[0].length));
    if (value.length >= 4 && W.orgSuffix.test(value)) {
      out.dept = value;
      deptAt = at(p, m.index + m[0].length, m.index + m[0].length + value.length);
      break;
    }
  }
  if (!out.dept) {
    // Forms put the department in a cell beside its label (主管部门 | 深圳市某区政务服务数据管理局).
    const labels = ['部门名称', '单位名称', '主管部门', '预算单位', '项目单位', '实施单位'];
    let best: { rank: number; name: string; location: Location } | null = null;
    for (const table of doc.tables.slice(0, 3)) {
      for (const row of table.rows.slice(0, 6)) {
        row.forEach((cell, c) => {
          const rank = labels.indexOf(cell.text.replace(/[\s（(][^）)]*[）)]|[:：\s]/g, ''));
          if (rank < 0 || (best && best.rank <= rank)) return;
          const value = row.slice(c + 1).find((x) => x.text.trim() && x.spans.length);
          if (!value) return;
          const name = cleanDept(value.text);
          if (name.length < 4 || !W.orgSuffix.test(name)) return;
          const line = doc.lines[value.spans[0]!.line]!;
          best = { rank, name, location: { file: doc.file, page: line.page, line: line.lineNo, quote: `${cell.text} | ${value.text}`, spans: value.spans } };
        });
      }
    }
    if (best) {
      const found: { name: string; location: Location } = best;
      out.dept = found.name;
      deptAt = found.location;
    }
  }
  if (!out.dept) {
    const head = paragraphs.slice(0, 12);
    head.forEach((p, i) => {
      if (out.dept) return;
      const t = p.mt.text.replace(/^附件\s*\d*\s*/, '');
      if (!W.titleSuffix.test(t) || t.length > 60) return;
      let name = cleanDept(t.replace(W.titleSuffix, '').replace(/^\d{4}\s*年度?/, ''));
      let source = p;
      // A title set on two lines: the department above, 2023年度部门整体支出绩效自评报告 below.
      if (name.length < 4 && i > 0) {
        const above = cleanDept(head[i - 1]!.mt.text);
        if (above.length <= 30) {
          name = above;
          source = head[i - 1]!;
        }
      }
      if (name.length >= 4 && W.orgSuffix.test(name)) {
        out.dept = name;
        const start = source.mt.text.indexOf(name);
        deptAt = at(source, Math.max(0, start), Math.max(0, start) + name.length);
      }
    });
  }
  if (out.dept) {
    // The fullest form of the name used in the report (湛江市坡头区… for 坡头区…).
    let best = out.dept;
    let from = 0;
    for (;;) {
      const i = fullText.indexOf(out.dept, from);
      if (i < 0) break;
      const prefix = REGION_PREFIX.exec(fullText.slice(Math.max(0, i - 14), i))?.[1] ?? '';
      if (prefix && !out.dept.startsWith(prefix) && prefix.length + out.dept.length > best.length) best = prefix + out.dept;
      from = i + 1;
    }
    out.dept = best;
    out.region = regionOf(best);
    out.statedAt.dept = deptAt;
  }

  // Budget year: the field, else the title, else the year most often attached to 年度 figures.
  for (const p of paragraphs.slice(0, 40)) {
    const m = W.yearLabel.exec(p.mt.text) ?? (p.mt.text.length < 80 ? W.yearTitle.exec(p.mt.text) : null);
    if (m) {
      out.year = Number(m[1]);
      out.statedAt.year = at(p, m.index, m.index + m[0].length);
      break;
    }
  }
  if (out.year === null) {
    const counts = new Map<string, number>();
    for (const m of fullText.matchAll(/(20\d{2})\s*年度/g)) {
      // 较2020年度决算数 names the year compared with, not the year under review.
      if (/(?:[较比与同]|相比|对比)\s*$/.test(fullText.slice(Math.max(0, m.index - 3), m.index))) continue;
      counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) out.year = Number(top[0]);
  }

  // Filing date.
  for (const p of paragraphs) {
    const m = W.filledLabel.exec(p.mt.text);
    if (!m) continue;
    const date = parseDate(p.mt.text.slice(m.index + m[0].length));
    if (date) {
      out.filledDate = date;
      out.statedAt.filledDate = at(p, m.index, m.index + m[0].length + 12);
      break;
    }
  }
  return out;
}
