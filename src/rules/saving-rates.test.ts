import { ruleCases } from '../../test/harness/rule-cases.js';

ruleCases('saving-rates', {
  fires: [
    ['a saving rate that is not the saving over the budget', '政府采购预算金额320万元，实际采购金额300万元，节约资金20万元，节约率6.67%。', '6.67', '6.25'],
  ],
  silent: [
    ['the saving over the budget', '政府采购预算金额320万元，实际采购金额300万元，节约资金20万元，节约率6.25%。'],
    ['a rate with something else between it and the saving', '政府采购预算金额320万元，实际采购金额300万元，节约资金20万元，占预算的6.25%，节约率6.67%。'],
    ['a saving rate in the next sentence is of what the words do not say', '政府采购预算金额320万元，实际采购金额300万元，节约资金20万元。全年节约率6.67%。'],
  ],
});
