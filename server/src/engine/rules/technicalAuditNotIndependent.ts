import { defineRule } from '../rule';

export default defineRule({
  code: 'technical-audit-not-independent',
  severity: 'error',
  requirement: 'EXI-15',
  docs: {
    en: 'The technical audit of the shared resources whose summary EXI-15 lets the customer obtain is done by an independent auditor: `independent: false` is a nonconformity.',
    fr: 'L’audit technique des ressources mutualisées dont EXI-15 permet au client d’obtenir la synthèse est réalisé par un auditeur indépendant\u00a0: `independent: false` est une non-conformité.',
  },
  messages: {
    notIndependent: {
      en: 'The technical audit is declared not independent: EXI-15 asks for an audit by an independent auditor. Have one done by an auditor independent of the host.',
      fr: 'L’audit technique est déclaré non indépendant\u00a0: EXI-15 demande un audit par un auditeur indépendant. Faites-en réaliser un par un auditeur indépendant de l’hébergeur.',
    },
  },
  check({ declaration, report }) {
    const independent = declaration.isms?.technicalAudit?.independent;
    if (independent?.value !== false) return;
    report({ messageId: 'notIndependent', at: independent.at });
  },
});
