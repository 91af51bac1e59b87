import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('budget-differences', {
  fires: [
    ['an item of a run whose saving is not its own plan less its own actual', '本年度共采购项目300个，采购计划金额共计60000.00万元，实际采购金额共计50000.00万元，共节约资金10000.00万元，其中货物类采购项目100个，采购计划金额共计30000.00万元，实际采购金额共计24000.00万元，共节约资金5000.00万元；工程类采购项目50个，采购计划金额共计20000.00万元，实际采购金额共计18000.00万元，共节约资金2000.00万元。', '5000.00', '6000.00'],
    ['调增金额 that is not the adjusted budget minus the initial one', '2023年年初预算为400.00万元，调整预算数为450.00万元，调增金额30.00万元。', '30.00', '50.00'],
    ['比预算减少 that is not the budget minus the actual', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比预算减少3.00万元。', '3.00', '2.00'],
  ],
  silent: [
    ['each item of a run saves its own plan less its own actual, the run’s total plan stated before them', '本年度共采购项目300个，采购计划金额共计60000.00万元，实际采购金额共计50000.00万元，共节约资金10000.00万元，其中货物类采购项目100个，采购计划金额共计30000.00万元，实际采购金额共计24000.00万元，共节约资金6000.00万元；工程类采购项目50个，采购计划金额共计20000.00万元，实际采购金额共计18000.00万元，共节约资金2000.00万元。'],
    // different-period: the prior year's budget, which the sentence does not state.
    ['比上年预算数减少 compares two years’ budgets', '2023年“三公”经费支出预算合计30.50万元，比上年预算数减少2.40万元。'],
    ['调增金额 that holds', '2023年年初预算为400.00万元，调整预算数为450.00万元，调增金额50.00万元。'],
    ['比预算节约 that holds', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比预算节约2.00万元。'],
    // different-period: 比上年 names the prior year, not the budget.
    ['a change against the prior year is not a change against the budget', '2023年“三公”经费预算20.00万元，实际支出18.00万元，比上年减少3.00万元。'],
  ],
});
