import { testRule } from '../ruleTester';

testRule('subcontractor-certificate-expired', {
  valid: [
    { name: 'a valid certificate' },
    { name: 'an expired certificate of a subcontractor doing no HDS activity', change: (d) => { d.subcontractors.push({ id: 'x', name: 'X', activities: [], certificate: { number: 'C', activities: [], expires: '2020-01-01' } }); } },
    { name: 'a certificate expiring today still holds', change: (d) => { d.subcontractors[0].certificate.expires = '2026-11-22'; } },
  ],
  invalid: [
    {
      name: 'an expired certificate',
      change: (d) => { d.subcontractors[0].certificate.expires = '2026-10-01'; },
      errors: [{ messageId: 'expired', at: '2026-10-01', line: 462, data: { subcontractor: 'dc' }, message: 'The HDS certificate ‘HDS-DC’ of ‘dc’ expired on 1 October 2026 (52 days ago), yet it performs Physical sites, Hardware infrastructure. Apply the procedure EXI-14 requires for a subcontractor that loses its certificate. [CSP art. L.1111-8]' }],
    },
    {
      name: 'expired ten days ago, in French',
      change: (d) => { d.subcontractors[0].certificate.expires = '2026-11-12'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'expired', at: '2026-11-12', line: 462, data: { subcontractor: 'dc' }, message: 'a expiré le 12\u00a0novembre 2026 (il y a 10\u00a0jours), alors qu’il réalise\u00a0: Sites physiques, Infrastructure matérielle. Appliquez la procédure qu’exige l’EXI-14 pour un sous-traitant qui perd son certificat. [CSP art. L.1111-8]' }],
    },
  ],
});
