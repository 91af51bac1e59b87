/**
 * Words the XLSX and HTML writers show around the data: severity, check and role names, column headers, page
 * chrome. Registered as `ui.*` messages (zh first, en) so `--lang` picks them like every other message.
 */
import { defineMessages, MESSAGES, type Lang } from '../../i18n/messages.js';
import { render } from '../render.js';
import type { Location, Severity } from '../../model/audit.js';
import { metricName } from '../metric-names.js';

defineMessages({
  // Severities and checks
  'ui.severity.error': { zh: '错误', en: 'Error' },
  'ui.severity.warning': { zh: '警告', en: 'Warning' },
  'ui.severity.info': { zh: '提示', en: 'Info' },
  'ui.check.ratio_mismatch': { zh: '比率不符', en: 'Ratio mismatch' },
  'ui.check.conflicting_mentions': { zh: '前后不一致', en: 'Conflicting mentions' },
  'ui.check.sum_mismatch': { zh: '合计不符', en: 'Sum mismatch' },
  'ui.check.difference_mismatch': { zh: '增减不符', en: 'Difference mismatch' },
  'ui.check.share_mismatch': { zh: '占比不符', en: 'Share mismatch' },
  'ui.check.unit_suspect': { zh: '单位存疑', en: 'Suspect unit' },
  'ui.check.score_mismatch': { zh: '评分不符', en: 'Score mismatch' },
  'ui.check.score_total_mismatch': { zh: '总分不符', en: 'Score total mismatch' },
  'ui.check.period_mismatch': { zh: '年度不符', en: 'Period mismatch' },
  'ui.role.reported': { zh: '报告值', en: 'Reported' },
  'ui.role.input': { zh: '计算依据', en: 'Input' },
  'ui.role.part': { zh: '分项', en: 'Part' },
  'ui.role.whole': { zh: '合计', en: 'Total' },
  'ui.role.mention': { zh: '另一处提及', en: 'Mention' },
  'ui.role.numerator': { zh: '分子', en: 'Numerator' },
  'ui.role.denominator': { zh: '分母', en: 'Denominator' },
  'ui.role.weight': { zh: '分值', en: 'Weight' },
  'ui.role.score': { zh: '得分', en: 'Score' },
  'ui.role.context': { zh: '上下文', en: 'Context' },
  'ui.role.actual': { zh: '实际数', en: 'Actual' },
  'ui.role.target': { zh: '目标值', en: 'Target' },
  'ui.role.base': { zh: '基数', en: 'Base' },
  'ui.role.current': { zh: '本期数', en: 'Current' },
  'ui.role.budget': { zh: '预算数', en: 'Budget' },
  'ui.role.spend': { zh: '支出数', en: 'Spending' },
  'ui.role.change': { zh: '增减额', en: 'Change' },
  'ui.role.rate': { zh: '比率', en: 'Rate' },
  'ui.role.share': { zh: '占比', en: 'Share' },
  'ui.role.other': { zh: '依据', en: 'Input' },
  // Statuses
  'ui.status.ok': { zh: '已审核', en: 'Audited' },
  'ui.status.failed': { zh: '失败', en: 'Failed' },
  'ui.status.unsupported': { zh: '不支持', en: 'Unsupported' },
  'ui.status.empty': { zh: '空文件', en: 'Empty' },
  'ui.status.scanned-no-text': { zh: '扫描件无文字', en: 'Scanned, no text' },
  'ui.status.encrypted': { zh: '已加密', en: 'Encrypted' },
  'ui.status.garbled': { zh: '乱码', en: 'Garbled' },
  'ui.status.too-large': { zh: '文件过大', en: 'Too large' },
  'ui.status.timeout': { zh: '超时', en: 'Timed out' },
  'ui.status.interrupted': { zh: '已中断', en: 'Interrupted' },
  // Locations
  'ui.loc.page-line': { zh: '第 {page} 页第 {line} 行', en: 'p. {page}, line {line}' },
  'ui.loc.line': { zh: '第 {line} 行', en: 'line {line}' },
  'ui.loc.page': { zh: '第 {page} 页', en: 'Page {page}' },
  'ui.loc.table': { zh: '表 {table} 第 {row} 行第 {col} 列', en: 'table {table}, row {row}, col {col}' },
  // Column headers (XLSX and HTML)
  'ui.col.file': { zh: '文件', en: 'File' },
  'ui.col.status': { zh: '状态', en: 'Status' },
  'ui.col.format': { zh: '格式', en: 'Format' },
  'ui.col.pages': { zh: '页数', en: 'Pages' },
  'ui.col.dept': { zh: '部门', en: 'Department' },
  'ui.col.region': { zh: '地区', en: 'Region' },
  'ui.col.year': { zh: '年度', en: 'Year' },
  'ui.col.stated': { zh: '自评分', en: 'Self-score' },
  'ui.col.rubric': { zh: '评分框架', en: 'Rubric' },
  'ui.col.rescored-min': { zh: '复核分（低）', en: 'Re-score min' },
  'ui.col.rescored-max': { zh: '复核分（高）', en: 'Re-score max' },
  'ui.col.rescored': { zh: '复核分', en: 'Re-score' },
  'ui.col.gap': { zh: '分差', en: 'Score gap' },
  'ui.col.facts': { zh: '数据项', en: 'Figures' },
  'ui.col.checked': { zh: '已核验', en: 'Checked' },
  'ui.col.unverifiable': { zh: '无法核验', en: 'Unverifiable' },
  'ui.col.unverifiable-share': { zh: '无法核验占比', en: 'Unverifiable share' },
  'ui.col.errors': { zh: '错误', en: 'Errors' },
  'ui.col.warnings': { zh: '警告', en: 'Warnings' },
  'ui.col.infos': { zh: '提示', en: 'Info' },
  'ui.col.flags': { zh: '问题', en: 'Flags' },
  'ui.col.seconds': { zh: '用时（秒）', en: 'Seconds' },
  'ui.col.note': { zh: '说明', en: 'Note' },
  'ui.col.link': { zh: '查看', en: 'View' },
  'ui.col.severity': { zh: '严重程度', en: 'Severity' },
  'ui.col.check': { zh: '检查项', en: 'Check' },
  'ui.col.check-id': { zh: '检查代码', en: 'Check id' },
  'ui.col.metric': { zh: '指标', en: 'Metric' },
  'ui.col.metric-id': { zh: '指标代码', en: 'Metric id' },
  'ui.col.key': { zh: '细项', en: 'Key' },
  'ui.col.reported': { zh: '报告值', en: 'Reported' },
  'ui.col.expected': { zh: '按报告数据应为', en: 'Expected' },
  'ui.col.margin': { zh: '超出幅度', en: 'Margin' },
  'ui.col.relative': { zh: '相对差距', en: 'Relative gap' },
  'ui.col.formula': { zh: '计算公式', en: 'Formula' },
  'ui.col.message': { zh: '问题说明', en: 'Message' },
  'ui.col.page': { zh: '页', en: 'Page' },
  'ui.col.line': { zh: '行', en: 'Line' },
  'ui.col.quote': { zh: '原文', en: 'Quote' },
  'ui.col.evidence': { zh: '依据数据', en: 'Evidence' },
  'ui.col.ocr': { zh: 'OCR', en: 'OCR' },
  'ui.col.value': { zh: '数值', en: 'Value' },
  'ui.col.unit': { zh: '单位', en: 'Unit' },
  'ui.col.raw': { zh: '原文数字', en: 'As printed' },
  'ui.col.raw-unit': { zh: '原文单位', en: 'Printed unit' },
  'ui.col.extractor': { zh: '提取规则', en: 'Extractor' },
  'ui.col.table': { zh: '表', en: 'Table' },
  'ui.col.caption': { zh: '表题', en: 'Caption' },
  'ui.col.row': { zh: '行号', en: 'Row' },
  'ui.col.col': { zh: '列号', en: 'Col' },
  'ui.col.header': { zh: '列标题', en: 'Header' },
  'ui.col.text': { zh: '单元格文字', en: 'Cell text' },
  'ui.col.role': { zh: '作用', en: 'Role' },
  'ui.col.location': { zh: '位置', en: 'Location' },
  'ui.col.ocr-yes': { zh: '是', en: 'yes' },
  'ui.col.suspect': { zh: '存疑并已更正', en: 'Corrected' },
  'ui.col.value-as-printed': { zh: '按原文单位的数值', en: 'Value as printed' },
  'ui.col.duplicates': { zh: '内容相同的文件', en: 'Identical files' },
  'ui.col.kind': { zh: '类别', en: 'Kind' },
  'ui.col.label': { zh: '原文标签', en: 'Label as printed' },
  'ui.col.comparator': { zh: '比较符', en: 'Comparator' },
  'ui.col.period': { zh: '期间', en: 'Period' },
  'ui.col.comparison': { zh: '比较对象', en: 'Compared with' },
  'ui.col.direction': { zh: '增减', en: 'Direction' },
  'ui.col.figure-role': { zh: '角色', en: 'Role' },
  'ui.kind.amount': { zh: '金额', en: 'Amount' },
  'ui.kind.rate': { zh: '比率', en: 'Rate' },
  'ui.kind.growth': { zh: '增减幅度', en: 'Growth' },
  'ui.kind.share': { zh: '占比', en: 'Share' },
  'ui.kind.score': { zh: '得分', en: 'Score' },
  'ui.kind.weight': { zh: '分值', en: 'Weight' },
  'ui.kind.headcount': { zh: '人数', en: 'Headcount' },
  'ui.kind.quantity': { zh: '指标值', en: 'Quantity' },
  // Sheet names (at most 31 characters, no []:*?/\)
  'ui.sheet.summary': { zh: '汇总', en: 'Summary' },
  'ui.sheet.flags': { zh: '问题', en: 'Flags' },
  'ui.sheet.facts': { zh: '指标', en: 'Metrics' },
  'ui.sheet.details': { zh: '明细', en: 'Details' },
  'ui.sheet.tables': { zh: '表格', en: 'Tables' },
  'ui.sheet.unverifiable': { zh: '无法核验', en: 'Unverifiable' },
  'ui.sheet.by-report': { zh: '按报告', en: 'By report' },
  'ui.sheet.figures': { zh: '全部数据', en: 'All figures' },
  // HTML pages
  'ui.html.title': { zh: '绩效自评报告审核', en: 'Budget-performance report audit' },
  'ui.html.text': { zh: '提取的文本', en: 'Extracted text' },
  'ui.html.pages': { zh: '{n} 页', en: '{n} pages' },
  'ui.html.back': { zh: '全部报告', en: 'All reports' },
  'ui.html.no-text': { zh: '没有可显示的提取文本。', en: 'No extracted text to show.' },
  'ui.html.legend-fact': { zh: '已提取的数据（点击查看）', en: 'extracted figure (click for details)' },
  'ui.html.legend-figure': { zh: '其他数据（悬停查看标签）', en: 'other figure (hover for its label)' },
  'ui.html.legend-ev': { zh: '所选问题的依据', en: 'evidence of the selected flag' },
  'ui.html.no-flags': { zh: '未发现前后矛盾的数据。', en: 'No contradictions found.' },
  'ui.html.not-audited': { zh: '此文件未能审核。', en: 'This file could not be audited.' },
  'ui.html.not-in-text': { zh: '文本中无此处', en: 'not in text' },
  'ui.html.jump': { zh: '定位', en: 'Show' },
  'ui.html.open-file': { zh: '打开该文件', en: 'Open file' },
  'ui.html.no-facts': { zh: '未提取到数据。', en: 'No figures extracted.' },
  'ui.html.filter-facts': { zh: '筛选指标、细项或数值', en: 'Filter by metric, key or value' },
  'ui.html.core': { zh: '核心指标', en: 'Core metrics' },
  'ui.html.detail': { zh: '明细', en: 'Details' },
  'ui.html.none': { zh: '无。', en: 'None.' },
  'ui.html.unverifiable-help': { zh: '报告中找不到计算依据、无法复算的比率和合计。', en: 'Rates and totals whose inputs are not in the report, so they could not be re-computed.' },
  'ui.html.related': { zh: '相关问题：', en: 'Related flags:' },
  'ui.html.no-reports': { zh: '本次没有报告。', en: 'No reports in this run.' },
  'ui.html.footer': { zh: 'jixiao {version} · 生成于 {created}', en: 'jixiao {version} · generated {created}' },
  'ui.html.generated': { zh: '生成于 {created}', en: 'Generated {created}' },
  'ui.html.seconds': { zh: '用时 {seconds} 秒', en: '{seconds} s' },
  'ui.html.files': { zh: '文件', en: 'Files' },
  'ui.html.not-read': { zh: '未能审核', en: 'Not audited' },
  'ui.html.search': { zh: '搜索文件名、部门或地区', en: 'Search file, department or region' },
  'ui.html.any-severity': { zh: '全部问题级别', en: 'Any severity' },
  'ui.html.has-error': { zh: '有错误', en: 'Has errors' },
  'ui.html.has-warning': { zh: '有警告或错误', en: 'Has warnings or errors' },
  'ui.html.has-any': { zh: '有任何问题', en: 'Has any flag' },
  'ui.html.has-none': { zh: '无问题', en: 'No flags' },
  'ui.html.any-region': { zh: '全部地区', en: 'All regions' },
  'ui.html.any-year': { zh: '全部年度', en: 'All years' },
  'ui.html.any-status': { zh: '全部状态', en: 'Any status' },
  'ui.html.count': { zh: '显示 {shown} / {total} 份报告', en: 'Showing {shown} of {total} reports' },
  'ui.html.top-gaps': { zh: '差距最大的问题', en: 'Largest findings' },
  'ui.html.top-gaps-help': {
    zh: '按类别列出，各类按相对差距（差距 ÷ 按报告数据应得的数值）排列；同一问题在多个文件或由两项检查发现时只列一次。',
    en: 'By kind, each ranked by relative gap (the gap ÷ the value the report’s own figures give); a finding in several files, or found by two checks, is listed once.',
  },
  'ui.html.gap-copies': { zh: '另有 {n} 个文件相同', en: 'and {n} more with the same finding' },
  'ui.html.gap-kind.unit': { zh: '单位错误', en: 'Unit slips' },
  'ui.html.gap-kind.rate': { zh: '比率、占比与增幅（差距以百分点计）', en: 'Rates, shares and growth (gaps in percentage points)' },
  'ui.html.gap-kind.amount': { zh: '金额（差距以万元计）', en: 'Amounts (gaps in 万元)' },
  'ui.html.gap-kind.score': { zh: '得分（差距以分计）', en: 'Scores (gaps in points)' },
  'ui.html.gap-kind.people': { zh: '人数', en: 'Headcounts' },
  'ui.html.gap-kind.other': { zh: '其他', en: 'Other' },
  'ui.html.suspect': { zh: '已更正：按原文单位为 {printed} {unit}（见“单位存疑”问题）', en: 'Corrected: {printed} {unit} as printed (see the suspect-unit flag)' },
  'ui.html.duplicates': { zh: '与本次审核的以下文件内容完全相同：{files}', en: 'Identical to these files of this run: {files}' },
  // The score chart of index.html
  'ui.chart.title': { zh: '自评分与复核分', en: 'Stated and re-scored scores' },
  'ui.chart.x': { zh: '自评得分', en: 'Stated self-score' },
  'ui.chart.y': { zh: '复核得分', en: 'Re-scored' },
  'ui.chart.point': { zh: '自评 {stated} 分，复核 {rescored} 分', en: 'stated {stated}, re-scored {rescored}' },
  'ui.chart.caption': {
    zh: '共 {count} 份报告既有自评分又能复核。每个点（或竖线）是一份报告，竖线表示报告数据允许的复核分范围；对角线以下的点自评偏高（红），以上的偏低（蓝），在线上的一致。点击查看该报告。',
    en: '{count} reports have both a stated score and a re-score. Each point (or vertical bar) is a report; a bar is the range of re-scores its figures allow. Points below the diagonal scored themselves higher than their figures give (red), above it lower (blue); on it, the two agree. Click a point to open the report.',
  },
});

