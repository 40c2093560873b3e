import referential from '../../../catalog/referential.json';
import { defineRule } from '../rule';

export default defineRule({
  code: 'hds-referential-v1',
  severity: 'error',
  requirement: 'EXI-01',
  docs: {
    en: 'Certificates issued against referential 1 are no longer valid from 16 May 2026: the certificate must be on HDS v2.',
    fr: 'Les certificats délivrés selon le référentiel 1 ne sont plus valables depuis le 16 mai 2026 : le certificat doit être HDS v2.',
  },
  messages: {
    obsolete: {
      en: 'This certificate was issued against HDS referential 1, which no longer certifies anyone since {date}: certify against HDS v2 (referential: 2).',
      fr: 'Ce certificat a été délivré selon le référentiel HDS 1, qui ne vaut plus certification depuis le {date} : faites-vous certifier selon HDS v2 (referential: 2).',
    },
  },
  check({ declaration, options, report }) {
    const written = declaration.hdsCertificate?.referential;
    if (!written || written.value !== 1 || options.today < referential.v2MandatoryFrom) return;
    report({ messageId: 'obsolete', at: written.at, args: { date: referential.v2MandatoryFrom } });
  },
});
