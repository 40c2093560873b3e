// Rules about how the files of one declaration fit together.
import { stringify } from 'yaml';
import { cleanDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

function split() {
  const declaration = cleanDeclaration();
  const { soa, risks, subcontractors, ...main } = declaration;
  return { main, soa: { soa }, risks: { risks }, subcontractors: { subcontractors } };
}

testRule('conflicting-definition', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'a declaration split over four files', files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': s.soa, 'risks.hds.yaml': s.risks, 'subcontractors.hds.yaml': s.subcontractors }; })() },
  ],
  invalid: [
    {
      name: 'the organisation defined in two files',
      files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': { ...s.soa, organization: { name: 'Other' } } }; })(),
      message: "‘organization’ is already defined in main.hds.yaml",
      file: 'soa.hds.yaml',
    },
    {
      name: 'one activity scoped in two files',
      files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'x.hds.yaml': stringify({ ...s.soa, ...s.risks, scope: { activities: { backup: { provided: 'in-house' } } } }) }; })(),
      message: "‘scope.activities.backup’",
    },
  ],
});

testRule('duplicate-id', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'two risks with one id', change: (d) => { d.risks[1].id = d.risks[0].id; }, message: "The risk id ‘R-01’ is already used.", at: 'R-01' },
    { name: 'a control twice in the SoA', change: (d) => { d.soa.push({ control: '5.1', applicable: true }); }, message: 'Control ‘5.1’ already has an entry' },
    {
      name: 'a subcontractor declared in two files',
      files: (() => { const s = split(); return { 'main.hds.yaml': { ...s.main, ...s.soa, ...s.risks, ...s.subcontractors }, 'more.hds.yaml': s.subcontractors }; })(),
      file: 'more.hds.yaml',
      message: 'subcontractor id',
    },
    { name: 'a storage site twice', change: (d) => { d.scope.storage.push({ site: 'paris-1', country: 'FR' }); }, message: 'storage site' },
  ],
});

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
