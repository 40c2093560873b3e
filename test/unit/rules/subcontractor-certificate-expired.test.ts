import { testRule } from '../ruleTester';

testRule('subcontractor-certificate-expired', {
  valid: [{ name: 'a valid certificate' }, { name: 'an expired certificate of a subcontractor doing no HDS activity', change: (d) => { d.subcontractors.push({ id: 'x', name: 'X', activities: [], certificate: { number: 'C', activities: [], expires: '2020-01-01' } }); } }],
  invalid: [{ name: 'an expired certificate', change: (d) => { d.subcontractors[0].certificate.expires = '2026-10-01'; }, message: 'expired on 2026-10-01 (52 days ago)', at: '2026-10-01' }],
});
