import { testRule } from '../ruleTester';

const register = (entries: string) => `hds: 2\nrequirements:\n${entries}`;
const allButOne = ['EXI-02', 'EXI-03', 'EXI-06', 'EXI-07', 'EXI-08', 'EXI-09', 'EXI-10', 'EXI-11', 'EXI-13', 'EXI-14', 'EXI-15']
  .map((id) => `  ${id}: { status: met }\n`).join('');

testRule('requirement-unanswered', {
  valid: [
    { name: 'every requirement no rule checks is answered' },
    { name: 'partial and not-met are answers too (requirement-not-met says what they mean)', change: (d) => { d.requirements['EXI-07'].status = 'partial'; d.requirements['EXI-08'].status = 'not-met'; } },
    { name: 'the requirements the rules check need no answer', files: { 'main.hds.yaml': register(`${allButOne}  EXI-16: { status: met }\n`) } },
  ],
  invalid: [
    {
      name: 'a requirement missing from the register, reported on the section',
      files: { 'main.hds.yaml': register(allButOne) },
      errors: [{
        messageId: 'unanswered', at: 'requirements', line: 1, data: { requirement: 'EXI-16' },
        message: 'EXI-16 (Minimum content of internal audits) has no answer in the requirements register: give its status (met, partial or not-met), with its evidence and owner.',
      }],
    },
    {
      name: 'an entry without a status, reported on its key, in French',
      files: { 'main.hds.yaml': register(`${allButOne}  EXI-16:\n    owner: RSSI\n`) },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'unanswered', at: 'EXI-16', line: 13, data: { requirement: 'EXI-16' },
        message: 'EXI-16 (Contenu minimal des audits internes) n’a pas de réponse dans le registre des exigences\u00a0: indiquez son statut',
      }],
    },
    {
      name: 'a placeholder status is no answer: reported on it, as undecided',
      files: { 'main.hds.yaml': register(`${allButOne}  EXI-16: { status: TODO, owner: RSSI }\n`) },
      errors: [{ messageId: 'unanswered', at: 'TODO', line: 13, data: { requirement: 'EXI-16', undecided: true } }],
    },
    {
      name: 'no register at all: each of the twelve, on the main file',
      files: { 'main.hds.yaml': 'hds: 2\norganization: { name: Clinique }\n' },
      errors: 12,
    },
  ],
});
