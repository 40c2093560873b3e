import { testRule } from '../ruleTester';

const both = ['referential-conformity', 'access-traces'];

testRule('internal-audit-overdue', {
  valid: [
    { name: 'no isms section: the requirements register answers EXI-16' },
    { name: 'one audit covering both, less than a year ago', change: (d) => { d.isms = { internal_audits: [{ date: '2026-03-10', covers: both }] }; } },
    { name: 'due today is still in time', change: (d) => { d.isms = { internal_audits: [{ date: '2025-11-22', covers: both }] }; } },
    {
      name: 'two audits, one per topic',
      change: (d) => { d.isms = { internal_audits: [{ date: '2026-02-01', covers: ['referential-conformity'] }, { date: '2026-09-01', covers: ['access-traces'] }] }; },
    },
  ],
  invalid: [
    {
      name: 'an isms section without internal audits',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  started: 2024-01-01\n' },
      errors: [{ messageId: 'none', at: 'isms', line: 1, data: { topics: both }, message: 'No internal audit covering the ISMS’s conformity to the HDS referential and the traces of staff access to health data is recorded' }],
    },
    {
      name: 'the access traces never audited; a planned audit is not done',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  internal_audits:\n    - { date: 2026-03-10, covers: [referential-conformity] }\n    - { date: 2027-01-10, covers: [access-traces] }\n' },
      errors: [{ messageId: 'none', at: 'internal_audits', line: 2, data: { topics: ['access-traces'] } }],
    },
    {
      name: 'the last audit more than a year old, in French',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  internal_audits:\n    - { date: 2025-10-01, covers: [referential-conformity, access-traces] }\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'overdue', at: '2025-10-01', line: 3, data: { topics: both, due: '2026-10-01' }, message: 'Le dernier audit interne portant sur la conformité du SMSI au référentiel HDS et les traces d’accès du personnel aux données de santé, le 1er\u00a0octobre 2025, date de plus d’un an\u00a0: le suivant était dû au 1er\u00a0octobre 2026 (il y a 52\u00a0jours).' }],
    },
  ],
});
