import { ruleCases } from '../../test/harness/rule-cases.js';

const TABLE = '| 项目 | 2021年决算数 | 2022年预算数 | 2022年决算数 |\n| --- | --- | --- | --- |\n| 项目支出 | 667.94 | 622.50 | 622.50 |\n| 公务接待费 | 5.00 | 14.90 | 5.21 |\n';

ruleCases('text-table-mentions', {
  fires: [['the text’s figure and the table’s cell differ', `${TABLE}2022年公务接待费决算数5.12万元。`, '5.12', '5.21']],
  silent: [
    [
      'a table rebuilt from one cell per line that lost a header row: which number is under which name is a guess',
      '单位:万元\n小计 |\n公务用车购置费 |\n公务用车运行费 |\n|||\n60 |\n0 |\n45 |\n30 |\n15 |\n15 |\n\n其中：公务用车运行费30万元，公务用车购置费15万元。',
    ],
    ['the same value in both', `${TABLE}2022年公务接待费决算数5.21万元。`],
    ['the budget in the text, the actual in the table', `${TABLE}2022年公务接待费预算数14.90万元。`],
    ['another year’s figure in the text', `${TABLE}2021年公务接待费决算数5.00万元。`],
  ],
});
