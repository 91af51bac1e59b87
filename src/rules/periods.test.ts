import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('periods', {
  fires: [['a prior year’s figure among this year’s', '2023年度部门整体支出绩效自评得分为92分。2022年度公务接待费支出3.50万元。', '2022', '2023']],
  silent: [
    ['a comparison with the prior year is not a figure of another year', '2023年度部门整体支出绩效自评得分为92分。公务接待费支出3.50万元，比2022年减少0.50万元。'],
    ['next year’s plan', '2023年度部门整体支出绩效自评得分为92分。2024年计划安排公务接待费3.00万元。'],
  ],
});
