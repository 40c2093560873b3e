// The organisation's own certificates and its subcontractors' (EXI-01, EXI-12, EXI-14).
import { testRule } from '../ruleTester';

testRule('hds-certificate-expired', {
  valid: [{ name: 'a certificate valid until 2028' }, { name: 'expiring today is not yet expired', change: (d) => { d.certification.hds.expires = '2026-11-22'; } }],
  invalid: [{ name: 'expired yesterday', change: (d) => { d.certification.hds.expires = '2026-11-21'; }, message: 'expired on 2026-11-21 (1 days ago)', at: '2026-11-21' }],
});

testRule('hds-referential-v1', {
  valid: [
    { name: 'referential 2' },
    { name: 'referential 1 before 16 May 2026', change: (d) => { d.certification.hds.referential = 1; }, options: { today: '2026-05-15' } },
  ],
  invalid: [
    { name: 'referential 1 on 16 May 2026', change: (d) => { d.certification.hds.referential = 1; }, options: { today: '2026-05-16' }, message: 'HDS referential 1', at: '1' },
    { name: 'referential 1 in French', change: (d) => { d.certification.hds.referential = 1; }, options: { locale: 'fr' }, message: 'référentiel HDS 1' },
  ],
});

testRule('iso27001-expired', {
  valid: [{ name: 'a valid ISO certificate' }],
  invalid: [{ name: 'an expired ISO certificate', change: (d) => { d.certification.iso27001.expires = '2026-01-01'; }, message: 'ISO/IEC 27001 certificate ‘ISO-1’ expired on 2026-01-01' }],
});

testRule('iso27001-scope', {
  valid: [{ name: 'covers the HDS scope' }],
  invalid: [{ name: 'does not cover the HDS scope', change: (d) => { d.certification.iso27001.covers_hds_scope = false; }, message: 'must cover the whole HDS scope', at: 'false' }],
});

testRule('activity-not-certified', {
  valid: [{ name: 'in-house activities covered by the certificate' }, { name: 'a not-provided activity outside the certificate' }],
  invalid: [
    { name: 'an in-house activity the certificate omits', change: (d) => { d.scope.activities.backup = { provided: 'in-house' }; }, message: /backup/i, at: 'in-house', data: { activity: 'backup' } },
    { name: 'no own certificate at all', change: (d) => { delete d.certification.hds; }, count: 2, message: 'no HDS certificate of the organisation' },
  ],
});

testRule('subcontractor-uncertified', {
  valid: [{ name: 'a certified subcontractor' }],
  invalid: [{ name: 'a subcontractor with no certificate', change: (d) => { delete d.subcontractors[0].certificate; }, count: 2, message: '‘dc’ performs', at: 'dc' }],
});

testRule('subcontractor-certificate-scope', {
  valid: [{ name: 'a certificate covering both activities' }],
  invalid: [
    { name: 'a certificate that omits hardware', change: (d) => { d.subcontractors[0].certificate.activities = ['physical-sites']; }, message: '‘dc’ performs Hardware', data: { activity: 'hardware' } },
    { name: 'activities given by number are understood', change: (d) => { d.subcontractors[0].certificate.activities = [1]; d.subcontractors[0].activities = [1, 2]; }, count: 1 },
  ],
});

testRule('subcontractor-certificate-expired', {
  valid: [{ name: 'a valid certificate' }, { name: 'an expired certificate of a subcontractor doing no HDS activity', change: (d) => { d.subcontractors.push({ id: 'x', name: 'X', activities: [], certificate: { number: 'C', activities: [], expires: '2020-01-01' } }); } }],
  invalid: [{ name: 'an expired certificate', change: (d) => { d.subcontractors[0].certificate.expires = '2026-10-01'; }, message: 'expired on 2026-10-01 (52 days ago)', at: '2026-10-01' }],
});

testRule('certificate-expiring', {
  valid: [{ name: 'all certificates valid beyond 90 days' }, { name: 'expired is not expiring', change: (d) => { d.certification.hds.expires = '2026-01-01'; } }],
  invalid: [
    { name: 'own HDS certificate in 90 days', change: (d) => { d.certification.hds.expires = '2027-02-20'; }, message: 'in 90 days', data: { days: 90 } },
    { name: 'a subcontractor certificate in 10 days, in French', change: (d) => { d.subcontractors[0].certificate.expires = '2026-12-02'; }, options: { locale: 'fr' }, message: 'dans 10 jours' },
    { name: 'three at once', change: (d) => { d.certification.hds.expires = '2026-12-01'; d.certification.iso27001.expires = '2026-12-01'; d.subcontractors[0].certificate.expires = '2026-12-01'; }, count: 3 },
  ],
});
