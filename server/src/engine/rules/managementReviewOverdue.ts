import { daysBetween } from '../dates';
import { managementReviewDue } from '../facts/isms';
import { dayCount } from '../text';
import { dated, defineRule } from '../rule';

export default defineRule({
  code: 'management-review-overdue',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 9.3',
  docs: {
    en: 'Where the declaration has an `isms:` section, top management reviews the ISMS at least yearly (ISO/IEC 27001 9.3): the last review under `management_reviews` is less than a year old. A review dated after today is planned, not done.',
    fr: 'Quand la déclaration a une section `isms:`, la direction revoit le SMSI au moins une fois par an (ISO/IEC 27001 9.3)\u00a0: la dernière revue sous `management_reviews` a moins d’un an. Une revue datée après aujourd’hui est prévue, pas faite.',
  },
  messages: {
    none: {
      en: 'No management review is recorded: ISO/IEC 27001 9.3 asks top management to review the ISMS at planned intervals, yearly as a rule. Record it under management_reviews.',
      fr: 'Aucune revue de direction n’est consignée\u00a0: l’ISO/IEC 27001 9.3 demande à la direction de revoir le SMSI à intervalles planifiés, une fois par an en règle générale. Consignez-la sous management_reviews.',
    },
    overdue: {
      en: 'The last management review, on {date}, is more than a year old: the next one was due by {due} ({days} ago).',
      fr: 'La dernière revue de direction, le {date}, date de plus d’un an\u00a0: la suivante était due au {due} (il y a {days}).',
    },
  },
  check({ declaration, options, report }) {
    const isms = declaration.isms;
    if (!isms) return;
    const { last, due } = managementReviewDue(isms, options.today);
    if (!last) {
      report({ messageId: 'none', at: isms.managementReviewsAt ?? isms.at, part: 'key' });
    } else if (due && due < options.today) {
      report({ messageId: 'overdue', at: last.date!.at, args: { date: dated(last.date!.value), due: dated(due), days: dayCount(daysBetween(due, options.today)!) }, data: { due } });
    }
  },
});
