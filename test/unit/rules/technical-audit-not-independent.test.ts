import { testRule } from '../ruleTester';

testRule('technical-audit-not-independent', {
  valid: [
    { name: 'no technical audit recorded' },
    { name: 'independent', change: (d) => { d.isms = { technical_audit: { date: '2025-01-10', independent: true } }; } },
    { name: 'not said: missing-key’s to report', change: (d) => { d.isms = { technical_audit: { date: '2025-01-10' } }; } },
  ],
  invalid: [
    {
      name: 'declared not independent',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  technical_audit: { date: 2025-01-10, auditor: Équipe interne, independent: false }\n' },
      errors: [{ messageId: 'notIndependent', at: 'false', line: 2, message: 'The technical audit is declared not independent' }],
    },
  ],
});
