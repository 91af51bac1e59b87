/**
 * The words that tell what a figure is, as data: who is counted as staff, which words make a number a rule or a
 * threshold rather than a result, and the words for periods, comparisons and roles. Matched on normalised text
 * (simplified characters, half-width digits).
 */

/** Words that make 人/名/个 a staff count (编制24人, 退休职工28人, 行政编制4个) rather than people served. */
export const STAFF =
  /编制|在职|在编|在岗|实有|现有|职工|干部|退休|离休|离退休|员工|教职工|职称|管理人员|技术人员|技能人员|工勤|参公|聘用|编外|派遣|领导职位|正局|副局|处级|科级|高级工|中级工|初级工|技师|公务员|工作人员|人员编制|事业人员|行政人员|机关人员|在职人员|(?:实际|现有|实有|全部|共有|各类)人员|人员总数|供养人员/;

/** A header naming a column of row numbers (序号, 行次, 行號), never amounts. */
export const SERIAL = /(?:^|\s)(?:序号|行次|栏次|行号|行號|编号|项次|序|No\.?)$/i;

/** Words before a number that make it a threshold or a condition, not a result (≥95%, 不低于90%, 超过30%). */
export const THRESHOLD_BEFORE =
  /(?:≥|≤|>|<|＞|＜|=|≧|≦|不低于|不高于|不少于|不多于|不超过|不足|不到|超过|超出|高于|低于|大于|小于|少于|多于|控制在|控制目标|以|每|按|未达到?|未超过|目标值?为?|标准为?|要求|应达到|须达到|需达到|力争达到|确保达到|(?<![通经超路])过|逾)\s*了?\s*$/;

/** A clause that states a target or a requirement: its numbers are not results (目标值达到95%, 力争完成率100%). */
export const TARGET_CLAUSE = /目标|要求|标准|力争|确保|计划|预计|拟/;

/** Words right after a number that make it a threshold (95%以上, 30%以内, 90%(含)). */
/** The upper bound of a range (良(80-89分), 60～79分): the text before it ends in a number and a dash. */
export const RANGE_UPPER = /\d\s*[-—~～至到－]\s*$/;

export const THRESHOLD_AFTER = /^\s*(?:及以上|以上|以下|及以下|以内|之内|为宜|的目标|为目标|为标准|为限|[（(]含[）)]|[-—~～至到]\s*\d|≤|≥|<|>)/;

/** A sentence that states a scoring rule (计5分; 每超过一个百分点扣0.5分; 低于60%不得分): its numbers are constants. */
export const RULE_SENTENCE = /[计扣加减]\s*\d+(?:\.\d+)?\s*分|不得分|扣完为止|得满分|计满分|为满分|每(?:超过|低于|高于|增加|减少|降低|提高|少|多|下降|上升|出现)|按比例(?:扣|得|计)|分档|得分=|得分＝/;

/** What only a rule says: a rate of deduction, a floor, a formula. */
export const RULE_ONLY = /不得分|扣完为止|每(?:超过|低于|高于|增加|减少|降低|提高|少|多|下降|上升|出现)|按比例(?:扣|得|计)|分档|得分[=＝]|[≤≥<>＜＞≦≧]/;

/** A score given (预算执行得分18.5分, 自评得分为92分): a sentence reporting results, whose 扣1.5分 is a deduction made. */
export const SCORE_GIVEN = /得分(?:为|是)?\s*\d+(?:\.\d+)?\s*分/;

/** 计5分 / 扣0.5分 / 得3分 right before the unit: a rule's points. */
export const RULE_POINTS = /[计扣加减]\s*$/;

/** Words that say a figure changes against something (增加, 下降3.71%, 负增长1.21%), with the direction they give. */
export const CHANGE_UP = /(?<!负)(?:增加|增长|上升|提高|上涨|增多|增收|增支|超收|多收|多支|增|多|超支|超出)(?:了)?(?:金额|额|幅度|率|比例)?(?:为|达|约)?$/;
export const CHANGE_DOWN = /(?:负增长|减少|下降|降低|减收|减支|短收|少收|少支|欠收|减|少|节约|节省|压减|缩减|下滑|降幅)(?:了)?(?:金额|额|幅度|率|比例)?(?:为|达|约)?$/;
export const CHANGE_WORD = /(?:增减|增幅|降幅|变动率|变化率|增长率|下降率|降低率|增减率|增减幅度|变动幅度|变动)(?:为|达|约)?$/;

/** A change of zero stated in words (与预算相比无变化). */
export const NO_CHANGE = /无增减|无变化|没有变化|未发生变化|无增长|持平|基本持平|无变动/g;

