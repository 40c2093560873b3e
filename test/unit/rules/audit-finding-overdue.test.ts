import { testRule } from '../ruleTester';

const audit = (findings: object[], extra: object = {}) => (d: Record<string, any>) => { d.certification.hds.audits = [{ kind: 'stage-2', date: '2026-08-01', findings, ...extra }]; };

testRule('audit-finding-overdue', {
  valid: [
    { name: 'an open major nonconformity still within three months', change: audit([{ level: 'major-nonconformity', text: 'x' }], { date: '2026-09-01' }) },
    { name: 'due on the last day: today', change: (d) => { d.certification.hds.audits = [{ kind: 'renewal', date: '2026-08-22', findings: [{ level: 'major-nonconformity' }] }]; } },
    { name: 'closed', change: audit([{ level: 'major-nonconformity', due: '2026-09-01', closed: '2026-08-30' }]) },
    { name: 'an observation has no default deadline', change: audit([{ level: 'observation' }], { date: '2025-01-10' }) },
    { name: 'the body’s later deadline', change: audit([{ level: 'minor-nonconformity', due: '2027-01-31' }], { date: '2025-01-10' }) },
  ],
  invalid: [
    {
      name: 'a major nonconformity open past the default deadline: an error',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    surveillance:\n      - date: 2026-05-20\n        findings:\n          - { id: NC-7, level: major-nonconformity, requirement: EXI-16 }\n' },
      errors: [{
        messageId: 'overdueDefault', at: 'major-nonconformity', line: 6, data: { level: 'major-nonconformity', due: '2026-08-20', id: 'NC-7' }, severity: 'error',
        message: 'The major nonconformity ‘NC-7’ of the surveillance audit of 20 May 2026 is still open more than three months after the audit, since 20 August 2026 (94 days)',
      }],
    },
    {
      name: 'a minor one past the body’s deadline: a warning; closing after today is not closed; in French',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    audits:\n      - kind: renewal\n        date: 2026-06-01\n        findings:\n          - { level: minor-nonconformity, control: "5.35", due: 2026-10-01, closed: 2026-12-01 }\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'overdue', at: '2026-10-01', line: 7, data: { level: 'minor-nonconformity', due: '2026-10-01' }, severity: 'warning', message: 'La non-conformité mineure «\u00a05.35\u00a0» de l’audit de renouvellement du 1er\u00a0juin 2026 est encore ouverte 52\u00a0jours après son échéance, le 1er\u00a0octobre 2026' }],
    },
    {
      name: 'an opportunity for improvement past the date set for it: information',
      change: audit([{ level: 'improvement', due: '2026-10-15' }]),
      errors: [{ messageId: 'overdue', at: '2026-10-15', line: 19, data: { level: 'improvement', due: '2026-10-15' }, severity: 'information', message: 'The opportunity for improvement ‘#1’ of the initial audit (stage 2) of 1 August 2026 is still open 38 days after its deadline' }],
    },
  ],
});
