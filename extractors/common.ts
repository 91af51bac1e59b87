/**
 * Words every family shares: measures (年初预算, 调整预算数, 实际支出, 执行率 …), words that say nothing
 * specific (我局, 2021年度, 财政拨款), and words that mean the figure is not one of ours (序时进度, 目标, 净值).
 * Measures are combined with a family's subjects by the family's map.
 */
import type { Family, Term } from './family.js';

const generic = (re: string): Term => ({ re, role: 'generic' });
const anchor = (re: string): Term => ({ re, role: 'generic', anchor: true });
const block = (re: string): Term => ({ re, role: 'block' });

export const common: Family = {
  id: 'common',
  description: 'Shared measures, neutral words and blockers',
  metrics: [],
  map: [],
  terms: [
    // Scopes (listed first: a tie in length goes to the earlier term): the part of a whole a figure is about (决算 disclosures state each beside the whole).
    { re: '一般公共预算(?:财政拨款)?', role: 'generic', scope: '一般公共预算' },
    { re: '政府性基金(?:预算)?(?:财政拨款)?', role: 'generic', scope: '政府性基金' },
    { re: '总计|总(?=支出|收入)', role: 'generic', scope: '总计' },
    // Neutral words: who (我局), when (2021年度), funding source, connectives.
    anchor('(?:我|本)(?:局|单位|部门|委|办|院|中心|处|所|站|队|厅|署|会)'),
    generic('(?:该|贵)(?:局|单位|部门|委|办|院|中心|处|所|站|队|厅|署|会)'),
    anchor('全(?:局|区|市|县|部门|单位)|本级|部门(?:整体)?|整体|全口径|总体'),
    generic('区级|市级|县级|单位'),
    anchor('\\d{4}年(?![初末底])(?:度)?|\\d{4}|年度|全年度?|本年度?|当年|今年'),
    // Part of the year: a figure for it is not the year's (上半年执行率仅 38%).
    { re: '上半年|下半年|前三季度|前两季度|半年度|(?:截至|截止|至)?(?:[1-9]|1[01])月(?:底|末|份|\\d{1,2}[日号])?', role: 'period' },
    anchor('截至|截止'),
    generic('至|到|于|在'),
    generic('其中|包括|包含|含|均为|均|共计|共|合计|累计|总额|总|共有'),
    generic('财政拨款|财政资金|财政补助|资金|经费|款项'),
    // The total row of the national project form (项目支出绩效自评表).
    anchor('年度资金总额|资金总额|合计金额'),
    generic('的|为|是|了|和|与|及|以及|约|达|达到|计|调整|最终|全部|所有|各项'),
    generic('安排|下达|批复|拨付|核定|申请|追加|列支|一般公共预算安排|对应|相应|其(?!他)|分别|依次|年中|后'),
    // Measures. Longest match wins, so compound words are listed whole.
    { re: '预算执行(?:总)?(?:金额|数)|执行(?:总)?金额|执行数|支出决算数|决算数|决算|实际支出(?:数|金额|总额)?|实际开支|实际使用|实际完成|已(?:经)?支付(?:金额)?|实际支付(?:金额)?|支付金额|年度支出(?:数|总额)?|支出(?:数|金额|总额)|完成预算资金|财政安排支出', measure: 'spend' },
    { re: '实际(?:采购)?', measure: 'spend_weak' },
    { re: '支出|开支|使用', measure: 'spend_weak' },
    { re: '年初(?:部门)?(?:批复)?(?:预算|安排)(?:支出)?(?:收入)?(?:数|金额|安排数?|总额)?|部门预算收入|年初下达(?:金额|预算)?|年初批复(?:数|金额)?|年初|调整前(?:预算)?(?:数|金额)?', measure: 'initial' },
    { re: '调整后(?:的)?(?:部门)?(?:预算)?(?:数|金额|安排数?|总额)?|调整(?:后)?预算(?:数|金额|总额)?|预算调整(?:后)?(?:数|预算数)?|调整预算后(?:的)?|全年(?:调整)?预算(?:数|金额)?|年度总指标|财政预算收入|调增后|调减后|变更后预算(?:数)?', measure: 'adjusted' },
    // 部门预算支出总额: the budget of the spending, not the spending (一般公共预算 is a fund, read whole before it).
    { re: '预算支出(?:总额|数|金额)?|预算(?:总)?(?:数|金额|总金额|安排数?|总额|总数|资金|经费)?|计划(?:金额|数)?|指标(?:金额|数)?|批复(?:数|金额)', measure: 'budget' },
    { re: '(?:预算|资金|总预算|部门预算)?(?:执行|控制|利用)率|完成(?:年初|全年|调整后?)?预算(?:数)?的', measure: 'rate' },
    { re: '(?:预算)?(?:分季|季度|时序)(?:预算)?执行率', measure: 'quarter_rate' },
    { re: '(?:预算|资金)?(?:执行|支出|支付)进度', measure: 'progress' },
    { re: '金额|数额|总额|数(?!据)|原值(?:总额)?|账面原值', measure: 'amount' },
    { re: '年末|年底|期末|年终', measure: 'end' },
    // Not our figures: targets, thresholds, scoring rules, revenue, depreciation, other rates.
    block('序时(?:进度)?|时间进度|(?:月|季|平均|均衡)进度|目标值?|标准|要求|考核|指标值|阈值|上限|下限'),
    block('净值|账面价值|折旧|残值|处置收入|到位资金|到位'),
    block('即办率|办结率|解读率|完成率|压缩率|覆盖率|上线率|在线率|回复率|可办率|发布率|完备度|使用率|增长率|下降率|降幅|增幅|变动率|比例|占比|比重|得分|扣分'),
    // Comparisons: a number after these is a difference or a growth rate, not a level.
    { re: '比|较|同比|环比|相比|相较|对比|与上年|大于|小于|多于|少于|超过|超出|高于|低于', role: 'compare' },
  ],
};
