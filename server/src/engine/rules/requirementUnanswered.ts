import { answeredRequirementIds, checkingOf, requirement } from '../catalog';
import { nodeAt } from '../yamlFile';
import { defineRule } from '../rule';

export default defineRule({
  code: 'requirement-unanswered',
  // Certification requires meeting chapters 5 to 7 (EXI-01); each finding cites the requirement it is about.
  requirement: 'EXI-01',
  severity: 'warning',
  docs: {
    en: 'The requirements register answers every requirement no rule can check (EXI-02, EXI-03, EXI-06 to EXI-11, EXI-13 to EXI-16) with a status: met, partial or not-met. A placeholder (TODO…) is no answer yet. Once the declaration has an `isms:` section, the rules check EXI-16 from its internal audits, and the register need not answer it.',
    fr: 'Le registre des exigences répond, par un statut met, partial ou not-met, à chaque exigence qu’aucune règle ne peut vérifier (EXI-02, EXI-03, EXI-06 à EXI-11, EXI-13 à EXI-16). Un texte provisoire (TODO…) n’est pas encore une réponse. Dès que la déclaration a une section `isms:`, les règles vérifient EXI-16 à partir de ses audits internes, et le registre n’a pas à y répondre.',
  },
  messages: {
    unanswered: {
      en: '{id} ({title}) has no answer in the requirements register: give its status (met, partial or not-met), with its evidence and owner.',
      fr: '{id} ({title}) n’a pas de réponse dans le registre des exigences\u00a0: indiquez son statut (met, partial ou not-met), avec ses preuves et son responsable.',
    },
  },
  check({ declaration, report }) {
    const usable = declaration.files.filter((file) => file.value !== undefined);
    if (usable.length === 0) return;
    // Without the section, the findings go where missing-section puts its own: the file that holds `hds:`.
    const section = declaration.sections.get('requirements')?.[0] ?? { file: declaration.sections.get('hds')?.[0]?.file ?? usable[0], path: [] };
    for (const id of answeredRequirementIds) {
      // Checked from a section the declaration writes (EXI-16 from isms:): the rules answer it.
      if (checkingOf(requirement(id)!, declaration.sections).checkedBy === 'rules') continue;
      const entry = declaration.requirements.find((candidate) => candidate.requirement === id);
      if (entry?.status) continue;
      const title = requirement(id)!.title;
      // A status written but not an answer (TODO…): marked on it, as an answer still undecided.
      const statusAt = entry ? { file: entry.at.file, path: [...entry.at.path, 'status'] } : undefined;
      const written = statusAt && nodeAt(statusAt.file, statusAt.path) ? statusAt : undefined;
      report({
        messageId: 'unanswered',
        at: written ?? entry?.at ?? section,
        part: written ? 'value' : 'key',
        requirement: id,
        args: { id, title },
        data: { requirement: id, ...(written ? { undecided: true } : {}) },
      });
    }
  },
});
