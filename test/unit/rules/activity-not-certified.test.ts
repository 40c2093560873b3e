import { testRule } from '../ruleTester';

testRule('activity-not-certified', {
  valid: [
    { name: 'in-house activities covered by the certificate' },
    { name: 'a certificate covering more than is provided in-house', change: (d) => { d.certification.hds.activities.push('backup', 'virtual-infrastructure'); } },
    { name: 'a subcontracted activity outside the certificate', change: (d) => { d.scope.activities.backup = { provided: 'subcontracted', by: ['dc'] }; d.subcontractors[0].activities.push('backup'); d.subcontractors[0].certificate.activities.push('backup'); } },
    { name: 'an activity given by number, covered by name', change: (d) => { d.scope.activities['5'] = d.scope.activities.administration; delete d.scope.activities.administration; } },
  ],
  invalid: [
    {
      name: 'an in-house activity the certificate omits', change: (d) => { d.scope.activities.backup = { provided: 'in-house' }; },
      errors: [
        { messageId: 'uncovered', at: 'in-house', line: 35, data: { activity: 'backup' }, message: 'Health data backup is provided in-house, but the organisation’s HDS certificate does not cover it.', related: [{ messageId: 'certificate', at: 'activities', line: 11 }] },
      ],
    },
    {
      name: 'no own certificate at all, in French', change: (d) => { delete d.certification.hds; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'noCertificate', at: 'in-house', line: 22, data: { activity: 'application-platform' }, message: 'L’activité Plateforme d’hébergement d’applications est assurée en interne, mais la déclaration ne comporte aucun certificat HDS de l’organisation (certification.hds).' },
        { messageId: 'noCertificate', at: 'in-house', line: 24, data: { activity: 'administration' }, message: 'L’activité Administration et exploitation du système d’information est assurée en interne, mais la déclaration ne comporte aucun certificat HDS de l’organisation (certification.hds).' },
      ],
    },
  ],
});