/** 占…(的)(比例|比重)(为) Z%: a share. The group holds the whole, when named. */
export const SHARE = /占(.{0,24}?)(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/;

/**
 * 税收比重为61.5%: the part's weight in the whole of the list it is in (税收 among 一般公共预算收入's 其中), no whole
 * named. On another basis (同口径税收比重, 剔除…后) it is of a whole the text does not state.
 */
export const WEIGHT = /(?<!占)比重(?:为|达|约|是)?$/;
export const OTHER_BASIS = /同口径|可比|剔除|扣除|口径/;
/** Words that put a figure on an adjusted basis (剔除…因素, 同口径, 可比口径). */
export const ADJUSTED_BASIS = /剔除|扣除|同口径|可比口径|按可比/;

/**
 * The whole of a 占 that is the figure's own budget or task (占预算的54.1%, 占年度计划的98%, 占任务数的102%): a rate of
 * completion of the item itself, not a share of a whole.
 */
export const OWN_BUDGET = /^(?:(?:19|20)\d{2}年度?|全年|年初|调整后?|变动后?|年度|本年)?(?:预算|计划|任务|目标)(?:数|额|任务|收入|支出)?(?:[（(][^)）]*[)）])?(?:(?:月|季|序时|时间|平均|均衡)?进度)?$/;

/** Pinyin a mirror glued into words (預(yù)算): not part of the word. */
export const GLUED_PINYIN = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

/** Comparison phrases, nearest before the figure wins. */
export const VERSUS_PRIOR = /(?:比|较|与|同|相比|对比)\s*(?:上年|上一年|去年|上年度|上年同期|同期|\d{4}\s*年度?)(?:同期)?(?:决算数?|支出|数)?(?:相比|比较)?|同比/g;
/**
 * Names of funds and kinds of budget money (一般公共预算收入, 中央预算内投资, 预算外资金): their 预算 names the fund, not a
 * budget as against what was spent.
 */
export const FUND_NAMES = /一般公共预算|公共财政预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算稳定调节基金|预算调节基金|(?:中央)?预算内(?:投资|资金)?|预算外(?:资金)?/g;

export const VERSUS_BUDGET = /(?:比|较|与|对比|相比|相较于?)\s*(?:\d{4}\s*年度?)?(?:年初|调整后?|全年|人代会|人大)?(?:批准的?|审议通过的?)?(?:预算(?:安排)?数?|计划数?|批复数?)(?:相比|比较)?|完成(?:年初|调整后?|全年)?预算(?:数)?的?|预算完成率|决算数?[大小]于预算数?/g;

/** Period words. */
export const PRIOR_YEAR = /上年(?!结转|结余|末)|上一年|去年|上年度|上年同期/;
export const PART_YEAR = /上半年|下半年|[一二三四1-4]季度|前三季度|\d{1,2}\s*(?:月份?\s*)?[-—~至到]\s*\d{1,2}\s*月|截至\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:底|末)?|\d{1,2}\s*月(?:底|末)/;

/** Roles a label or header gives. Order matters: the first that matches wins. */
export const ROLES: Array<[RegExp, string]> = [
  [/分值|权重|权数|满分|标准分|参考分|总分值/, '分值'],
  [/得分|评分|分数|自评分|总分/, '得分'],
  [/年度指标值|指标值|目标值|预期|年初目标|计划完成|计划值|绩效目标|目标/, '目标'],
  [/实际完成|完成值|实际值|实际完成值|全年实际|实际/, '实际'],
  [/执行数|决算|实际支出|支出数|已支付|拨付|使用|到位/, '执行'],
  [/预算|计划安排|批复|下达/, '预算'],
];

/** Units that are time, not figures (任务完成时限(月) 10). */
export const TIME_UNIT = /^(?:月|天|日|年|周|小时|个月|工作日|分钟|秒)$/;

/** Labels of numbers that are never figures (文档编号, 页数, 邮编, 访问量). */
export const NOT_A_FIGURE_LABEL = /编号|文号|索引号|电话|手机|邮编|邮政编码|代码|编码|序号|行次|栏次|页数|页码|访问量|浏览量|点击|大小|字号|附件|附表|图|表/;

/** A money word in a label: a bare number next to it is an amount when the section states its unit. */
export const MONEY_LABEL = /资金|预算|经费|收入|支出|拨款|补助|补贴|金额|总额|合计|小计|总计|结余|结转|执行数|到位数|决算|投资|费用|费|成本|资产|负债|款/;

/** A score word in a label: a bare number next to it is points. */
export const SCORE_LABEL = /得分|自评分|总分|评分|分值|权重/;
