import { testRule } from '../ruleTester';

testRule('contract-clause-missing', {
  valid: [
    { name: 'all eleven clauses referenced' },
    { name: 'clauses given outside EXI-17..EXI-27 do not count against it', change: (d) => { d.contract['EXI-05'] = 'Annex 3'; } },
  ],
  invalid: [
    {
      name: 'EXI-22 missing: the fix adds it, in EXI order, with a TODO',
      change: (d) => { delete d.contract['EXI-22']; },
      errors: [{
        messageId: 'missing', at: 'contract', line: 469, data: { clause: 'EXI-22' },
        message: 'No contract reference for EXI-22 (',
        fix: { title: 'Add EXI-22 to the contract section', fixed: '  EXI-22: "TODO section of the contract"  # Contract: use of external providers' },
      }],
    },
    {
      name: 'EXI-18 blank, reported on its key, in French',
      change: (d) => { d.contract['EXI-18'] = ' '; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'missing', at: 'EXI-18', line: 471, data: { clause: 'EXI-18' }, message: 'Aucune référence contractuelle pour EXI-18 (' }],
    },
    {
      name: 'a clause answered with a placeholder has no reference: reported on the placeholder',
      change: (d) => { d.contract['EXI-18'] = '...'; },
      errors: [{ messageId: 'missing', at: '...', line: 471, data: { clause: 'EXI-18', undecided: true }, message: 'No contract reference for EXI-18 (' }],
    },
    { name: 'an empty contract section', change: (d) => { d.contract = {}; }, errors: 11 },
  ],
});
