import { ruleCases } from '../../test/harness/rule-cases.js';

const restated = (change: string, fund: string) =>
  `本部门2019年度财政拨款本年收入1205.11万元，比2018年度增加${change}万元，增长27%。具体情况如下：\n一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元。\n政府性基金预算财政拨款本年收入${fund}万元，比上年增加161.78万元。`;

ruleCases('fund-parts', {
  fires: [
    ['a change of the whole that its funds’ changes do not make', restated('253.71', '225.58'), '253.71', '189.91'],
    ['a whole that its funds restated after it do not make', restated('189.91', '225.85'), '1205.11', '1205.38'],
  ],
  silent: [
    ['a whole and its change that its funds make', restated('189.91', '225.58')],
    ['funds of another year are not the whole’s parts', '本部门2019年度财政拨款本年收入1205.11万元。\n2018年一般公共预算财政拨款本年收入900.00万元。\n2018年政府性基金预算财政拨款本年收入100.00万元。'],
    ['one fund named alone is not all of the whole', '本部门2019年度财政拨款本年收入1205.11万元。\n一般公共预算财政拨款本年收入979.53万元。'],
  ],
});
