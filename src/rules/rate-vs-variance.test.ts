import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('rate-vs-variance', {
  fires: [['完成预算100% beside 决算数大于预算数', '支出总计1741.75万元;完成年初预算100%,决算数大于预算数55.93万元。', '100', '103.32']],
  silent: [
    ['no amount stated for the gap', '完成年初预算100%,决算数大于预算数,主要原因是调资。'],
    ['a rate and a gap that agree', '支出总计1741.75万元;完成年初预算103.32%,决算数大于预算数55.93万元。'],
    // different-period: 同比 compares with the prior year, not with the budget.
    ['a change against the prior year after a completion rate', '非税收入完成6.50亿元，完成年初预算112.1%，同比增收1.87亿元，增长40.2%。'],
  ],
});
