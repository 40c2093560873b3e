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
    {
      name: 'required keys left at placeholders count as missing, marked on the placeholder',
      change: (d) => { d.certification.hds.expires = '2099-12-31'; d.organization.name = 'TODO Organisation name'; },
      errors: [
        { messageId: 'placeholder', at: 'TODO Organisation name', line: 2, data: { key: 'name', undecided: true }, message: '‘name’ is still a placeholder (‘TODO Organisation name’): it counts as missing until you write the answer.' },
        { messageId: 'placeholder', at: '2099-12-31', line: 9, data: { key: 'expires', undecided: true } },
      ],
    },
    {
      name: 'an SoA entry whose applicable is TODO, or absent, is undecided; in French',
      change: (d) => { d.soa[0] = { control: '5.1', applicable: 'TODO' }; d.soa[1] = { control: '5.2' }; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'undecided', at: 'TODO', line: 42, data: { key: 'applicable', control: '5.1', undecided: true }, message: 'La mesure 5.1 (Politiques de sécurité de l’information) n’est pas encore tranchée\u00a0: écrivez `applicable: true`, ou `applicable: false` avec une justification.' },
        { messageId: 'undecided', at: 'control: "5.2"', line: 43, data: { key: 'applicable', control: '5.2', undecided: true } },
      ],
    },
  ],
});
