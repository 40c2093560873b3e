import { control } from '../catalog';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'risk-control-excluded',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.3',
  docs: { en: 'A risk is treated only by controls the SoA declares applicable.', fr: 'Un risque n’est traité que par des mesures que la DdA déclare applicables.' },
  messages: {
    excluded: {
      en: 'Risk {risk} relies on control {id}, which the SoA excludes: make the control applicable or treat the risk otherwise.',
      fr: 'Le risque {risk} s’appuie sur la mesure {id}, que la DdA exclut\u00a0: rendez la mesure applicable ou traitez le risque autrement.',
    },
    exclusion: { en: 'Control excluded here.', fr: 'Mesure exclue ici.' },
  },
  check({ declaration, report }) {
    const excluded = new Map(declaration.soa.filter((entry) => entry.applicable === false && entry.control).map((entry) => [entry.control!.id, entry.at]));
    for (const risk of declaration.risks) {
      for (const reference of risk.controls) {
        const exclusion = excluded.get(reference.id);
        if (!exclusion || !control(reference.id)) continue;
        report({
          messageId: 'excluded',
          at: reference.at,
          args: { risk: quoted(risk.id ?? '?'), id: reference.id },
          data: { control: reference.id, risk: risk.id },
          related: [{ at: exclusion, messageId: 'exclusion' }],
        });
      }
    }
  },
});
