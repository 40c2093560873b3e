import { testRule } from '../ruleTester';

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
