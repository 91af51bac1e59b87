import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('remainders', {
  fires: [
    ['what a year carries forward is not its total income less its total spending', '按现行财政体制计算，总收入12042.38亿元，总支出11984.34亿元，结转下年支出68.04亿元。', '68.04', '58.04'],
    ['what is left after the rate is not the budget less the spending', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度82.3%，结转1.30亿元。', '1.30', '1.10'],
    ['what is left right after the spending', '办公设备购置预算12.00万元，已支付9.50万元，结余3.50万元。', '3.50', '2.5'],
  ],
  silent: [
    ['the total income less the total spending', '按现行财政体制计算，总收入12042.38亿元，总支出11984.34亿元，结转下年支出58.04亿元。'],
    ['a 决算’s 收入总计 and 支出总计 are equal; what is carried forward is among the spending', '本年度收入总计1500.00万元，支出总计1500.00万元，年末结转和结余30.00万元。'],
    ['the budget less the spending', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度82.3%，结转1.10亿元。'],
    ['a 结转 of another sentence may be of another year', '下达我县衔接资金6.20亿元，已支出5.10亿元。上年结转1.30亿元。'],
    ['the spending names its own subject: not the budget’s', '下达我县衔接资金6.20亿元，其中产业发展支出5.10亿元，结余1.30亿元。'],
  ],
});
