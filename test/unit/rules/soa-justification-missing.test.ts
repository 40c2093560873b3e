import { testRule } from '../ruleTester';

testRule('soa-justification-missing', {
  valid: [{ name: 'an exclusion with its justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false, justification: 'Covered by group policy' }; } }],
  invalid: [{ name: 'an exclusion without justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false }; }, message: 'Control 5.1 is excluded without a justification', at: 'false' }],
});
