import { testRule } from '../ruleTester';

testRule('iso27001-expired', {
  valid: [{ name: 'a valid ISO certificate' }],
  invalid: [{ name: 'an expired ISO certificate', change: (d) => { d.certification.iso27001.expires = '2026-01-01'; }, message: 'ISO/IEC 27001 certificate ‘ISO-1’ expired on 2026-01-01' }],
});
