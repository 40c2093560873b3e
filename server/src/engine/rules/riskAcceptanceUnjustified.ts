import { DEFAULT_RISK_ACCEPTANCE_THRESHOLD, riskLevel } from '../facts/risks';
import { isAnswered } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'risk-acceptance-unjustified',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 6.1.3 f)',
  docs: {
    en: 'A risk accepted above the acceptance threshold (likelihood × impact; setting hds.riskAcceptanceThreshold, 8 by default) says why (acceptance.justification).',
    fr: 'Un risque accepté au-dessus du seuil d’acceptation (vraisemblance × impact\u00a0; réglage hds.riskAcceptanceThreshold, 8 par défaut) dit pourquoi (acceptance.justification).',
  },
  messages: {
    unjustified: {
      en: 'Risk {risk} is accepted at level {level} ({likelihood} × {impact}), above the acceptance threshold of {threshold}: say why under acceptance.justification, or treat the risk.',
      fr: 'Le risque {risk} est accepté au niveau {level} ({likelihood} × {impact}), au-dessus du seuil d’acceptation de {threshold}\u00a0: dites pourquoi sous acceptance.justification, ou traitez le risque.',
    },
  },
  check({ declaration, options, report }) {
    const threshold = options.riskAcceptanceThreshold ?? DEFAULT_RISK_ACCEPTANCE_THRESHOLD;
    for (const risk of declaration.risks) {
      const level = riskLevel(risk);
      if (risk.treatment !== 'accept' || level === undefined || level <= threshold || isAnswered(risk.acceptance?.justification)) continue;
      report({
        messageId: 'unjustified',
        at: { file: risk.at.file, path: [...risk.at.path, 'treatment'] },
        args: { risk: quoted(risk.id ?? '?'), level, likelihood: risk.likelihood!, impact: risk.impact!, threshold },
        data: { risk: risk.id, level, threshold },
      });
    }
  },
});
