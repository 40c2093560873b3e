import { activity } from '../catalog';
import { providesInHouse } from '../declaration';
import { defineRule } from '../rule';

export default defineRule({
  code: 'activity-not-certified',
  severity: 'error',
  requirement: 'EXI-01',
  docs: { en: 'Every activity provided in-house is covered by the organisation’s own HDS certificate.', fr: "Chaque activité assurée en interne est couverte par le certificat HDS de l’organisation." },
  messages: {
    noCertificate: {
      en: '{activity} is provided in-house, but the declaration has no HDS certificate of the organisation (certification.hds).',
      fr: "L’activité {activity} est assurée en interne, mais la déclaration ne comporte aucun certificat HDS de l’organisation (certification.hds).",
    },
    uncovered: {
      en: '{activity} is provided in-house, but the organisation’s HDS certificate does not cover it.',
      fr: "L’activité {activity} est assurée en interne, mais le certificat HDS de l’organisation ne la couvre pas.",
    },
    certificate: { en: 'Activities the certificate covers.', fr: 'Activités couvertes par le certificat.' },
  },
  check({ declaration, report }) {
    const certificate = declaration.hdsCertificate;
    for (const scope of declaration.activities) {
      if (!providesInHouse(scope.provided) || !scope.activity.id) continue;
      const at = { file: scope.at.file, path: [...scope.at.path, 'provided'] };
      const args = { activity: activity(scope.activity.id)!.name };
      const data = { activity: scope.activity.id };
      if (!certificate) report({ messageId: 'noCertificate', at, args, data });
      else if (!certificate.activities.some((covered) => covered.id === scope.activity.id)) {
        report({ messageId: 'uncovered', at, args, data, related: [{ at: { file: certificate.at.file, path: [...certificate.at.path, 'activities'] }, messageId: 'certificate' }] });
      }
    }
  },
});
