import { testRule } from '../ruleTester';

testRule('placeholder-left', {
  valid: [
    { name: 'the clean declaration' },
    {
      name: 'TODO inside a sentence, a real domain, a date before 2099, an x in a word',
      change: (d) => {
        d.risks[0].title = 'Patch the TODO list of the build server';
        d.transfers = { public_page: 'https://clinique-test.fr/hds/exemple.fr-transferts' };
        d.certification.hds.expires = '2028-12-31';
        d.organization.name = 'Clinique Saxxon SAS';
      },
    },
    {
      name: 'NA is Namibia, a hyphenated word is a word',
      files: { 'main.hds.yaml': 'scope:\n  storage:\n    - { site: s1, country: NA }\nnote: non-applicable-looking-word-is-fine\n' },
    },
  ],
  invalid: [
    {
      name: 'a contract clause left as the quick fix wrote it',
      change: (d) => { d.contract['EXI-18'] = 'TODO section of the contract'; },
      errors: [{ messageId: 'placeholder', at: 'TODO section of the contract', line: 471, message: '‘TODO section of the contract’ is a placeholder: write the real answer before the audit.' }],
    },
    {
      name: 'a contract clause answered "..." and another "…"',
      change: (d) => { d.contract['EXI-18'] = '...'; d.contract['EXI-19'] = '…'; },
      errors: [
        { messageId: 'placeholder', at: '...', line: 471 },
        { messageId: 'placeholder', at: '…', line: 472 },
      ],
    },
    {
      name: 'a transfers page left at example.fr, a certificate dated 2099, a number of x, a name TBD',
      change: (d) => {
        d.transfers = { public_page: 'https://example.fr/hds/transferts' };
        d.certification.hds.expires = '2099-12-31';
        d.certification.iso27001.number = 'ISO-XXXX';
        d.subcontractors[0].name = 'TBD';
      },
      errors: [
        { messageId: 'placeholder', at: '2099-12-31', line: 9 },
        { messageId: 'placeholder', at: 'ISO-XXXX', line: 15 },
        { messageId: 'placeholder', at: 'TBD', line: 453 },
        { messageId: 'placeholder', at: 'https://example.fr/hds/transferts', line: 483 },
      ],
    },
    {
      name: 'values anywhere (flow collections, under a complex key) are read, keys are not',
      files: { 'main.hds.yaml': 'TODO: real\nlist:\n  - [TODO, { TODO: TBD }]\n  - ? TODO\n    : FIXME\n  - ? [xxx]\n    : fine\n' },
      errors: [
        { messageId: 'placeholder', at: 'TODO', line: 2 },
        { messageId: 'placeholder', at: 'TBD', line: 2 },
        { messageId: 'placeholder', at: 'FIXME', line: 4 },
        { messageId: 'placeholder', at: 'xxx', line: 5 },
      ],
    },
    {
      name: 'N/A, n/a, "non applicable", "Not applicable" and a lone dash say nothing',
      files: { 'main.hds.yaml': 'contract:\n  EXI-17: N/A\n  EXI-18: n/a\n  EXI-19: non applicable\n  EXI-20: Not applicable\n  EXI-21: "-"\n  EXI-22: "—"\n' },
      errors: [
        { messageId: 'placeholder', at: 'N/A', line: 1 },
        { messageId: 'placeholder', at: 'n/a', line: 2 },
        { messageId: 'placeholder', at: 'non applicable', line: 3 },
        { messageId: 'placeholder', at: 'Not applicable', line: 4 },
        { messageId: 'placeholder', at: '"-"', line: 5 },
        { messageId: 'placeholder', at: '"—"', line: 6 },
      ],
    },
    {
      name: 'the risk "Add a risk for event X" writes: each answer is asked for',
      files: { 'main.hds.yaml': 'risks:\n  - id: R-14\n    scenario: B.b\n    title: Health data printed on paper\n    likelihood: TODO\n    impact: TODO\n    treatment: TODO\n    controls: [TODO]\n' },
      errors: [
        { messageId: 'placeholder', at: 'TODO', line: 4 },
        { messageId: 'placeholder', at: 'TODO', line: 5 },
        { messageId: 'placeholder', at: 'TODO', line: 6 },
        { messageId: 'placeholder', at: 'TODO', line: 7 },
      ],
    },
    {
      name: 'the starter declaration, in French, asks for each of its TODOs',
      files: { 'main.hds.yaml': 'hds: 2\norganization:\n  name: "TODO Nom de l’organisation"\ncertification:\n  hds: { body: TODO, number: TODO }\n' },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'placeholder', at: '"TODO Nom de l’organisation"', line: 2, message: '«\u00a0TODO Nom de l’organisation\u00a0» est un texte provisoire\u00a0: écrivez la vraie réponse avant l’audit.' },
        { messageId: 'placeholder', at: 'TODO', line: 4, character: 15 },
        { messageId: 'placeholder', at: 'TODO', line: 4, character: 29 },
      ],
    },
  ],
});
