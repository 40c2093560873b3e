import { activity, healthCodeCitation } from '../catalog';
import { subcontractorAssignments } from '../assignments';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'subcontractor-uncertified',
  severity: 'error',
  // Whoever hosts health data for others must be certified (L.1111-8); a supervised subcontractor is inside the host's certified scope (EXI-01).
  requirement: healthCodeCitation('L.1111-8'),
  docs: {
    en: 'A subcontractor that performs an HDS activity has an HDS certificate declared, unless it acts under the host’s security policy and supervision inside the host’s certified scope (`under_host_supervision: true`), the host’s certificate then covering that activity.',
    fr: 'Un sous-traitant qui réalise une activité HDS a un certificat HDS déclaré, sauf s’il agit sous la politique de sécurité et la supervision de l’hébergeur, dans le périmètre certifié de celui-ci (`under_host_supervision: true`), le certificat de l’hébergeur couvrant alors cette activité.',
  },
  messages: {
    missing: {
      en: '{subcontractor} performs {activity} but no HDS certificate is declared for it: add its certificate (number, activities, expiry), or, if it acts under your security policy and supervision inside your certified scope, say so with `under_host_supervision: true`.',
      fr: '{subcontractor} réalise l’activité {activity} mais aucun certificat HDS n’est déclaré pour lui : ajoutez son certificat (numéro, activités, expiration) ou, s’il agit sous votre politique de sécurité et votre supervision dans votre périmètre certifié, dites-le avec `under_host_supervision: true`.',
    },
    supervisedOutsideScope: {
      en: '{subcontractor} has no HDS certificate of its own and acts under the host’s supervision, so the host’s HDS certificate must cover {activity}, which it does not.',
      fr: '{subcontractor} n’a pas de certificat HDS propre et agit sous la supervision de l’hébergeur : le certificat HDS de l’hébergeur doit donc couvrir l’activité {activity}, ce qui n’est pas le cas.',
    },
    hostCertificate: { en: 'Activities the host’s certificate covers.', fr: 'Activités couvertes par le certificat de l’hébergeur.' },
  },
  check({ declaration, report }) {
    const host = declaration.hdsCertificate;
    for (const assignment of subcontractorAssignments(declaration)) {
      const subcontractor = assignment.subcontractor;
      if (subcontractor.certificate) continue;
      const args = { subcontractor: quoted(subcontractor.id), activity: activity(assignment.activity)!.name };
      const data = { subcontractor: subcontractor.id, activity: assignment.activity };
      if (subcontractor.underHostSupervision?.value !== true) {
        report({ messageId: 'missing', at: assignment.at, args, data });
      } else if (!host?.activities.some((covered) => covered.id === assignment.activity)) {
        report({
          messageId: 'supervisedOutsideScope',
          at: assignment.at,
          requirement: 'EXI-01',
          args,
          data,
          related: host ? [{ at: { file: host.at.file, path: [...host.at.path, 'activities'] }, messageId: 'hostCertificate' }] : undefined,
        });
      }
    }
  },
});
