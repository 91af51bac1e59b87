/**
 * A flag's evidence for people, the same in every output (flags.csv, the workbook's 问题 sheet, `jixiao inspect`):
 * each figure used with its role, the metric or label it was read as, the number as printed and where it is.
 * `报告值 “三公”经费控制率 44.03%（第 3 页第 12 行）；计算依据 2.11（第 3 页第 12 行）`.
 */
import type { Evidence, Flag } from '../model/audit.js';
import type { Lang } from '../i18n/messages.js';
import { locationLabel, roleLabel } from './html/labels.js';
import { knownMetricName } from './metric-names.js';

/** One figure of the evidence; the file is named only when it is another file of the report (a joined score sheet). */
export function evidenceItem(e: Evidence, file: string, lang: Lang): string {
  const open = lang === 'zh' ? '（' : ' (';
  const close = lang === 'zh' ? '）' : ')';
  const where = `${e.location.file && e.location.file !== file ? `${e.location.file} ` : ''}${locationLabel(e.location, lang)}`;
  const what = [roleLabel(e.role, lang), knownMetricName(e.metric, lang, true), e.key ?? '', e.raw].filter(Boolean).join(' ');
  return `${what}${open}${where}${close}`;
}

/** Every figure of a flag's evidence, in order. */
export function evidenceText(flag: Pick<Flag, 'evidence'>, file: string, lang: Lang): string {
  return flag.evidence.map((e) => evidenceItem(e, file, lang)).join(lang === 'zh' ? '；' : '; ');
}
