import { testRule } from '../ruleTester';

testRule('subcontractor-uncertified', {
  valid: [{ name: 'a certified subcontractor' }],
  invalid: [{ name: 'a subcontractor with no certificate', change: (d) => { delete d.subcontractors[0].certificate; }, count: 2, message: '‘dc’ performs', at: 'dc' }],
});
