import referential from '../../../catalog/referential.json';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'hds-referential-v1',
  severity: 'error',
  requirement: 'EXI-01',
  docs: {
    en: 'Certificates issued against referential 1, the host’s or a subcontractor’s, are no longer valid from 16 May 2026: the certificate must be on HDS v2.',
    fr: 'Les certificats délivrés selon le référentiel 1, de l’hébergeur comme d’un sous-traitant, ne sont plus valables depuis le 16 mai 2026 : le certificat doit être HDS v2.',
  },
  messages: {
    obsolete: {
      en: 'This certificate was issued against HDS referential 1, which no longer certifies anyone since {date}: certify against HDS v2 (`referential: 2`).',
      fr: 'Ce certificat a été délivré selon le référentiel HDS 1, qui ne vaut plus certification depuis le {date} : faites-vous certifier selon HDS v2 (`referential: 2`).',
    },
    subcontractor: {
      en: 'The HDS certificate of {subcontractor} was issued against referential 1, which no longer certifies anyone since {date}: the subcontractor must hold an HDS v2 certificate (`referential: 2`).',
      fr: 'Le certificat HDS de {subcontractor} a été délivré selon le référentiel 1, qui ne vaut plus certification depuis le {date} : le sous-traitant doit détenir un certificat HDS v2 (`referential: 2`).',
    },
  },
  check({ declaration, options, report }) {
    if (options.today < referential.v2MandatoryFrom) return;
    const written = declaration.hdsCertificate?.referential;
    if (written && written.value === 1) report({ messageId: 'obsolete', at: written.at, args: { date: dated(referential.v2MandatoryFrom) } });
    for (const subcontractor of declaration.subcontractors) {
      const own = subcontractor.certificate?.referential;
      if (!own || own.value !== 1) continue;
      report({ messageId: 'subcontractor', at: own.at, args: { subcontractor: quoted(subcontractor.id), date: dated(referential.v2MandatoryFrom) }, data: { subcontractor: subcontractor.id } });
    }
  },
});
