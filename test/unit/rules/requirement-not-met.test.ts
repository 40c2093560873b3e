import { testRule } from '../ruleTester';

testRule('requirement-not-met', {
  valid: [
    { name: 'every answer is met' },
    { name: 'a requirement not answered yet is requirement-unanswered’s', change: (d) => { d.requirements['EXI-07'].status = 'TODO'; } },
  ],
  invalid: [
    {
      name: 'not-met: a nonconformity, an error',
      files: { 'main.hds.yaml': 'hds: 2\nrequirements:\n  EXI-08: { status: not-met, note: French SoA planned for March }\n' },
      errors: [{
        messageId: 'notMet', at: 'not-met', line: 2, data: { requirement: 'EXI-08', status: 'not-met' }, severity: 'error',
        message: 'EXI-08 (Statement of Applicability in French) is declared not met: it is a nonconformity until the note’s plan is carried out.',
      }],
    },
    {
      name: 'partial: still owed, a warning, in French; a requirement the rules check may be answered too',
      files: { 'main.hds.yaml': 'hds: 2\nrequirements:\n  EXI-10:\n    status: partial\n  EXI-28: { status: not-met }\n' },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'partial', at: 'partial', line: 3, data: { requirement: 'EXI-10', status: 'partial' }, severity: 'warning', message: 'EXI-10 (Sensibilisation du personnel aux données de santé) est déclarée en partie satisfaite' },
        { messageId: 'notMet', at: 'not-met', line: 4, data: { requirement: 'EXI-28', status: 'not-met' }, severity: 'error' },
      ],
    },
  ],
});
