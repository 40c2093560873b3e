import { testRule } from '../ruleTester';

testRule('activity-also-subcontracted', {
  valid: [
    { name: 'in-house activities no subcontractor lists' },
    { name: 'listed by a subcontractor and declared in-house-and-subcontracted', change: (d) => { d.scope.activities.administration = { provided: 'in-house-and-subcontracted', by: ['dc'] }; d.subcontractors[0].activities.push('administration'); } },
    { name: 'listed by a subcontractor and declared subcontracted', change: (d) => { d.scope.activities.hardware = { provided: 'subcontracted', by: ['dc'] }; } },
  ],
  invalid: [
    {
      name: 'an in-house activity a subcontractor lists as its own',
      change: (d) => { d.subcontractors[0].activities.push('administration'); },
      errors: [{
        messageId: 'alsoSubcontracted', at: 'in-house', line: 33, data: { activity: 'administration', subcontractors: ['dc'] },
        message: 'Administration and operation of the information system is declared `provided: in-house`, yet it is among the activities of ‘dc’: it is in-house and subcontracted.',
        related: [{ messageId: 'listedHere', at: 'administration', line: 457 }],
        fix: { title: 'Set provided to in-house-and-subcontracted', fixed: '      provided: in-house-and-subcontracted\n      by: [dc]' },
      }],
    },
    {
      name: 'in a flow mapping, as the examples write the scope',
      files: { 'main.hds.yaml': 'hds: 2\nscope:\n  activities:\n    backup: { provided: in-house }   # copies kept by Vault\nsubcontractors:\n  - { id: vault, name: Vault SAS, activities: [backup] }\n' },
      errors: [{
        messageId: 'alsoSubcontracted', at: 'in-house', line: 3, data: { activity: 'backup', subcontractors: ['vault'] },
        related: [{ messageId: 'listedHere', at: 'backup', line: 5 }],
        // One edit in the flow mapping: the comment after it keeps its column.
        fix: { title: 'Set provided to in-house-and-subcontracted', fixed: '    backup: { provided: in-house-and-subcontracted, by: [vault] }  # copies kept by Vault' },
      }],
    },
    {
      name: 'two subcontractors, in French',
      change: (d) => {
        d.subcontractors[0].activities.push('application-platform');
        d.subcontractors.push({ id: 'ops', name: 'Ops SARL', role: 'Night on-call', activities: ['application-platform'], under_host_supervision: true });
      },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'alsoSubcontracted', at: 'in-house', line: 31, data: { activity: 'application-platform', subcontractors: ['dc', 'ops'] },
        message: 'alors qu’elle figure parmi les activités de «\u00a0dc\u00a0», «\u00a0ops\u00a0»\u00a0: elle est assurée en interne et en sous-traitance.',
        related: [{ messageId: 'listedHere', at: 'application-platform', line: 457 }, { messageId: 'listedHere', at: 'application-platform', line: 474 }],
        fix: { title: 'Mettre provided à in-house-and-subcontracted', fixed: '      provided: in-house-and-subcontracted\n      by: [dc, ops]' },
      }],
    },
  ],
});
