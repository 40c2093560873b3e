import { testRule } from '../ruleTester';

testRule('subcontractor-certificate-scope', {
  valid: [
    { name: 'a certificate covering both activities' },
    {
      name: 'backup run in-house and by the subcontractor, whose certificate covers it',
      change: (d) => {
        d.scope.activities.backup = { provided: 'in-house-and-subcontracted', by: ['dc'] };
        d.certification.hds.activities.push('backup');
        d.subcontractors[0].certificate.activities.push('backup');
      },
    },
  ],
  invalid: [
    {
      name: 'a certificate that omits hardware',
      change: (d) => { d.subcontractors[0].certificate.activities = ['physical-sites']; },
      errors: [{
        messageId: 'uncovered', at: 'dc', line: 27, data: { subcontractor: 'dc', activity: 'hardware' },
        message: '‘dc’ performs Hardware infrastructure, which its HDS certificate ‘HDS-DC’ does not cover.',
        related: [{ messageId: 'certificate', at: 'activities', line: 459 }],
      }],
    },
    {
      name: 'activities given by number are understood',
      change: (d) => { d.subcontractors[0].certificate.activities = [1]; d.subcontractors[0].activities = [1, 2]; },
      errors: [{ messageId: 'uncovered', at: 'dc', line: 27, data: { subcontractor: 'dc', activity: 'hardware' }, related: [{ messageId: 'certificate', at: 'activities', line: 459 }] }],
    },
    {
      name: 'the subcontracted part of a mixed activity, in French',
      change: (d) => { d.scope.activities.backup = { provided: 'in-house-and-subcontracted', by: ['dc'] }; d.certification.hds.activities.push('backup'); },
      options: { locale: 'fr' },
      errors: [{ messageId: 'uncovered', at: 'dc', line: 38, data: { subcontractor: 'dc', activity: 'backup' }, message: '«\u00a0dc\u00a0» réalise l’activité Sauvegarde', related: [{ messageId: 'certificate', at: 'activities', line: 462 }] }],
    },
  ],
});
