import { ruleCases } from '../../test/harness/rule-cases.js';

const sangong = (total: string) =>
  `2023年度“三公”经费支出决算为11.96万元。其中：因公出国(境)费支出决算为0.00万元；公务用车购置及运行费支出决算为4.02万元；公务接待费支出决算为7.94万元。\n2023年度“三公”经费支出决算比2022年减少${total}万元。其中：因公出国(境)费支出决算增加0.00万元；公务用车购置及运行费支出决算增加0.05万元；公务接待费支出决算减少0.46万元。`;

ruleCases('change-sums', {
  fires: [
    ['the change of a whole its parts make is not the sum of their changes', sangong('0.51'), '0.51', '-0.41'],
    [
      'the 三公 items’ changes listed under the total’s change (其中), all decreases, that add up to more than it',
      '2024年“三公”经费预算为1200万元，比2023年减少300万元，下降20%。其中：因公出国(境)费比2023年减少20万元；公务接待费比2023年减少90万元；公务用车购置费比2023年减少10万元；公务用车运行费比2023年减少200万元。',
      '300',
      '-320',
    ],
    [
      'the 三公 items’ changes, 公务用车 split into 购置 and 运行, against the total’s change',
      '2024年“三公”经费预算为1200万元，比2023年减少300万元。其中：因公出国(境)费比2023年减少20万元；公务接待费比2023年增加10万元；公务用车购置费比2023年减少200万元；公务用车运行费比2023年减少60万元。',
      '300',
      '-270',
    ],
  ],
  silent: [
    ['the change of the whole is the sum of its parts’ changes, each with its sign', sangong('0.41')],
    ['cuts listed under a net change that exceed it: items left out may have risen', '本部门支出比上年减少50万元，下降10%。其中：教育支出比上年减少40万元，卫生支出比上年减少30万元。'],
    ['the whole again among its items, on another basis (剔除…后“三公”经费…减少)', '“三公”经费支出比上年减少100万元。其中：公务接待费比上年减少50万元，剔除该因素后“三公”经费比上年减少60万元。'],
    ['changes listed under a change that fall short of it: items may be left out', '2023年支出比上年减少100万元。其中：办公费比上年减少30万元；差旅费比上年减少20万元。'],
    ['listed changes of both directions, not all the items there are: their sum says nothing', '2023年支出比上年减少100万元。其中：办公费比上年增加30万元；差旅费比上年减少20万元；会议费比上年减少40万元。'],
    ['only 公务用车运行费 of the vehicles among the 三公 items: not all of them', '“三公”经费比上年减少50万元。其中：因公出国(境)费比上年减少10万元；公务接待费比上年增加5万元；公务用车运行费比上年减少30万元。'],
    ['bracketed parts of an item and the next point (二是…) are not items of the list', '与上年相比，一是收入增加500万元，其中：本级收入增加200万元（税收增加120万元、非税增加80万元）、上级补助收入增加300万元。二是本级支出增加400万元、上解支出增加100万元。'],
    ['a part printed as a level under a change, then the whole again on another basis (剔除…仍然减少)', '“三公”经费支出减少了500万元。其中，因单位上划减少了“三公”经费120万元，其中公务用车运行维护费100万元。如果剔除这一因素，“三公”经费仍然减少了380万元。'],
    ['a list of levels after a change (拟增加…，其中…) is not a list of changes', '2024年拟增加支出580万元，其中：教育支出300万元，卫生支出200万元。'],
    [
      'parts that do not make their whole (a partial 其中 list): their changes say nothing of the whole’s',
      '2023年度支出决算为100.00万元，其中：办公费20.00万元；差旅费30.00万元。\n2023年度支出决算比2022年减少9.00万元，其中：办公费增加1.00万元；差旅费减少2.00万元。',
    ],
  ],
});
