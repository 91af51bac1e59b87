import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('net-values', {
  fires: [['a net value that is not gross less depreciation', '固定资产净值5200.00万元（固定资产原值6100.00万元，累计折旧800.00万元）。', '5200.00', '5300.00']],
  silent: [
    ['a net value that holds', '固定资产净值5300.00万元（固定资产原值6100.00万元，累计折旧800.00万元）。'],
    ['net and gross without the depreciation', '固定资产净值5200.00万元，固定资产原值6100.00万元。'],
    ['two gross values in one sentence', '房屋净值3000万元，房屋原值3500万元，车辆原值400万元，累计折旧600万元。'],
  ],
});
