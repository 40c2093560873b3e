import { testRule } from '../ruleTester';

testRule('technical-audit-outdated', {
  valid: [
    { name: 'no technical audit recorded' },
    { name: 'its last valid day is today', change: (d) => { d.isms = { technical_audit: { date: '2023-11-23', independent: true } }; } },
  ],
  invalid: [
    {
      name: 'three years old yesterday',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  technical_audit: { date: 2023-11-22, independent: true }\n' },
      errors: [{ messageId: 'outdated', at: '2023-11-22', line: 2, data: { date: '2023-11-22', until: '2026-11-21' }, message: 'The technical audit of 22 November 2023 is more than three years old (valid until 21 November 2026, 1 day ago)' }],
    },
    {
      name: 'in French',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  technical_audit:\n    date: 2022-05-02\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'outdated', at: '2022-05-02', line: 3, data: { date: '2022-05-02', until: '2025-05-01' }, message: 'L’audit technique du 2\u00a0mai 2022 a plus de trois ans (valable jusqu’au 1er\u00a0mai 2025, il y a ' }],
    },
  ],
});
