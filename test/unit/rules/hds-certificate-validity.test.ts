import { testRule } from '../ruleTester';

testRule('hds-certificate-validity', {
  valid: [
    { name: 'expiring exactly three years after issue', change: (d) => { d.certification.hds.expires = '2029-01-01'; } },
    { name: 'issued on 29 February, expiring on 28 February three years on', change: (d) => { d.certification.hds.issued = '2024-02-29'; d.certification.hds.expires = '2027-02-28'; } },
    { name: 'no date of issue: nothing to measure against', change: (d) => { delete d.certification.hds.issued; d.certification.hds.expires = '2031-01-01'; } },
  ],
  invalid: [
    {
      name: 'one day more than three years',
      change: (d) => { d.certification.hds.expires = '2029-01-02'; },
      errors: [{ messageId: 'tooLong', at: '2029-01-02', line: 9, data: { latest: '2029-01-01' }, message: 'issued on 1 January 2026 cannot expire on 2 January 2029: an HDS certificate is valid for 3 years, so until 1 January 2029 at the latest' }],
    },
    {
      name: 'issued on 29 February, one day too long, in French',
      change: (d) => { d.certification.hds.issued = '2024-02-29'; d.certification.hds.expires = '2027-03-01'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'tooLong', at: '2027-03-01', line: 9, data: { latest: '2027-02-28' }, message: 'délivré le 29\u00a0février 2024 ne peut pas expirer le 1er\u00a0mars 2027\u00a0: un certificat HDS vaut 3\u00a0ans, donc jusqu’au 28\u00a0février 2027 au plus tard' }],
    },
    {
      name: 'expiring before its issue',
      change: (d) => { d.certification.hds.expires = '2025-12-31'; },
      errors: [{
        messageId: 'beforeIssue', at: '2025-12-31', line: 9, message: 'expires on 31 December 2025, before it was issued (1 January 2026)',
        related: [{ messageId: 'beforeIssue', at: 'issued', line: 8 }],
      }],
    },
  ],
});
