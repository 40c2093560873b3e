import { testRule } from '../ruleTester';

testRule('iso27001-expired', {
  valid: [
    { name: 'expiring today is not yet expired', change: (d) => { d.certification.iso27001.expires = '2026-11-22'; } },
    { name: 'no expiry date: the schema asks for it, this rule has nothing to judge', change: (d) => { delete d.certification.iso27001.expires; } },
  ],
  invalid: [
    {
      name: 'an expired ISO certificate',
      change: (d) => { d.certification.iso27001.expires = '2026-01-01'; },
      errors: [{ messageId: 'expired', at: '2026-01-01', line: 16, message: 'The ISO/IEC 27001 certificate ‘ISO-1’ expired on 1 January 2026 (325 days ago): HDS certification requires a certified ISMS.' }],
    },
  ],
});
