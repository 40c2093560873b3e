import { testRule } from '../ruleTester';

testRule('certificate-expiring', {
  valid: [
    { name: 'expiring in 91 days is not yet expiring', change: (d) => { d.certification.hds.expires = '2027-02-21'; } },
    { name: 'expired is not expiring', change: (d) => { d.subcontractors[0].certificate.expires = '2026-11-21'; } },
  ],
  invalid: [
    {
      name: 'own HDS certificate in 90 days',
      change: (d) => { d.certification.hds.expires = '2027-02-20'; },
      errors: [{ messageId: 'expiring', at: '2027-02-20', line: 9, data: { days: 90 }, message: 'The HDS certificate ‘HDS-1’ expires on 20 February 2027, in 90 days: plan its renewal. [EXI-01]' }],
    },
    {
      name: 'a subcontractor certificate in 10 days, in French',
      change: (d) => { d.subcontractors[0].certificate.expires = '2026-12-02'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'expiring', at: '2026-12-02', line: 462, data: { days: 10 }, message: 'Le certificat HDS de dc «\u00a0HDS-DC\u00a0» expire le 2\u00a0décembre 2026, dans 10\u00a0jours' }],
    },
    {
      name: 'three at once, expiring today',
      change: (d) => { d.certification.hds.expires = '2026-11-22'; d.certification.iso27001.expires = '2026-11-22'; d.subcontractors[0].certificate.expires = '2026-11-22'; },
      errors: [
        { messageId: 'expiring', at: '2026-11-22', line: 9, data: { days: 0 } },
        { messageId: 'expiring', at: '2026-11-22', line: 16, data: { days: 0 }, message: 'The ISO/IEC 27001 certificate ‘ISO-1’' },
        { messageId: 'expiring', at: '2026-11-22', line: 462, data: { days: 0 }, message: '[EXI-14]' },
      ],
    },
  ],
});
