import { control } from '../catalog';
import { sentenceDate } from '../dates';
import { realControls } from '../facts/risks';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'risk-control-not-implemented',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 6.1.3',
  docs: {
    en: 'A risk relies on applicable controls that the SoA marks implemented; one still partial, planned or not implemented is named: a warning without a due date or past it, information while its due date is still to come (a plan on record).',
    fr: 'Un risque s’appuie sur des mesures applicables que la DdA indique mises en œuvre\u00a0; une mesure encore partielle, prévue ou non mise en œuvre est signalée\u00a0: en avertissement sans échéance ou une fois celle-ci passée, en information tant que son échéance est à venir (un plan consigné).',
  },
  messages: {
    due: {
      en: 'Risk {risk} relies on control {id}, which the SoA marks {status}, due {due}: until then the risk is treated on paper only.',
      fr: 'Le risque {risk} s’appuie sur la mesure {id}, que la DdA indique {status}, échéance le {due}\u00a0: d’ici là, le risque n’est traité que sur le papier.',
    },
    overdue: {
      en: 'Risk {risk} relies on control {id}, which the SoA marks {status}, due {due}, a date now past: finish it, or set a new date.',
      fr: 'Le risque {risk} s’appuie sur la mesure {id}, que la DdA indique {status}, échéance le {due}, date désormais passée\u00a0: achevez-la, ou fixez une nouvelle date.',
    },
    undated: {
      en: 'Risk {risk} relies on control {id}, which the SoA marks {status}, with no due date: plan it (`due:` in its SoA entry) or treat the risk otherwise.',
      fr: 'Le risque {risk} s’appuie sur la mesure {id}, que la DdA indique {status}, sans échéance\u00a0: planifiez-la (`due:` dans son entrée de la DdA) ou traitez le risque autrement.',
    },
    soaEntry: { en: 'Status written here.', fr: 'Statut indiqué ici.' },
  },
  check({ declaration, options, report }) {
    const entries = new Map(declaration.soa.filter((entry) => entry.control && entry.applicable === true).map((entry) => [entry.control!.id, entry]));
    for (const risk of declaration.risks) {
      for (const reference of realControls(risk)) {
        const entry = entries.get(reference.id);
        if (!entry || !entry.status || entry.status === 'implemented' || !control(reference.id)) continue;
        const args = { risk: quoted(risk.id ?? '?'), id: reference.id, status: quoted(entry.status), due: entry.due ? sentenceDate(entry.due, options.locale) : '' };
        // A control planned for a date still to come is a plan on record: information, not something owed now.
        const overdue = entry.due !== undefined && entry.due < options.today;
        report({
          messageId: entry.due ? (overdue ? 'overdue' : 'due') : 'undated',
          severity: entry.due && !overdue ? 'information' : undefined,
          at: reference.at,
          args,
          data: { risk: risk.id, control: reference.id, status: entry.status, ...(entry.due ? { due: entry.due } : {}) },
          related: [{ at: { file: entry.at.file, path: [...entry.at.path, 'status'] }, messageId: 'soaEntry' }],
        });
      }
    }
  },
});
