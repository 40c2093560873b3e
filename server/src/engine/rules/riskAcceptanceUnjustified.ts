import { riskLevel } from '../facts/risks';
import { appliedRiskCriteria, ORIGIN_TEXT } from '../facts/riskCriteria';
import { isAnswered } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'risk-acceptance-unjustified',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 6.1.3 f)',
  docs: {
    en: 'A risk accepted above the acceptance threshold (likelihood × impact; risk_criteria.acceptance_threshold of the declaration, else the setting hds.riskAcceptanceThreshold, 8 by default) says why (acceptance.justification).',
    fr: 'Un risque accepté au-dessus du seuil d’acceptation (vraisemblance × impact\u00a0; risk_criteria.acceptance_threshold de la déclaration, sinon le réglage hds.riskAcceptanceThreshold, 8 par défaut) dit pourquoi (acceptance.justification).',
  },
  messages: {
    unjustified: {
      en: 'Risk {risk} is accepted at level {level} ({likelihood} × {impact}), above the acceptance threshold of {threshold} ({origin}): say why under acceptance.justification, or treat the risk.',
      fr: 'Le risque {risk} est accepté au niveau {level} ({likelihood} × {impact}), au-dessus du seuil d’acceptation de {threshold} ({origin})\u00a0: dites pourquoi sous acceptance.justification, ou traitez le risque.',
    },
    thresholdHere: { en: 'The declaration sets its acceptance threshold here.', fr: 'La déclaration fixe ici son seuil d’acceptation.' },
  },
  check({ declaration, options, report }) {
    const { threshold } = appliedRiskCriteria(declaration, options);
    for (const risk of declaration.risks) {
      const level = riskLevel(risk);
      if (risk.treatment !== 'accept' || level === undefined || level <= threshold.value || isAnswered(risk.acceptance?.justification)) continue;
      report({
        messageId: 'unjustified',
        at: { file: risk.at.file, path: [...risk.at.path, 'treatment'] },
        args: { risk: quoted(risk.id ?? '?'), level, likelihood: risk.likelihood!, impact: risk.impact!, threshold: threshold.value, origin: ORIGIN_TEXT[threshold.origin] },
        data: { risk: risk.id, level, threshold: threshold.value, thresholdFrom: threshold.origin },
        ...(threshold.at ? { related: [{ at: threshold.at, messageId: 'thresholdHere', part: 'value' }] } : {}),
      });
    }
  },
});
