import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('stated-differences', {
  fires: [
    ['a 差值 that is not the gap between the two amounts before it', '“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.6万元。', '0.6', '0.90'],
    ['a 收支差额 that is not income less spending', '本年收入合计1200.50万元，本年支出合计1150.30万元，收支差额为60.20万元。', '60.20', '50.20'],
  ],
  silent: [
    ['a 差值 that is the gap', '“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。'],
    ['a 差值 says no direction: spending over its budget', '公务接待费支出2.05万元，年初预算为2.00万元，差值为0.05万元。'],
    ['a 差额 in the next sentence is of what the words do not say', '“三公”经费支出2.05万元，年初预算为2.95万元。差额为0.6万元，主要是压减开支。'],
    ['a 差值 after a rate between the amounts is of no two amounts', '支出2.05万元，占预算的69.49%，年初预算为2.95万元，差值为0.6万元。'],
  ],
});
