import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'law-exposure-incomplete',
  severity: 'error',
  requirement: 'EXI-30',
  docs: {
    en: 'Each non-European law a subcontractor is exposed to is declared with its mitigations and its residual risks.',
    fr: 'Chaque loi extra-européenne à laquelle un sous-traitant est exposé est déclarée avec ses mesures d’atténuation et ses risques résiduels.',
  },
  messages: {
    mitigations: { en: 'Exposure to {law} must state its mitigations (EXI-30): add mitigations.', fr: "L'exposition à {law} doit indiquer ses mesures d'atténuation (EXI-30) : ajoutez mitigations." },
    residual: { en: 'Exposure to {law} must state its residual risks (EXI-30): add residual_risks.', fr: "L'exposition à {law} doit indiquer ses risques résiduels (EXI-30) : ajoutez residual_risks." },
  },
  check({ declaration, report }) {
    for (const subcontractor of declaration.subcontractors) {
      for (const exposure of subcontractor.laws) {
        if (!exposure.law) continue;
        const at = { file: exposure.at.file, path: [...exposure.at.path, 'law'] };
        const args = { law: quoted(exposure.law) };
        if (!exposure.mitigations?.trim()) report({ messageId: 'mitigations', at, args, data: { key: 'mitigations' } });
        if (!exposure.residualRisks?.trim()) report({ messageId: 'residual', at, args, data: { key: 'residual_risks' } });
      }
    }
  },
});
