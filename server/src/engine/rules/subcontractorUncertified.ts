import { activity } from '../catalog';
import { subcontractorAssignments } from '../assignments';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'subcontractor-uncertified',
  severity: 'error',
  requirement: 'EXI-12',
  docs: { en: 'A subcontractor that performs an HDS activity has an HDS certificate declared.', fr: 'Un sous-traitant qui réalise une activité HDS a un certificat HDS déclaré.' },
  messages: {
    missing: {
      en: '{subcontractor} performs {activity} but no HDS certificate is declared for it: add its certificate (number, activities, expiry).',
      fr: "{subcontractor} réalise l'activité {activity} mais aucun certificat HDS n'est déclaré pour lui : ajoutez son certificat (numéro, activités, expiration).",
    },
  },
  check({ declaration, report }) {
    for (const assignment of subcontractorAssignments(declaration)) {
      if (assignment.subcontractor.certificate) continue;
      report({
        messageId: 'missing',
        at: assignment.at,
        args: { subcontractor: quoted(assignment.subcontractor.id), activity: activity(assignment.activity)!.name },
        data: { subcontractor: assignment.subcontractor.id, activity: assignment.activity },
      });
    }
  },
});
