import { testRule } from '../ruleTester';

testRule('placeholder-left', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'a placeholder another rule reports as a missing answer is not reported twice', change: (d) => { d.contract['EXI-18'] = 'TODO section of the contract'; d.organization.name = 'TODO'; d.soa[0].applicable = 'TODO'; } },
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
      name: 'a risk owner left as a quick fix would write it',
      change: (d) => { d.risks[0].owner = 'TODO name the owner'; },
      errors: [{ messageId: 'placeholder', at: 'TODO name the owner', line: 331, message: '‘TODO name the owner’ is a placeholder: write the real answer before the audit.' }],
    },
    {
      name: 'owners answered "..." and "…"',
      change: (d) => { d.risks[0].owner = '...'; d.risks[1].owner = '…'; },
      errors: [
        { messageId: 'placeholder', at: '...', line: 331 },
        { messageId: 'placeholder', at: '…', line: 342 },
      ],
    },
    {
      name: 'a number of x; the required keys left at placeholders are missing-key’s, the transfers page transfer-page-missing’s',
      change: (d) => {
        d.transfers = { public_page: 'https://example.fr/hds/transferts' };
        d.certification.hds.expires = '2099-12-31';
        d.certification.iso27001.number = 'ISO-XXXX';
        d.subcontractors[0].name = 'TBD';
      },
      errors: [
        { messageId: 'placeholder', at: 'ISO-XXXX', line: 15 },
      ],
    },
    {
      name: 'N/A, n/a, "non applicable", "Not applicable" and a lone dash say nothing',
      files: { 'main.hds.yaml': 'risks:\n  - { id: R-1, title: One, owner: N/A }\n  - { id: R-2, title: Two, owner: n/a }\n  - { id: R-3, title: Three, owner: non applicable }\n  - { id: R-4, title: Four, owner: Not applicable }\n  - { id: R-5, title: Five, owner: "-" }\n  - { id: R-6, title: Six, owner: "—" }\n' },
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
      name: 'in French',
      files: { 'main.hds.yaml': 'hds: 2\norganization:\n  name: Clinique\n  siren: "TODO SIREN"\nrisks:\n  - { id: R-1, title: Panne, owner: TODO, treatment: TBD }\n' },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'placeholder', at: '"TODO SIREN"', line: 3, message: '«\u00a0TODO SIREN\u00a0» est un texte provisoire\u00a0: écrivez la vraie réponse avant l’audit.' },
        { messageId: 'placeholder', at: 'TODO', line: 5 },
        { messageId: 'placeholder', at: 'TBD', line: 5 },
      ],
    },
  ],
});
