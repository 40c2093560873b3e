import { activity } from '../catalog';
import { subcontractorAssignments } from '../assignments';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'subcontractor-certificate-scope',
  severity: 'error',
  requirement: 'EXI-12',
  docs: { en: 'A subcontractor’s HDS certificate covers every activity it performs.', fr: 'Le certificat HDS d’un sous-traitant couvre chaque activité qu’il réalise.' },
  messages: {
    uncovered: {
      en: '{subcontractor} performs {activity}, which its HDS certificate {number} does not cover.',
      fr: '{subcontractor} réalise l’activité {activity}, que son certificat HDS {number} ne couvre pas.',
    },
    certificate: { en: 'Activities the certificate covers.', fr: 'Activités couvertes par le certificat.' },
  },
  check({ declaration, report }) {
    for (const assignment of subcontractorAssignments(declaration)) {
      const certificate = assignment.subcontractor.certificate;
      if (!certificate || certificate.activities.some((covered) => covered.id === assignment.activity)) continue;
      report({
        messageId: 'uncovered',
        at: assignment.at,
        args: { subcontractor: quoted(assignment.subcontractor.id), activity: activity(assignment.activity)!.name, number: quoted(certificate.number ?? '?') },
        data: { subcontractor: assignment.subcontractor.id, activity: assignment.activity },
        related: [{ at: { file: certificate.at.file, path: [...certificate.at.path, 'activities'] }, messageId: 'certificate' }],
      });
    }
  },
});
