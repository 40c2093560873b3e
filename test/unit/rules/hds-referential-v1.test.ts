import { testRule } from '../ruleTester';

testRule('hds-referential-v1', {
  valid: [
    { name: 'referential 2' },
    { name: 'referential 1 before 16 May 2026', change: (d) => { d.certification.hds.referential = 1; d.subcontractors[0].certificate.referential = 1; }, options: { today: '2026-05-15' } },
    { name: 'a subcontractor’s certificate on referential 2', change: (d) => { d.subcontractors[0].certificate.referential = 2; d.subcontractors[0].certificate.issued = '2026-01-10'; } },
  ],
  invalid: [
    {
      name: 'referential 1 on 16 May 2026',
      change: (d) => { d.certification.hds.referential = 1; },
      options: { today: '2026-05-16' },
      errors: [{ messageId: 'obsolete', at: '1', line: 10, message: 'This certificate was issued against HDS referential 1, which no longer certifies anyone since 16 May 2026' }],
    },
    {
      name: 'a subcontractor’s certificate on referential 1',
      change: (d) => { d.subcontractors[0].certificate.referential = 1; },
      errors: [{ messageId: 'subcontractor', at: '1', line: 463, data: { subcontractor: 'dc' }, message: 'The HDS certificate of ‘dc’ was issued against referential 1, which no longer certifies anyone since 16 May 2026' }],
    },
    {
      name: 'both, in French',
      change: (d) => { d.certification.hds.referential = 1; d.subcontractors[0].certificate.referential = 1; },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'obsolete', at: '1', line: 10, message: 'référentiel HDS 1' },
        { messageId: 'subcontractor', at: '1', line: 463, data: { subcontractor: 'dc' }, message: 'depuis le 16\u00a0mai 2026\u00a0: le sous-traitant doit détenir un certificat HDS v2' },
      ],
    },
  ],
});
