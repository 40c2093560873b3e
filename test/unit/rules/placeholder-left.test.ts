import { testRule } from '../ruleTester';

testRule('placeholder-left', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'TODO inside a sentence, or in a comment', change: (d) => { d.risks[0].title = 'Patch the TODO list of the build server'; } },
  ],
  invalid: [
    {
      name: 'a contract clause left as the quick fix wrote it',
      change: (d) => { d.contract['EXI-18'] = 'TODO section of the contract'; },
      message: '‘TODO section of the contract’ is a placeholder',
      at: 'TODO section of the contract',
    },
    {
      name: 'the starter declaration, in French, asks for each of its TODOs',
      files: { 'main.hds.yaml': 'hds: 2\norganization:\n  name: "TODO Nom de l\'organisation"\ncertification:\n  hds: { body: TODO, number: TODO }\n' },
      options: { locale: 'fr' },
      count: 3,
      message: 'est un texte provisoire',
    },
  ],
});
