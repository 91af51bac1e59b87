import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('remainders', {
  fires: [
    ['本年收支结余 after the fund’s income and spending in its sentence', '2023年全县社会保险基金收入3282.9万元，比上年增长9.9%，其中保险费收入2466.4万元，财政补贴收入718.0万元；支出2791.3万元，比上年增长16.8%；本年收支结余442.4万元，年末滚存结余4094.3万元。', '442.4', '491.6'],
    ['what a year carries forward is not its total income less its total spending', '按现行财政体制计算，总收入12042.38亿元，总支出11984.34亿元，结转下年支出68.04亿元。', '68.04', '58.04'],
    ['what is left after the rate is not the budget less the spending', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度82.3%，结转1.30亿元。', '1.30', '1.10'],
    ['what is left right after the spending', '办公设备购置预算12.00万元，已支付9.50万元，结余3.50万元。', '3.50', '2.5'],
  ],
  silent: [
    ['本年收支结余 that is the income less the spending', '2023年全县社会保险基金收入3282.9万元，比上年增长9.9%，其中保险费收入2466.4万元，财政补贴收入718.0万元；支出2791.3万元，比上年增长16.8%；本年收支结余491.6万元，年末滚存结余4094.3万元。'],
    ['two incomes before the balance: which one it is of is open', '2023年基金收入3282.9万元，上年收入3000.0万元，支出2791.3万元，本年收支结余442.4万元。'],
    ['the total income less the total spending', '按现行财政体制计算，总收入12042.38亿元，总支出11984.34亿元，结转下年支出58.04亿元。'],
    ['a 决算’s 收入总计 and 支出总计 are equal; what is carried forward is among the spending', '本年度收入总计1500.00万元，支出总计1500.00万元，年末结转和结余30.00万元。'],
    ['the budget less the spending', '截至12月底，下达我县衔接资金6.20亿元，已支出5.10亿元，支出进度82.3%，结转1.10亿元。'],
    ['a 结转 of another sentence may be of another year', '下达我县衔接资金6.20亿元，已支出5.10亿元。上年结转1.30亿元。'],
    ['the spending names its own subject: not the budget’s', '下达我县衔接资金6.20亿元，其中产业发展支出5.10亿元，结余1.30亿元。'],
  ],
});
