import { isAnswered } from '../facts/placeholders';
import { appliedRiskCriteria, ORIGIN_TEXT } from '../facts/riskCriteria';
import { defineRule, listed } from '../rule';

export default defineRule({
  code: 'risk-criteria-incomplete',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 6.1.2 a)',
  docs: {
    en: 'The declaration’s risk_criteria state both scales (likelihood, impact), the acceptance threshold, who approved them (approved_by) and when (approved_on): what is missing falls back to the defaults, which are no decision of the organisation.',
    fr: 'Les risk_criteria de la déclaration fixent les deux échelles (likelihood, impact), le seuil d’acceptation, qui les a approuvés (approved_by) et quand (approved_on)\u00a0: ce qui manque revient aux valeurs par défaut, qui ne sont pas une décision de l’organisme.',
  },
  messages: {
    approval: {
      en: 'The risk criteria do not say {missing}: risk acceptance criteria are approved by the organisation, and the record says who and when.',
      fr: 'Les critères de risque n’indiquent pas {missing}\u00a0: les critères d’acceptation des risques sont approuvés par l’organisme, et la trace dit par qui et quand.',
    },
    threshold: {
      en: 'The risk criteria state no acceptance_threshold: the threshold of {threshold} ({origin}) applies.',
      fr: 'Les critères de risque ne fixent pas d’acceptance_threshold\u00a0: le seuil de {threshold} ({origin}) s’applique.',
    },
    scale: {
      en: 'The risk criteria state no {scale} scale: the default scale from 1 to 4 applies.',
      fr: 'Les critères de risque ne fixent pas d’échelle {scale}\u00a0: l’échelle par défaut, de 1 à 4, s’applique.',
    },
  },
  check({ declaration, options, report }) {
    const declared = declaration.riskCriteria;
    if (!declared) return;
    const criteria = appliedRiskCriteria(declaration, options);
    const at = { file: declared.at.file, path: declared.at.path };
    for (const which of ['likelihood', 'impact'] as const) {
      if (criteria[which].origin === 'default') report({ messageId: 'scale', at, part: 'key', args: { scale: which }, data: { missing: which } });
    }
    if (criteria.threshold.origin !== 'declaration') {
      report({ messageId: 'threshold', at, part: 'key', args: { threshold: criteria.threshold.value, origin: ORIGIN_TEXT[criteria.threshold.origin] }, data: { missing: 'acceptance_threshold', threshold: criteria.threshold.value, thresholdFrom: criteria.threshold.origin } });
    }
    const missing = [...(isAnswered(declared.approvedBy) ? [] : ['approved_by']), ...(isAnswered(declared.approvedOn) ? [] : ['approved_on'])];
    if (missing.length > 0) report({ messageId: 'approval', at, part: 'key', args: { missing: listed(missing) }, data: { missing } });
  },
});
