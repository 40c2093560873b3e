import { isoEditionLapsed, isoEditionLastValidDay } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'iso27001-edition-lapsed',
  severity: 'error',
  requirement: 'EXI-01',
  docs: {
    en: 'The ISO/IEC 27001 certificate is to the 2022 edition: certificates to the 2013 edition lapsed after 31 October 2025, at the end of the transition (IAF MD 26).',
    fr: 'Le certificat ISO/IEC 27001 est à l’édition 2022\u00a0: les certificats à l’édition 2013 ont cessé d’être valables après le 31 octobre 2025, à la fin de la transition (IAF MD 26).',
  },
  messages: {
    lapsed: {
      en: 'The ISO/IEC 27001 certificate {number} is to the {edition} edition, whose certificates lapsed after {lastDay}: the ISMS must be certified to ISO/IEC 27001:2022.',
      fr: 'Le certificat ISO/IEC 27001 {number} est à l’édition {edition}, dont les certificats ont cessé d’être valables après le {lastDay}\u00a0: le SMSI doit être certifié selon l’ISO/IEC 27001:2022.',
    },
  },
  check({ declaration, options, report }) {
    const certificate = declaration.isoCertificate;
    const edition = certificate?.edition;
    if (!certificate || !edition) return;
    if (!isoEditionLapsed(edition.value, options.today)) return;
    const lastDay = isoEditionLastValidDay(edition.value)!;
    report({ messageId: 'lapsed', at: edition.at, args: { number: quoted(certificate.number ?? '?'), edition: String(edition.value), lastDay: dated(lastDay) }, data: { edition: edition.value, lastDay } });
  },
});
