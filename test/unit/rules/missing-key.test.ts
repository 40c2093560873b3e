import { testRule } from '../ruleTester';

testRule('missing-key', {
  valid: [{ name: 'the clean declaration' }, { name: 'a not-provided activity without by', change: (d) => { d.scope.activities.backup = { provided: 'not-provided' }; } }],
  invalid: [
    { name: 'a risk without id', change: (d) => { delete d.risks[0].id; }, message: "Missing key ‘id’" },
    { name: 'a subcontracted activity without by', change: (d) => { d.scope.activities.backup = { provided: 'subcontracted' }; }, message: 'must name its subcontractors', at: 'backup' },
    { name: 'a certificate without expiry', change: (d) => { delete d.subcontractors[0].certificate.expires; }, message: "‘expires’" },
  ],
});
