/**
 * What a label names, without the words that only say which measure, period, comparison or change it is:
 * 2021年度收入总计 → 收入, 公務接待費支出決算 → 公务接待费, “三公”经费较上年减少 → 三公经费. Two figures are about the
 * same thing when their names are equal. A label that is only such words (实际支出, 执行率, 已支出) names nothing:
 * it takes the name of the figure before it in its sentence.
 */
import { unmapped } from '../text/mapped-text.js';

const DROP: RegExp[] = [
  // 同口径增收: the basis, not what is named.
  /同口径|可比口径|自然口径/g,
  /(?:19|20)\d{2}\s*年度?|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|截至|上半年|下半年/g,
  /[“”"'‘’「」《》〈〉\s:：,，;；、。]/g,
  /[（(][^）)]*[）)]/g,
  /^(?:其中|包括|含|另|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[①-⑳])+/,
  /(?:比|较|与|同|对比)(?:上年|上一年|去年|上年度|上年同期|同期)?(?:年初|调整后?|全年|人代会|人大)?(?:批准的?|审议通过的?)?(?:预算数?|决算数?|计划数?)?(?:相比|比较)?|相比|比较/g,
  /增加|增长|上升|提高|上涨|增多|增收|增支|超收|多收|多支|减少|下降|降低|减收|减支|短收|少收|少支|欠收|下滑|压减|缩减|节约|节省|超支|持平|无变化|无增减|变动|增减|幅度|降幅|增幅|完成|大于|小于|超过|低于|高于/g,
  /(?:一般公共预算)?(?:财政拨款)?(?:支出)?总?(?:决算数?|预算数?|执行数|实际数|完成数)/g,
  // 收、支总计各增45.16万元: 各 says the change is each one's.
  /各(?:增|减)$/g,
  /实际|已|支出|决算|预算|调整后?|追加|执行|金额|数额|合计|总额|总计|小计|本年|当年|全年|年度|年初|年末|累计|共计|共|为|是|的|了|达到|达|约|占|率|比例|比重|进度|情况|部门|我局|我单位|本单位|单位/g,
  /自评得分|评价得分|得分|评分|满分|分值|资金|经费|款项|安排|下达|拨付|支付|使用/g,
  /数$/,
  // 本部门收入 → 收入: who reports is not what is named.
  /^[本我该]/,
];

/** Short forms a report uses beside the full one: 公务用车购置及运维费 is 公务用车购置及运行维护费. */
const SHORT_FORMS: Array<[RegExp, string]> = [[/运维/g, '运行维护']];

export function nameOf(label: string): string {
  let text = unmapped(label).text;
  for (const [re, full] of SHORT_FORMS) text = text.replace(re, full);
  for (const re of DROP) text = text.replace(re, '');
  return (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2 ? text : '';
}
