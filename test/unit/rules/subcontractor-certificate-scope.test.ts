import { testRule } from '../ruleTester';

testRule('subcontractor-certificate-scope', {
  valid: [{ name: 'a certificate covering both activities' }],
  invalid: [
    { name: 'a certificate that omits hardware', change: (d) => { d.subcontractors[0].certificate.activities = ['physical-sites']; }, message: '‘dc’ performs Hardware', data: { activity: 'hardware' } },
    { name: 'activities given by number are understood', change: (d) => { d.subcontractors[0].certificate.activities = [1]; d.subcontractors[0].activities = [1, 2]; }, count: 1 },
  ],
});
