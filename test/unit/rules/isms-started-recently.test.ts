import { testRule } from '../ruleTester';

const audits = [{ kind: 'stage-1', date: '2025-10-01' }, { kind: 'stage-2', date: '2025-12-01' }];

testRule('isms-started-recently', {
  valid: [
    { name: 'six months and more before the first initial audit', change: (d) => { d.certification.hds.audits = audits; d.isms = { started: '2025-04-01' }; } },
    { name: 'no initial audit recorded (only a renewal)', change: (d) => { d.certification.hds.audits = [{ kind: 'renewal', date: '2025-12-01' }]; d.isms = { started: '2025-11-01' }; } },
    { name: 'a placeholder start date is no answer', change: (d) => { d.certification.hds.audits = audits; d.isms = { started: 'TODO' }; } },
  ],
  invalid: [
    {
      name: 'the ISMS started four months before stage 1',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    audits:\n      - { kind: stage-2, date: 2025-12-01 }\n      - { kind: stage-1, date: 2025-10-01 }\nisms:\n  started: 2025-06-02\n' },
      errors: [{
        messageId: 'tooSoon', at: '2025-06-02', line: 7, data: { started: '2025-06-02', audit: '2025-10-01' }, severity: 'information',
        message: 'The ISMS started running on 2 June 2025, 121 days before the initial audit (stage 1) of 1 October 2025',
        related: [{ messageId: 'initialAudit', at: '2025-10-01', line: 5 }],
      }],
    },
    {
      name: 'the audit before the start, in French',
      files: { 'main.hds.yaml': 'hds: 2\ncertification:\n  hds:\n    audits: [{ kind: stage-2, date: 2025-01-15 }]\nisms: { started: 2025-03-01 }\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'beforeStart', at: '2025-03-01', line: 4, data: { started: '2025-03-01', audit: '2025-01-15' }, message: 'L’audit initial (étape 2) du 15\u00a0janvier 2025 précède la mise en fonctionnement du SMSI, le 1er\u00a0mars 2025', related: [{ messageId: 'initialAudit', at: '2025-01-15', line: 3 }] }],
    },
  ],
});
