import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('budget-differences', {
  fires: [
    ['调增金额 that is not the adjusted budget minus the initial one', '2023年年初预算为400.00万元，调整预算数为450.00万元，调增金额30.00万元。', '30.00', '50.00'],
    ['比预算减少 that is not the budget minus the actual', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比预算减少3.00万元。', '3.00', '2.00'],
  ],
  silent: [
    // different-period: the prior year's budget, which the sentence does not state.
    ['比上年预算数减少 compares two years’ budgets', '2023年“三公”经费支出预算合计30.50万元，比上年预算数减少2.40万元。'],
    ['调增金额 that holds', '2023年年初预算为400.00万元，调整预算数为450.00万元，调增金额50.00万元。'],
    ['比预算节约 that holds', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比预算节约2.00万元。'],
    // different-period: 比上年 names the prior year, not the budget.
    ['a change against the prior year is not a change against the budget', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比上年减少3.00万元。'],
  ],
});
