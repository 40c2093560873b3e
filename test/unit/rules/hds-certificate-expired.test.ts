import { testRule } from '../ruleTester';

testRule('hds-certificate-expired', {
  valid: [{ name: 'a certificate valid until 2028' }, { name: 'expiring today is not yet expired', change: (d) => { d.certification.hds.expires = '2026-11-22'; } }],
  invalid: [{ name: 'expired yesterday', change: (d) => { d.certification.hds.expires = '2026-11-21'; }, message: 'expired on 2026-11-21 (1 days ago)', at: '2026-11-21' }],
});
