import { testRule } from '../ruleTester';

testRule('missing-section', {
  valid: [
    { name: 'no subcontractors and no transfers section', change: (d) => { delete d.subcontractors; delete d.transfers; d.scope.activities['physical-sites'] = { provided: 'not-provided' }; d.scope.activities.hardware = { provided: 'not-provided' }; delete d.scope.storage[0].operator; } },
    { name: 'empty sections count as present', files: { 'main.hds.yaml': 'hds: 2\norganization: {}\ncertification: {}\nscope: {}\nsoa: []\nrisks: []\ncontract: {}\n' } },
    { name: 'a file that cannot be read: nothing to report', files: { 'main.hds.yaml': '- hds: 2\n' } },
  ],
  invalid: [
    {
      name: 'no soa section', change: (d) => { delete d.soa; },
      errors: [
        { messageId: 'missing', at: 'hds: 2', line: 0, data: { section: 'soa' }, message: 'The declaration has no ‘soa’ section in any of its files.' },
      ],
    },
    {
      name: 'no risks and no contract, in French', change: (d) => { delete d.risks; delete d.contract; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'missing', at: 'hds: 2', line: 0, data: { section: 'risks' }, message: 'La déclaration n’a de section «\u00a0risks\u00a0» dans aucun de ses fichiers.' },
        { messageId: 'missing', at: 'hds: 2', line: 0, data: { section: 'contract' }, message: 'La déclaration n’a de section «\u00a0contract\u00a0» dans aucun de ses fichiers.' },
      ],
    },
    {
      name: 'a split declaration missing its scope, reported in the main file',
      files: { 'a-soa.hds.yaml': 'soa: []\n', 'main.hds.yaml': 'hds: 2\norganization: { name: X }\ncertification: {}\nrisks: []\ncontract: {}\n' },
      errors: [
        { messageId: 'missing', at: 'hds: 2', line: 0, data: { section: 'scope' }, message: 'The declaration has no ‘scope’ section in any of its files.' },
      ],
    },
    {
      name: 'no hds key anywhere: reported in the first readable file',
      files: { 'a.hds.yaml': '- broken\n', 'b.hds.yaml': 'organization: { name: X }\ncertification: {}\nscope: {}\nsoa: []\nrisks: []\ncontract: {}\n' },
      errors: [
        { messageId: 'missing', at: 'organization: { name: X }', line: 0, file: 'b.hds.yaml', data: { section: 'hds' }, message: 'The declaration has no ‘hds’ section in any of its files.' },
      ],
    },
  ],
});
