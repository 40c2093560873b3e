import { testRule } from '../ruleTester';
import type { Yaml } from '../fixtures';

function noneProvided(d: Yaml): void {
  for (const key of Object.keys(d.scope.activities)) d.scope.activities[key] = { provided: 'not-provided' };
  // Subcontractors that perform nothing, so that the other rules stay quiet about them.
  d.subcontractors[0].activities = [];
}

testRule('no-activity-provided', {
  valid: [
    { name: 'activities provided in-house and subcontracted' },
    { name: 'one activity provided, the others not', change: (d) => { noneProvided(d); d.scope.activities.backup = { provided: 'in-house-and-subcontracted', by: ['dc'] }; } },
    { name: 'one activity subcontracted only', change: (d) => { noneProvided(d); d.scope.activities.hardware = { provided: 'subcontracted', by: ['dc'] }; } },
    { name: 'an activity whose provision is not yet answered (placeholder-left’s and invalid-value’s concern)', change: (d) => { noneProvided(d); d.scope.activities.backup = { provided: 'TODO' }; } },
    { name: 'no scope section at all (missing-section’s concern)', change: (d) => { delete d.scope; } },
  ],
  invalid: [
    {
      // Article R.1111-9 of the Public Health Code: a certificate covers one or more of the six activities.
      name: 'every activity not provided', change: noneProvided,
      errors: [{ messageId: 'allNotProvided', at: 'activities', line: 19, message: 'Every activity of the scope is `not-provided`, yet an HDS certificate covers at least one of the six activities: say which you provide, in-house or subcontracted. [CSP art. R.1111-9]' }],
    },
    {
      name: 'no activity declared, in French', change: (d) => { d.scope.activities = {}; d.subcontractors[0].activities = []; }, options: { locale: 'fr' },
      errors: [{ messageId: 'none', at: 'activities', line: 19, message: 'Le périmètre ne déclare aucune des six activités HDS, alors qu’un certificat HDS en couvre au moins une\u00a0: indiquez sous `scope.activities` celles que vous assurez, en interne ou en sous-traitance. [CSP art. R.1111-9]' }],
    },
    {
      name: 'a scope with storage only', change: (d) => { delete d.scope.activities; d.subcontractors[0].activities = []; },
      errors: [{ messageId: 'none', at: 'scope', line: 18 }],
    },
  ],
});
