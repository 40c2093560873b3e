import { dayCount } from '../text';
import { declaredCertificates, expiryOf } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'certificate-expiring',
  severity: 'warning',
  docs: {
    en: 'Warns when a certificate (own HDS, own ISO/IEC 27001, or a subcontractor’s HDS) expires within 90 days.',
    fr: 'Avertit quand un certificat (HDS ou ISO/IEC 27001 de l’organisation, HDS d’un sous-traitant) expire dans les 90 jours.',
  },
  messages: {
    expiring: {
      en: '{certificate} {number} expires on {date}, in {days}: plan its renewal.',
      fr: '{certificate} {number} expire le {date}, dans {days}\u00a0: prévoyez son renouvellement.',
    },
  },
  check({ declaration, options, report }) {
    for (const certificate of declaredCertificates(declaration)) {
      if (!certificate.expires) continue;
      const { status, days } = expiryOf(certificate.expires.value, options.today);
      if (status !== 'expiring') continue;
      report({
        messageId: 'expiring',
        at: certificate.expires.at,
        requirement: certificate.requirement,
        args: { certificate: certificate.name, number: quoted(certificate.number ?? '?'), date: dated(certificate.expires.value), days: dayCount(days!) },
        data: { days },
      });
    }
  },
});
