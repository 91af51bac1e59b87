/**
 * Who and when: the department (部门名称, 单位名称, 评价单位, or the title line), its region (the province /
 * city / district prefix of its name), the budget year evaluated (not the filing year) and the filing date.
 */
import type { Family } from './family.js';

export const identityWordings = {
  /** Field labels whose value is the department name. */
  deptLabel: /(?:部门|单位|评价单位|被评价单位|预算单位|填报单位|主管部门|项目单位|实施单位)(?:名称)?(?:[（(][^）)]{0,6}[）)])?\s*[:：]\s*/,
  /** Suffixes of a report title after the department name. */
  titleSuffix: /(?:\d{4}\s*年度?)?(?:部门|单位)?(?:整体)?(?:支出)?(?:绩效)?(?:自评|自我评价|评价)(?:报告|情况|自评报告)?\s*$/,
  /** Budget year: 评价年度：2022年度, or a title 2021 年度部门整体支出绩效自评报告. */
  yearLabel: /(?:评价|考核|预算|绩效)年度\s*[:：]\s*(\d{4})/,
  yearTitle: /(\d{4})\s*年度?[^。；]{0,40}?(?:绩效|自评|评价)[^。；]{0,12}?(?:报告|表)/,
  filledLabel: /(?:填报|填表|报送|编制|评价)(?:日期|时间)\s*[:：]\s*/,
  /** Marks to strip from a department name. */
  deptNoise: /[（(](?:公章|盖章|章|签章|本级)[）)]|本级$|\s+/g,
  /** An organisation name ends with one of these. */
  orgSuffix: /(?:局|委员会|委|办公室|办|院|中心|厅|部|处|所|站|队|署|会|馆|学校|校|公司|政府|机关|集团|协会|联合会|馆)$/,
};

export const identity: Family = {
  id: 'identity',
  description: 'Department, region, year, filing date',
  metrics: [
    { id: 'dept', unit: 'text', tier: 'core', zh: '部门', en: 'department' },
    { id: 'region', unit: 'text', tier: 'core', zh: '地区', en: 'region' },
    { id: 'year', unit: 'year', tier: 'core', zh: '评价年度', en: 'budget year' },
    { id: 'filled_date', unit: 'date', tier: 'core', zh: '填报日期', en: 'filing date' },
  ],
  terms: [],
  map: [],
};
