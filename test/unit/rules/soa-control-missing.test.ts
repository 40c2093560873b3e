import { testRule } from '../ruleTester';

testRule('soa-control-missing', {
  valid: [{ name: 'all 93 controls listed' }],
  invalid: [
    { name: 'control 8.24 missing', change: (d) => { d.soa = d.soa.filter((entry: { control: string }) => entry.control !== '8.24'); }, message: 'Annex A control 8.24 (Use of cryptography) is missing', data: { control: '8.24' } },
    { name: 'an empty SoA', change: (d) => { d.soa = []; }, count: 93 },
  ],
});
