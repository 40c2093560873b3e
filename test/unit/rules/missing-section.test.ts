import { testRule } from '../ruleTester';

testRule('missing-section', {
  valid: [{ name: 'the clean declaration' }, { name: 'no subcontractors and no transfers section', change: (d) => { delete d.transfers; } }],
  invalid: [
    { name: 'no soa section', change: (d) => { delete d.soa; }, message: "no ‘soa’ section" },
    { name: 'no risks and no contract', change: (d) => { delete d.risks; delete d.contract; }, count: 2 },
    {
      name: 'a split declaration missing its scope, reported in the main file',
      files: { 'a-soa.hds.yaml': 'soa: []\n', 'main.hds.yaml': 'hds: 2\norganization: { name: X }\ncertification: {}\nrisks: []\ncontract: {}\n' },
      file: 'main.hds.yaml',
      message: "‘scope’",
    },
  ],
});
