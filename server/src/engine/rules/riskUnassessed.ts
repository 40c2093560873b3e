import { assessmentGaps } from '../facts/risks';
import type { Ref } from '../declaration';
import { defineRule, listed, quoted } from '../rule';

export default defineRule({
  code: 'risk-unassessed',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 6.1.2',
  docs: {
    en: 'Each risk is assessed: likelihood, impact and treatment; a risk reduced or transferred names its controls; an accepted risk records who accepted it and when. Until then it covers no EXI-05 event.',
    fr: 'Chaque risque est évalué\u00a0: vraisemblance, impact et traitement\u00a0; un risque réduit ou transféré nomme ses mesures\u00a0; un risque accepté indique qui l’a accepté et quand. D’ici là, il ne couvre aucun événement EXI-05.',
  },
  messages: {
    missing: {
      en: 'Risk {risk} is not assessed yet: {missing} to decide. Until it is, it covers no EXI-05 event.',
      fr: 'Le risque {risk} n’est pas encore évalué\u00a0: {missing} à décider. D’ici là, il ne couvre aucun événement EXI-05.',
    },
    noControls: {
      en: 'Risk {risk} is treated by {treatment} but names no control: list the Annex A controls that treat it under controls.',
      fr: 'Le risque {risk} est traité par {treatment} mais ne nomme aucune mesure\u00a0: indiquez sous controls les mesures de l’annexe A qui le traitent.',
    },
    acceptanceUnrecorded: {
      en: 'Risk {risk} is accepted, but the acceptance does not record {missing}: the risk owner approves the residual risk (`acceptance: { by, date }`).',
      fr: 'Le risque {risk} est accepté, mais l’acceptation n’indique pas {missing}\u00a0: le propriétaire du risque approuve le risque résiduel (`acceptance: { by, date }`).',
    },
  },
  check({ declaration, report }) {
    for (const risk of declaration.risks) {
      const gaps = assessmentGaps(risk);
      if (gaps.length === 0) continue;
      const at = (key: string): Ref => ({ file: risk.at.file, path: [...risk.at.path, key] });
      const data = { risk: risk.id, missing: gaps };
      const name = quoted(risk.id ?? '?');
      if (gaps.includes('controls')) {
        report({ messageId: 'noControls', at: at('treatment'), args: { risk: name, treatment: quoted(risk.treatment) }, data });
      } else if (gaps.every((gap) => gap.startsWith('acceptance.'))) {
        report({ messageId: 'acceptanceUnrecorded', requirement: 'ISO/IEC 27001 6.1.3 f)', at: at('treatment'), args: { risk: name, missing: listed(gaps) }, data });
      } else {
        report({ messageId: 'missing', at: at('id'), args: { risk: name, missing: listed(gaps) }, data });
      }
    }
  },
});
