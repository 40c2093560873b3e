import { testRule } from '../ruleTester';

testRule('surveillance-audit-overdue', {
  valid: [
    { name: 'the first audit falls due tomorrow', options: { today: '2026-12-31' } },
    {
      name: 'a late audit still answers its year, and the next is not due yet',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2025-06-01', expires: '2028-05-31', surveillance: [{ date: '2026-07-15', result: 'minor-nonconformities' }] }); },
    },
    {
      name: 'both audits done: the third year ends with the renewal, not a surveillance audit',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2023-12-01', expires: '2026-11-30', surveillance: [{ date: '2024-11-20', result: 'passed' }, { date: '2025-11-18', result: 'passed' }] }); },
    },
  ],
  invalid: [
    {
      name: 'no audit recorded a year after issue',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2025-06-01', expires: '2028-05-31' }); },
      errors: [{ messageId: 'overdue', at: '2025-06-01', line: 8, data: { year: 1, due: '2026-06-01' }, message: 'The surveillance audit of year 1 of the HDS certificate ‘HDS-1’ was due by 1 June 2026 (174 days ago) and none is recorded' }],
    },
    {
      name: 'the second year’s audit missing, in French',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2024-06-01', expires: '2027-05-31', surveillance: [{ date: '2025-05-20', result: 'passed' }] }); },
      options: { locale: 'fr' },
      errors: [{ messageId: 'overdue', at: 'surveillance', line: 14, data: { year: 2, due: '2026-06-01' }, message: 'L’audit de surveillance de l’année 2 du certificat HDS «\u00a0HDS-1\u00a0» était dû au 1er\u00a0juin 2026 (il y a 174\u00a0jours)' }],
    },
    {
      name: 'an audit planned after its due date',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2025-06-01', expires: '2028-05-31', surveillance: [{ date: '2026-12-15' }] }); },
      errors: [{ messageId: 'overduePlanned', at: '2026-12-15', line: 15, data: { year: 1, due: '2026-06-01' }, message: 'the one planned on 15 December 2026 comes late' }],
    },
    {
      name: 'both years missing on a certificate issued long ago',
      change: (d) => { Object.assign(d.certification.hds, { issued: '2024-01-10', expires: '2027-01-09' }); },
      errors: [
        { messageId: 'overdue', at: '2024-01-10', line: 8, data: { year: 1, due: '2025-01-10' } },
        { messageId: 'overdue', at: '2024-01-10', line: 8, data: { year: 2, due: '2026-01-10' } },
      ],
    },
  ],
});
