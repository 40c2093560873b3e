import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('duplicate-id', {
  valid: [
    { name: 'ids that differ only by case or suffix', change: (d) => { d.risks[1].id = 'r-01'; d.risks[2].id = 'R-01a'; d.scope.storage.push({ site: 'Paris-1', country: 'FR' }); } },
    { name: 'one id shared by a risk, a subcontractor and a site', change: (d) => { d.risks[0].id = 'dc'; d.scope.storage[0].site = 'dc'; } },
    { name: 'a SoA and risks split over files, without repeats', files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': { ...s.main, ...s.subcontractors, ...s.soa }, 'risks.hds.yaml': s.risks }; })() },
  ],
  invalid: [
    {
      name: 'two offers with one id', change: (d) => { d.transfers.offers = [{ id: 'o', name: 'One', activities: ['hardware'] }, { id: 'o', name: 'Two', activities: ['administration'] }]; },
      errors: [{ messageId: 'offer', at: 'o', line: 489, data: { id: 'o' }, message: 'The offer id ‘o’ is already used.', related: [{ messageId: 'first', at: 'o', line: 485 }] }],
    },
    {
      name: 'two risks with one id', change: (d) => { d.risks[1].id = d.risks[0].id; },
      errors: [
        { messageId: 'risk', at: 'R-01', line: 331, data: { id: 'R-01' }, message: 'The risk id ‘R-01’ is already used.', related: [{ messageId: 'first', at: 'R-01', line: 321 }] },
      ],
    },
    {
      name: 'a control twice in the SoA, in French', change: (d) => { d.soa.push({ control: '5.1', applicable: true }); }, options: { locale: 'fr' },
      errors: [
        { messageId: 'control', at: '"5.1"', line: 320, data: { id: '5.1' }, message: 'La mesure «\u00a05.1\u00a0» a déjà une ligne dans la DdA.', related: [{ messageId: 'first', at: '"5.1"', line: 41 }] },
      ],
    },
    {
      name: 'a subcontractor declared in two files',
      files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': { ...s.main, ...s.soa, ...s.risks, ...s.subcontractors }, 'more.hds.yaml': s.subcontractors }; })(),
      errors: [
        { messageId: 'subcontractor', at: 'dc', line: 1, file: 'more.hds.yaml', data: { id: 'dc' }, message: 'The subcontractor id ‘dc’ is already used.', related: [{ messageId: 'first', at: 'dc', line: 520 }] },
      ],
    },
    {
      name: 'a storage site three times: each repeat points at the first', change: (d) => { d.scope.storage.push({ site: 'paris-1', country: 'FR' }, { site: 'paris-1', country: 'DE' }); },
      errors: [
        { messageId: 'site', at: 'paris-1', line: 40, data: { id: 'paris-1' }, message: 'The storage site ‘paris-1’ is already declared.', related: [{ messageId: 'first', at: 'paris-1', line: 37 }] },
        { messageId: 'site', at: 'paris-1', line: 42, data: { id: 'paris-1' }, message: 'The storage site ‘paris-1’ is already declared.', related: [{ messageId: 'first', at: 'paris-1', line: 37 }] },
      ],
    },
  ],
});
