import { testRule } from '../ruleTester';

testRule('audit-result-mismatch', {
  valid: [
    { name: 'an audit without findings key says nothing of them', change: (d) => { d.certification.hds.surveillance = [{ date: '2026-06-01', result: 'major-nonconformities' }]; } },
    { name: 'passed with an observation', change: (d) => { d.certification.hds.surveillance = [{ date: '2026-06-01', result: 'passed', findings: [{ level: 'observation' }] }]; } },
    {
      name: 'minor with minor ones, closed or not',
      change: (d) => { d.certification.hds.audits = [{ kind: 'stage-2', date: '2025-12-01', result: 'minor-nonconformities', findings: [{ level: 'minor-nonconformity', closed: '2026-01-10' }, { level: 'improvement' }] }]; },
    },
  ],
  invalid: [
    {
      name: 'passed, with a major nonconformity listed',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    surveillance:\n      - date: 2026-06-01\n        result: passed\n        findings: [{ level: major-nonconformity, closed: 2026-07-01 }]\n' },
      errors: [{ messageId: 'mismatch', at: 'passed', line: 5, data: { result: 'passed', implied: 'major-nonconformities' }, message: 'The result ‘passed’ does not agree with the findings listed, which make it ‘major-nonconformities’' }],
    },
    {
      name: 'major nonconformities, with none listed, in French',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    audits: [{ kind: renewal, date: 2026-06-01, result: major-nonconformities, findings: [] }]\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'mismatch', at: 'major-nonconformities', line: 3, data: { result: 'major-nonconformities', implied: 'passed' }, message: 'Le résultat «\u00a0major-nonconformities\u00a0» ne concorde pas avec les constats listés, qui donnent «\u00a0passed\u00a0»' }],
    },
  ],
});
