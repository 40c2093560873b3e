import { testRule } from '../ruleTester';

testRule('contract-clause-missing', {
  valid: [{ name: 'all eleven clauses referenced' }],
  invalid: [
    { name: 'EXI-22 missing', change: (d) => { delete d.contract['EXI-22']; }, message: 'No contract reference for EXI-22', at: 'contract', data: { clause: 'EXI-22' } },
    { name: 'EXI-18 blank, reported on its key', change: (d) => { d.contract['EXI-18'] = ' '; }, at: 'EXI-18' },
    { name: 'an empty contract section', change: (d) => { d.contract = {}; }, count: 11 },
  ],
});
