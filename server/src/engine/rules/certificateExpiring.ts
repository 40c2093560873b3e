import referential from '../../../catalog/referential.json';
import { daysBetween } from '../dates';
import type { Written } from '../declaration';
import { defineRule, quoted } from '../rule';
import type { Localized } from '../types';

export default defineRule({
  code: 'certificate-expiring',
  severity: 'warning',
  docs: {
    en: 'Warns when a certificate (own HDS, own ISO/IEC 27001, or a subcontractor’s HDS) expires within 90 days.',
    fr: 'Avertit quand un certificat (HDS ou ISO/IEC 27001 de l’organisation, HDS d’un sous-traitant) expire dans les 90 jours.',
  },
  messages: {
    expiring: {
      en: '{certificate} {number} expires on {date}, in {days} days: plan its renewal.',
      fr: '{certificate} {number} expire le {date}, dans {days} jours : prévoyez son renouvellement.',
    },
  },
  check({ declaration, options, report }) {
    const candidates: { kind: Localized; number?: string; expires?: Written<string>; requirement: string }[] = [
      { kind: { en: 'The HDS certificate', fr: 'Le certificat HDS' }, number: declaration.hdsCertificate?.number, expires: declaration.hdsCertificate?.expires, requirement: 'EXI-01' },
      { kind: { en: 'The ISO/IEC 27001 certificate', fr: 'Le certificat ISO/IEC 27001' }, number: declaration.isoCertificate?.number, expires: declaration.isoCertificate?.expires, requirement: 'EXI-01' },
      ...declaration.subcontractors.map((subcontractor) => ({
        kind: { en: `The HDS certificate of ${subcontractor.id ?? subcontractor.name ?? '?'}`, fr: `Le certificat HDS de ${subcontractor.id ?? subcontractor.name ?? '?'}` },
        number: subcontractor.certificate?.number,
        expires: subcontractor.certificate?.expires,
        requirement: 'EXI-14',
      })),
    ];
    for (const candidate of candidates) {
      if (!candidate.expires) continue;
      const days = daysBetween(options.today, candidate.expires.value);
      if (days === undefined || days < 0 || days > referential.expiryWarningDays) continue;
      report({
        messageId: 'expiring',
        at: candidate.expires.at,
        requirement: candidate.requirement,
        args: { certificate: candidate.kind, number: quoted(candidate.number ?? '?'), date: candidate.expires.value, days },
        data: { days },
      });
    }
  },
});
