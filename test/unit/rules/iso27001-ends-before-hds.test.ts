import { testRule } from '../ruleTester';

testRule('iso27001-ends-before-hds', {
  valid: [
    { name: 'ending the same day as the HDS certificate', change: (d) => { d.certification.iso27001.expires = '2028-01-01'; } },
    { name: 'no HDS expiry to compare with', change: (d) => { delete d.certification.hds.expires; d.certification.iso27001.expires = '2027-01-01'; } },
  ],
  invalid: [
    {
      name: 'ending the day before, more than 90 days away: its renewal is a plan on the calendar, information',
      change: (d) => { d.certification.iso27001.expires = '2027-12-31'; },
      errors: [{
        messageId: 'endsBefore', severity: 'information', at: '2027-12-31', line: 16,
        message: 'The ISO/IEC 27001 certificate ‘ISO-1’ ends on 31 December 2027, before the HDS certificate ‘HDS-1’ it supports (1 January 2028)',
        related: [{ messageId: 'hdsExpiry', at: 'expires', line: 9 }],
      }],
    },
    {
      name: 'ending within 90 days, before the HDS certificate: its renewal is owed now, a warning',
      change: (d) => { d.certification.iso27001.expires = '2027-01-15'; },
      errors: [{ messageId: 'endsBefore', severity: 'warning', at: '2027-01-15', line: 16, related: [{ messageId: 'hdsExpiry', at: 'expires', line: 9 }] }],
    },
  ],
});