/** A `ui.*` string in the language asked for. */
export function t(code: string, lang: Lang, params?: Record<string, string | number>): string {
  return render(params ? { code: `ui.${code}`, params } : { code: `ui.${code}` }, lang);
}

function optional(code: string, fallback: string, lang: Lang): string {
  return MESSAGES[`ui.${code}`] ? t(code, lang) : fallback;
}

export const severityLabel = (s: Severity, lang: Lang): string => t(`severity.${s}`, lang);
export const checkLabel = (check: string, lang: Lang): string => optional(`check.${check}`, check, lang);
/** An evidence role's name; a role without one of its own is called what every role is, the evidence used. */
export const roleLabel = (role: string, lang: Lang): string => optional(`role.${role}`, t('role.other', lang), lang);
export const statusLabel = (status: string, lang: Lang): string => optional(`status.${status}`, status, lang);

/** The metric's name for a cell or a heading; ids the catalogue does not know are shown as they are. */
export function metricLabel(metric: string, lang: Lang): string {
  return metricName(metric, lang, true);
}

/** `第 3 页第 12 行` / `p. 3, line 12`, or the line alone for unpaged formats. */
export function locationLabel(loc: Pick<Location, 'page' | 'line'>, lang: Lang): string {
  return loc.page === null ? t('loc.line', lang, { line: loc.line }) : t('loc.page-line', lang, { page: loc.page, line: loc.line });
}
