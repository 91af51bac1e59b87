import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('ratios', {
  fires: [
    ['a completion rate whose budget’s label carries the sentence’s scope', '2023年度一般公共预算财政拨款“三公”经费支出预算为42.00万元，支出决算为30.10万元，完成预算的75.67%。', '75.67', '71.67'],
    ['执行率 that its spending and adjusted budget do not give', '2023年度本部门调整预算数为500.00万元，全年实际支出480.00万元，预算执行率为98.00%。', '98.00', '96.00'],
    [
      '控制率 of the 三公 funds',
      '“三公”经费调整后预算数4.70万元，“三公”经费实际支出数2.11万元，“三公”经费控制率为44.03%。',
      '44.03',
      '44.89',
    ],
    ['a completion rate against the 年初预算 its own sentence states', '本单位2022年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为12.60万元，完成预算的45.00%。', '45.00', '42.00'],
  ],
  silent: [
    ['a weight under 分值 beside the rate is not the rate', '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |\n| --- | --- | --- | --- | --- | --- |\n| 年度资金总额 | 310.50 | 310.50 | 318.20 | 10 | 102.48% |'],
    ['a rate its inputs give', '2023年度本部门调整预算数为500.00万元，全年实际支出480.00万元，预算执行率为96.00%。'],
    ['a rate within the rounding of its inputs (7.62 ÷ 8.01 reaches 95.25 %)', '培训费调整预算数8.01万元，实际支出7.62万元，培训费执行率95.15%。'],
    ['a rate whose inputs the report does not give is unverifiable, not flagged', '2023年度本部门预算执行率为96.00%。'],
    [
      'a form’s row holds both budgets: its columns say the rate is of the 全年预算数',
      '预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\n\t总额\t86.00\t92.50\t88.80\t96.00%\t10\t9.6',
    ],
    ['a 年初预算 in another sentence is not the base the words name', '本单位2022年度“三公”经费财政拨款支出年初预算为30.00万元。“三公”经费支出决算为12.60万元，完成预算的45.00%。'],
    ['a rate of one named project is not the department’s', '2023年度本部门调整预算数为500.00万元，全年实际支出480.00万元。其中信息化建设项目预算执行率为80.00%。'],
  ],
});
