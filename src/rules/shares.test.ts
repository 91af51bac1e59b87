import { expect, it } from 'vitest';
import { rulesOf } from '../../test/harness/extract.js';
import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('shares', {
  fires: [['a share of the whole the vocabulary knows by another name (总支出 → 支出合计)', '2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占总支出的33.45%。', '33.45', '31.45']],
  silent: [
    ['a share of the budget of the spending (部门预算支出总额) is not of the spending', '部门预算支出为1 129 236万元，当年预算执行数为986 752.25万元。本次审计预算支出共计788 032.41万元，占部门预算支出总额的69.78%。'],
    ['an item of what is left (其他支出) is no total a loosely named whole (占总数) may mean', '本级公益金用于以下方面：(一)群众体育支出300万元，占总数的30%。(二)竞技体育支出600万元，占总数的60%。(三)其他支出100万元，占总数的10%。下级公益金用于群众体育支出250万元，占总数的100%。'],
    ['the whole its words name, not another figure the vocabulary reads as that whole (市县级收入 of the 政府性基金)', '全省一般公共预算收入389.9亿元，增长18.4%。分结构看：税收收入283.5亿元，占一般公共预算收入的比重为72.7%；非税收入106.4亿元，占一般公共预算收入的比重为27.3%。\n全省政府性基金收入190.7亿元，增长31%。其中：省级收入36.4亿元；市县级收入154.3亿元。'],
    ['a share after a bracket is about the figure before the bracket', '本年收入合计1,200.00万元；包括财政拨款收入1,128.00万元(其中，一般公共预算1,128.00万元，政府性基金预算0万元，国有资本经营预算0万元)，占收入合计94.00%。'],
    // wrong-whole: a whole named without its measure has the part's (spending of spending, not of the budget).
    ['占“三公”经费的 100 % of spending, the budget elsewhere', '“三公”经费年初预算4.20万元。\n2023年“三公”经费支出3.10万元，其中公务接待费支出3.10万元，占“三公”经费的100%。'],
    ['a share that holds', '2020年本年支出合计4021.94万元。一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。'],
    ['nested shares of one stated whole', '一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。其中教育支出800万元,占本年支出合计的19.89%。'],
    ['a whole named but not stated', '专项资金自评涉及资金593,697.88万元,占专项资金支出总额的100%。'],
  ],
});

it('a share whose part is larger than the whole it was paired with is info, not an error (the whole was misread)', () => {
  const flags = rulesOf('2017年度本年支出合计115.82万元。\n2017年度一般公共预算财政拨款支出2339.68万元，占本年支出合计的30.08%。').flags;
  expect(flags.map((f) => [f.check, f.severity, f.reported])).toEqual([['share_mismatch', 'info', '30.08']]);
});
