import { testRule } from '../ruleTester';

testRule('hds-certificate-expired', {
  valid: [
    { name: 'a certificate valid until 2028' },
    { name: 'expiring today is not yet expired', change: (d) => { d.certification.hds.expires = '2026-11-22'; } },
  ],
  invalid: [
    {
      name: 'expired yesterday',
      change: (d) => { d.certification.hds.expires = '2026-11-21'; },
      errors: [{ messageId: 'expired', at: '2026-11-21', line: 9, message: 'The HDS certificate ‘HDS-1’ expired on 21 November 2026 (1 day ago).' }],
    },
    {
      name: 'expired, in French',
      change: (d) => { d.certification.hds.expires = '2026-10-23'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'expired', at: '2026-10-23', line: 9, message: 'Le certificat HDS «\u00a0HDS-1\u00a0» a expiré le 23\u00a0octobre 2026 (il y a 30\u00a0jours).' }],
    },
  ],
});
