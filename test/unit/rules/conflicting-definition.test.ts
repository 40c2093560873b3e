import { splitDeclaration } from '../fixtures';
import { stringify } from 'yaml';
import { testRule } from '../ruleTester';

testRule('conflicting-definition', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'a declaration split over four files', files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': s.soa, 'risks.hds.yaml': s.risks, 'subcontractors.hds.yaml': s.subcontractors }; })() },
  ],
  invalid: [
    {
      name: 'the organisation defined in two files',
      files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': s.main, 'soa.hds.yaml': { ...s.soa, organization: { name: 'Other' } } }; })(),
      message: "‘organization’ is already defined in main.hds.yaml",
      file: 'soa.hds.yaml',
    },
    {
      name: 'one activity scoped in two files',
      files: (() => { const s = splitDeclaration(); return { 'main.hds.yaml': s.main, 'x.hds.yaml': stringify({ ...s.soa, ...s.risks, scope: { activities: { backup: { provided: 'in-house' } } } }) }; })(),
      message: "‘scope.activities.backup’",
    },
  ],
});
