import { daysBetween } from '../dates';
import { technicalAuditValidUntil } from '../facts/isms';
import { dayCount } from '../text';
import { dated, defineRule } from '../rule';

export default defineRule({
  code: 'technical-audit-outdated',
  severity: 'error',
  requirement: 'EXI-15',
  docs: {
    en: 'The independent technical audit of the shared resources (`isms.technical_audit`) is less than three years old: EXI-15 lets the customer obtain its summary only while it is. An auditor would raise a nonconformity on an older one.',
    fr: 'L’audit technique indépendant des ressources mutualisées (`isms.technical_audit`) a moins de trois ans\u00a0: EXI-15 permet au client d’en obtenir la synthèse tant qu’il les a. Un auditeur relèverait une non-conformité sur un audit plus ancien.',
  },
  messages: {
    outdated: {
      en: 'The technical audit of {date} is more than three years old (valid until {until}, {days} ago): EXI-15 lets the customer obtain the summary of an independent technical audit of the shared resources less than three years old. Have a new one done.',
      fr: 'L’audit technique du {date} a plus de trois ans (valable jusqu’au {until}, il y a {days})\u00a0: EXI-15 permet au client d’obtenir la synthèse d’un audit technique indépendant des ressources mutualisées de moins de trois ans. Faites-en réaliser un nouveau.',
    },
  },
  check({ declaration, options, report }) {
    const audit = declaration.isms?.technicalAudit;
    const until = declaration.isms && technicalAuditValidUntil(declaration.isms);
    if (!audit?.date || !until || until >= options.today) return;
    report({ messageId: 'outdated', at: audit.date.at, args: { date: dated(audit.date.value), until: dated(until), days: dayCount(daysBetween(until, options.today)!) }, data: { date: audit.date.value, until } });
  },
});
