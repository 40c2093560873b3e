import { requirement } from '../catalog';
import { defineRule } from '../rule';

export default defineRule({
  code: 'requirement-not-met',
  // Certification requires meeting chapters 5 to 7 (EXI-01); each finding cites the requirement it is about.
  requirement: 'EXI-01',
  severity: 'error',
  docs: {
    en: 'A requirement the register declares `not-met` is a nonconformity an auditor would raise (error); one declared `partial` is still owed (warning).',
    fr: 'Une exigence que le registre déclare `not-met` est une non-conformité que relèverait un auditeur (erreur)\u00a0; une exigence déclarée `partial` reste due (avertissement).',
  },
  messages: {
    notMet: {
      en: '{id} ({title}) is declared not met: it is a nonconformity until the note’s plan is carried out.',
      fr: '{id} ({title}) est déclarée non satisfaite\u00a0: c’est une non-conformité tant que le plan de la note n’est pas mené à bien.',
    },
    partial: {
      en: '{id} ({title}) is declared partly met: say in its note what is still missing, and meet it in full.',
      fr: '{id} ({title}) est déclarée en partie satisfaite\u00a0: indiquez dans sa note ce qui manque encore, et satisfaites-la entièrement.',
    },
  },
  check({ declaration, report }) {
    for (const entry of declaration.requirements) {
      if (entry.status !== 'not-met' && entry.status !== 'partial') continue;
      const known = requirement(entry.requirement);
      if (!known) continue;
      report({
        messageId: entry.status === 'not-met' ? 'notMet' : 'partial',
        at: { file: entry.at.file, path: [...entry.at.path, 'status'] },
        part: 'value',
        requirement: entry.requirement,
        // Partly met is something still owed, not a nonconformity.
        severity: entry.status === 'partial' ? 'warning' : undefined,
        args: { id: entry.requirement, title: known.title },
        data: { requirement: entry.requirement, status: entry.status },
      });
    }
  },
});
