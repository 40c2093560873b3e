import { dayCount } from '../text';
import { activity, healthCodeCitation } from '../catalog';
import { subcontractorAssignments } from '../assignments';
import { expiryOf } from '../facts/certificates';
import { dated, defineRule, type MessageArg, quoted } from '../rule';
import type { Localized } from '../types';

export default defineRule({
  code: 'subcontractor-certificate-expired',
  severity: 'error',
  // Hosting health data for others takes a valid certificate (L.1111-8); EXI-14's procedure is what to do about it.
  requirement: healthCodeCitation('L.1111-8'),
  docs: { en: 'A subcontractor that performs HDS activities holds an HDS certificate that has not expired.', fr: 'Un sous-traitant qui réalise des activités HDS détient un certificat HDS non expiré.' },
  messages: {
    expired: {
      en: 'The HDS certificate {number} of {subcontractor} expired on {date} ({days} ago), yet it performs {activities}. Apply the procedure EXI-14 requires for a subcontractor that loses its certificate.',
      fr: 'Le certificat HDS {number} de {subcontractor} a expiré le {date} (il y a {days}), alors qu’il réalise\u00a0: {activities}. Appliquez la procédure qu’exige l’EXI-14 pour un sous-traitant qui perd son certificat.',
    },
  },
  check({ declaration, options, report }) {
    const assignments = subcontractorAssignments(declaration);
    for (const subcontractor of declaration.subcontractors) {
      const expires = subcontractor.certificate?.expires;
      if (!expires) continue;
      const { status, days } = expiryOf(expires.value, options.today);
      if (status !== 'expired') continue;
      const performed = assignments.filter((assignment) => assignment.subcontractor === subcontractor).map((assignment) => activity(assignment.activity)!.name);
      if (performed.length === 0) continue;
      const activities: MessageArg = joinLocalized(performed);
      report({
        messageId: 'expired',
        at: expires.at,
        args: { number: quoted(subcontractor.certificate!.number ?? '?'), subcontractor: quoted(subcontractor.id), date: dated(expires.value), days: dayCount(-days!), activities },
        data: { subcontractor: subcontractor.id },
      });
    }
  },
});

function joinLocalized(names: Localized[]): Localized {
  return { en: names.map((name) => name.en).join(', '), fr: names.map((name) => name.fr).join(', ') };
}
