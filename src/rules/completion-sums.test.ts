import { ruleCases } from '../../test/harness/rule-cases.js';

const revenue = (rate: string, taxBudget = '年初预算') =>
  `截至3月31日，全区完成财政收入29,612万元，占年初预算的${rate}%。其中，国税完成11,765万元，占${taxBudget}的25.0%；地税完成14,796万元，占年初预算的30.1%；财政完成3,051万元，占年初预算的28.8%。`;

ruleCases('completion-sums', {
  fires: [['the completion rate of a whole its parts make is not what their levels and rates give', revenue('24.9'), '24.9', '27.7']],
  silent: [
    ['rates against the schedule’s share of the budget (月进度) are not the parts of an annual rate', '1-7月，财政收入29612万元，占年初预算的62.1%。其中，国税11765万元，占年初预算月进度的109%；地税14796万元，占年初预算月进度的105%；财政3051万元，占年初预算月进度的100%。'],
    ['the completion rate of the whole follows from its parts’ levels and rates', revenue('27.7')],
    ['rates of two budgets (年初, 调整) leave the whole’s budget unknown', revenue('24.9', '调整预算')],
    [
      'parts that do not make their whole (a partial 其中 list) say nothing of its rate',
      '全区完成财政收入40,000万元，占年初预算的24.9%。其中，国税完成11,765万元，占年初预算的25.0%；地税完成14,796万元，占年初预算的30.1%。',
    ],
  ],
});
