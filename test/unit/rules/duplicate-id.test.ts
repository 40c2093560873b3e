import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('duplicate-id', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'two risks with one id', change: (d) => { d.risks[1].id = d.risks[0].id; }, message: "The risk id ‘R-01’ is already used.", at: 'R-01' },
    { name: 'a control twice in the SoA', change: (d) => { d.soa.push({ control: '5.1', applicable: true }); }, message: 'Control ‘5.1’ already has an entry' },
    {
      name: 'a subcontractor declared in two files',
      files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': { ...s.main, ...s.soa, ...s.risks, ...s.subcontractors }, 'more.hds.yaml': s.subcontractors }; })(),
      file: 'more.hds.yaml',
      message: 'subcontractor id',
    },
    { name: 'a storage site twice', change: (d) => { d.scope.storage.push({ site: 'paris-1', country: 'FR' }); }, message: 'storage site' },
  ],
});
