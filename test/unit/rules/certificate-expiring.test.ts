import { testRule } from '../ruleTester';

testRule('certificate-expiring', {
  valid: [{ name: 'all certificates valid beyond 90 days' }, { name: 'expired is not expiring', change: (d) => { d.certification.hds.expires = '2026-01-01'; } }],
  invalid: [
    { name: 'own HDS certificate in 90 days', change: (d) => { d.certification.hds.expires = '2027-02-20'; }, message: 'in 90 days', data: { days: 90 } },
    { name: 'a subcontractor certificate in 10 days, in French', change: (d) => { d.subcontractors[0].certificate.expires = '2026-12-02'; }, options: { locale: 'fr' }, message: 'dans 10 jours' },
    { name: 'three at once', change: (d) => { d.certification.hds.expires = '2026-12-01'; d.certification.iso27001.expires = '2026-12-01'; d.subcontractors[0].certificate.expires = '2026-12-01'; }, count: 3 },
  ],
});
