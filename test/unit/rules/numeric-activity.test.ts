import { testRule } from '../ruleTester';

testRule('numeric-activity', {
  valid: [
    { name: 'activity names' },
    { name: 'numbers other than 3 and 4', change: (d) => { d.risks[0].activities = [1, 2, 5, 6]; } },
    { name: 'a 3 that is not an activity (a likelihood)', change: (d) => { d.risks[0].likelihood = 3; d.risks[0].impact = 4; } },
  ],
  invalid: [
    {
      name: 'activity 3 in a risk, read as virtual infrastructure', change: (d) => { d.risks[0].activities = [3]; },
      errors: [
        { messageId: 'read', at: '3', line: 325, data: { written: 3, name: 'virtual-infrastructure' }, message: 'Activity 3 is read as ‘virtual-infrastructure’ (Virtual infrastructure), in the order of article R.1111-9 of the Public Health Code. Some guides swap 3 and 4: write the name to remove any doubt.', fix: { title: 'Use the activity name ‘virtual-infrastructure’', fixed: '      - virtual-infrastructure' } },
      ],
    },
    {
      name: 'activity 4 as a scope key, in French',
      change: (d) => { d.scope.activities['4'] = d.scope.activities['application-platform']; delete d.scope.activities['application-platform']; },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'read', at: '"4"', line: 20, data: { written: 4, name: 'application-platform' }, message: 'L’activité 4 est lue comme «\u00a0application-platform\u00a0» (Plateforme d’hébergement d’applications), dans l’ordre de l’article R.1111-9 du Code de la santé publique. Certains guides inversent 3 et 4\u00a0: écrivez le nom pour lever toute ambiguïté.', fix: { title: 'Utiliser le nom de l’activité «\u00a0application-platform\u00a0»', fixed: '    "application-platform":' } },
      ],
    },
    {
      name: 'a quoted "3" and a 4 in certificates', change: (d) => { d.certification.hds.activities = ['administration', '4']; d.subcontractors[0].certificate.activities = ['physical-sites', 'hardware', 3]; },
      errors: [
        { messageId: 'read', at: '"4"', line: 13, data: { written: 4, name: 'application-platform' }, message: 'Activity 4 is read as ‘application-platform’ (Application hosting platform), in the order of article R.1111-9 of the Public Health Code. Some guides swap 3 and 4: write the name to remove any doubt.', fix: { title: 'Use the activity name ‘application-platform’', fixed: '      - "application-platform"' } },
        { messageId: 'read', at: '3', line: 462, data: { written: 3, name: 'virtual-infrastructure' }, message: 'Activity 3 is read as ‘virtual-infrastructure’ (Virtual infrastructure), in the order of article R.1111-9 of the Public Health Code. Some guides swap 3 and 4: write the name to remove any doubt.', fix: { title: 'Use the activity name ‘virtual-infrastructure’', fixed: '        - virtual-infrastructure' } },
      ],
    },
  ],
});
