import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('unknown-subcontractor', {
  valid: [
    { name: 'a subcontractor declared in another file', files: (() => { const { main, soa, risks, subcontractors } = splitDeclaration(); return { 'main.hds.yaml': { ...main, ...soa, ...risks }, 'subcontractors.hds.yaml': subcontractors }; })() },
    { name: 'a storage site without operator', change: (d) => { delete d.scope.storage[0].operator; } },
  ],
  invalid: [
    {
      name: 'an offer naming a subcontractor that is not declared', change: (d) => { d.transfers.offers = [{ id: 'o', name: 'Offer', activities: ['hardware'], subcontractors: ['dc', 'dcc'] }]; },
      errors: [{ messageId: 'suggestion', at: 'dcc', line: 491, data: { id: 'dcc', suggestion: 'dc' }, message: 'No subcontractor has the id ‘dcc’: did you mean ‘dc’?', fix: { title: 'Change to ‘dc’', fixed: '        - dc' } }],
    },
    {
      name: 'a misspelled subcontractor in an activity', change: (d) => { d.scope.activities.hardware.by = ['dcc']; },
      errors: [
        { messageId: 'suggestion', at: 'dcc', line: 27, data: { id: 'dcc', activity: 'hardware', suggestion: 'dc' }, message: 'No subcontractor has the id ‘dcc’: did you mean ‘dc’?', fix: { title: 'Change to ‘dc’', fixed: '        - dc' } },
      ],
    },
    {
      name: 'an unknown storage operator, in French', change: (d) => { d.scope.storage[0].operator = 'acme-hosting'; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'unknown', at: 'acme-hosting', line: 39, data: { id: 'acme-hosting' }, message: 'Aucun sous-traitant n’a l’identifiant «\u00a0acme-hosting\u00a0».', fix: { title: 'Déclarer le sous-traitant «\u00a0acme-hosting\u00a0»', fixed: '  - id: acme-hosting\n    name: TODO raison sociale\n    activities: []' } },
      ],
    },
    {
      name: 'no subcontractors at all', change: (d) => { delete d.subcontractors; },
      errors: [
        { messageId: 'unknown', at: 'dc', line: 23, data: { id: 'dc', activity: 'physical-sites' }, message: 'No subcontractor has the id ‘dc’.', fix: { title: 'Declare subcontractor ‘dc’', fixed: 'subcontractors:\n  - id: dc\n    name: TODO legal name\n    activities: [physical-sites]\n' } },
        { messageId: 'unknown', at: 'dc', line: 27, data: { id: 'dc', activity: 'hardware' }, message: 'No subcontractor has the id ‘dc’.', fix: { title: 'Declare subcontractor ‘dc’', fixed: 'subcontractors:\n  - id: dc\n    name: TODO legal name\n    activities: [hardware]\n' } },
        { messageId: 'unknown', at: 'dc', line: 39, data: { id: 'dc' }, message: 'No subcontractor has the id ‘dc’.', fix: { title: 'Declare subcontractor ‘dc’', fixed: 'subcontractors:\n  - id: dc\n    name: TODO legal name\n    activities: []\n' } },
      ],
    },
  ],
});
