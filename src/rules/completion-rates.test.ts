import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('completion-rates', {
  fires: [['a completion rate its figure and budget do not give', '1-10月全区一般公共预算收入累计完成88600万元，占年初预算数102400万元的84.5%，同比增长6.2%。', '84.5', '86.52']],
  silent: [
    ['a completion rate that holds', '1-10月全区一般公共预算收入累计完成88600万元，占年初预算数102400万元的86.5%，同比增长6.2%。'],
    ['a completion rate without its budget', '1-10月全区一般公共预算收入累计完成88600万元，完成年初预算的86.5%。'],
    ['a growth beyond a bound is not a completion rate', '2023年财政拨款实际支出45800万元，比年初预算的20400万元，增幅超过了100%。'],
  ],
});
