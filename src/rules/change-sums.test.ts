import { ruleCases } from '../../test/harness/rule-cases.js';

const sangong = (total: string) =>
  `2023年度“三公”经费支出决算为11.96万元。其中：因公出国(境)费支出决算为0.00万元；公务用车购置及运行费支出决算为4.02万元；公务接待费支出决算为7.94万元。\n2023年度“三公”经费支出决算比2022年减少${total}万元。其中：因公出国(境)费支出决算增加0.00万元；公务用车购置及运行费支出决算增加0.05万元；公务接待费支出决算减少0.46万元。`;

ruleCases('change-sums', {
  fires: [['the change of a whole its parts make is not the sum of their changes', sangong('0.51'), '0.51', '-0.41']],
  silent: [
    ['the change of the whole is the sum of its parts’ changes, each with its sign', sangong('0.41')],
    [
      'parts that do not make their whole (a partial 其中 list): their changes say nothing of the whole’s',
      '2023年度支出决算为100.00万元，其中：办公费20.00万元；差旅费30.00万元。\n2023年度支出决算比2022年减少9.00万元，其中：办公费增加1.00万元；差旅费减少2.00万元。',
    ],
  ],
});
