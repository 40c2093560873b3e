import { stringify } from 'yaml';
import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

const split = () => splitDeclaration();

testRule('conflicting-definition', {
  valid: [
    { name: 'a declaration split over four files', files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': s.soa, 'risks.hds.yaml': s.risks, 'subcontractors.hds.yaml': s.subcontractors }; })() },
    {
      name: 'lists split over files: SoA entries and risks add up',
      files: (() => { const s = split(); return { 'main.hds.yaml': { ...s.main, ...s.subcontractors, soa: s.soa.soa.slice(0, 40), risks: s.risks.risks.slice(0, 6) }, 'more.hds.yaml': { soa: s.soa.soa.slice(40), risks: s.risks.risks.slice(6) } }; })(),
    },
    {
      name: 'different activities scoped in different files',
      files: (() => {
        const s = split();
        const { backup, ...others } = s.main.scope.activities;
        return { 'main.hds.yaml': { ...s.main, ...s.soa, ...s.risks, ...s.subcontractors, scope: { ...s.main.scope, activities: others } }, 'backup.hds.yaml': { scope: { activities: { backup } } } };
      })(),
    },
  ],
  invalid: [
    {
      name: 'the organisation defined in two files',
      files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': { ...s.soa, organization: { name: 'Other' } } }; })(),
      errors: [
        { messageId: 'conflict', at: 'organization', line: 280, file: 'soa.hds.yaml', message: '‘organization’ is already defined in main.hds.yaml: keep one definition.', related: [{ messageId: 'first', at: 'organization', line: 1 }] },
      ],
    },
    {
      name: 'one activity scoped in two files, in French',
      files: (() => { const s = split(); return { 'main.hds.yaml': s.main, 'x.hds.yaml': stringify({ ...s.soa, ...s.risks, scope: { activities: { backup: { provided: 'in-house' } } } }) }; })(),
      options: { locale: 'fr' },
      errors: [
        { messageId: 'conflict', at: 'backup', line: 413, file: 'x.hds.yaml', message: '«\u00a0scope.activities.backup\u00a0» est déjà défini dans main.hds.yaml\u00a0: gardez une seule définition.', related: [{ messageId: 'first', at: 'backup', line: 34 }] },
      ],
    },
    {
      name: 'a contract clause and the HDS certificate written twice',
      files: (() => { const s = split(); return { 'main.hds.yaml': { ...s.main, ...s.soa, ...s.risks, ...s.subcontractors }, 'extra.hds.yaml': { contract: { 'EXI-17': 'Annex 2' }, certification: { hds: s.main.certification.hds } } }; })(),
      errors: [
        { messageId: 'conflict', at: 'hds', line: 3, file: 'extra.hds.yaml', message: '‘certification.hds’ is already defined in main.hds.yaml: keep one definition.', related: [{ messageId: 'first', at: 'hds', line: 5 }] },
        { messageId: 'conflict', at: 'EXI-17', line: 1, file: 'extra.hds.yaml', message: '‘contract.EXI-17’ is already defined in main.hds.yaml: keep one definition.', related: [{ messageId: 'first', at: 'EXI-17', line: 41 }] },
      ],
    },
  ],
});
