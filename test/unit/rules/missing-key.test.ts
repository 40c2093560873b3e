import { testRule } from '../ruleTester';

testRule('missing-key', {
  valid: [
    { name: 'a not-provided activity without by', change: (d) => { d.scope.activities.hardware = { provided: 'not-provided' }; } },
    { name: 'a risk with scenarios instead of scenario', change: (d) => { delete d.risks[0].scenario; d.risks[0].scenarios = ['A']; } },
    { name: 'a storage site without operator', change: (d) => { delete d.scope.storage[0].operator; } },
  ],
  invalid: [
    {
      name: 'a risk without id', change: (d) => { delete d.risks[0].id; },
      errors: [
        { messageId: 'missing', at: 'scenario: A', line: 321, data: { key: 'id' }, message: 'Missing key ‘id’.' },
      ],
    },
    {
      name: 'a subcontracted activity without by, in French', change: (d) => { d.scope.activities.backup = { provided: 'subcontracted' }; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'missingBy', at: 'backup', line: 34, data: { key: 'by' }, message: 'Une activité sous-traitée doit nommer ses sous-traitants\u00a0: ajoutez «\u00a0by\u00a0».' },
      ],
    },
    {
      name: 'a certificate without expiry', change: (d) => { delete d.subcontractors[0].certificate.expires; },
      errors: [
        { messageId: 'missing', at: 'certificate', line: 457, data: { key: 'expires' }, message: 'Missing key ‘expires’.' },
      ],
    },
    {
      name: 'an activity without provided', change: (d) => { d.scope.activities.backup = {}; },
      errors: [
        { messageId: 'missing', at: 'backup', line: 34, data: { key: 'provided' }, message: 'Missing key ‘provided’.' },
      ],
    },
  ],
});
