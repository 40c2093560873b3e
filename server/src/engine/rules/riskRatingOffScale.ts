import type { Ref } from '../declaration';
import { appliedRiskCriteria, highestLevel, SCALE_ORIGIN_TEXT, scaleText, type AppliedScale } from '../facts/riskCriteria';
import { defineRule, quoted } from '../rule';
import type { Localized } from '../types';

const RATED: Record<'likelihood' | 'impact', Localized> = {
  likelihood: { en: 'likelihood', fr: 'la vraisemblance' },
  impact: { en: 'impact', fr: 'l’impact' },
};
const RESIDUAL: Record<'likelihood' | 'impact', Localized> = {
  likelihood: { en: 'residual likelihood', fr: 'la vraisemblance résiduelle' },
  impact: { en: 'residual impact', fr: 'l’impact résiduel' },
};
const SCALE: Record<'likelihood' | 'impact', Localized> = {
  likelihood: { en: 'the likelihood scale', fr: 'l’échelle de vraisemblance' },
  impact: { en: 'the impact scale', fr: 'l’échelle d’impact' },
};

export default defineRule({
  code: 'risk-rating-off-scale',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.2 a)',
  docs: {
    en: 'Risks are rated on the scales of the declaration’s risk_criteria (1 to 4 when it states none): a likelihood or impact outside its scale, a level listed twice in a scale, or an acceptance threshold above the highest level the scales give is an error.',
    fr: 'Les risques sont notés sur les échelles des risk_criteria de la déclaration (de 1 à 4 si elle n’en fixe pas)\u00a0: une vraisemblance ou un impact hors de son échelle, un niveau cité deux fois dans une échelle ou un seuil d’acceptation au-dessus du plus haut niveau que donnent les échelles est une erreur.',
  },
  messages: {
    rating: {
      en: 'Risk {risk}: {rated} {value} is not a level of {scale} ({levels}; {origin}).',
      fr: 'Risque {risk}\u00a0: {rated} {value} n’est pas un niveau de {scale} ({levels}\u00a0; {origin}).',
    },
    duplicateLevel: {
      en: 'Level {level} is listed twice in {scale}: each level has one label.',
      fr: 'Le niveau {level} figure deux fois dans {scale}\u00a0: chaque niveau a un seul libellé.',
    },
    scaleHere: { en: 'The declaration’s scale.', fr: 'L’échelle de la déclaration.' },
    thresholdAbove: {
      en: 'The acceptance threshold {threshold} is above the highest risk level the scales give ({highest}): no acceptance would ever need a justification. Choose a level from 0 to {highest}.',
      fr: 'Le seuil d’acceptation {threshold} dépasse le plus haut niveau de risque que donnent les échelles ({highest})\u00a0: aucune acceptation n’aurait jamais à être justifiée. Choisissez un niveau de 0 à {highest}.',
    },
  },
  check({ declaration, options, report }) {
    const criteria = appliedRiskCriteria(declaration, options);
    const offScale = (scale: AppliedScale, value: number | undefined): value is number =>
      // Not a whole number from 1: the schema's finding (invalid-value) says so already.
      value !== undefined && Number.isInteger(value) && value >= 1 && !scale.levels.some((entry) => entry.level === value);
    const check = (which: 'likelihood' | 'impact', value: number | undefined, at: Ref, residual: boolean, risk: string | undefined) => {
      const scale = criteria[which];
      if (!offScale(scale, value)) return;
      report({
        messageId: 'rating',
        at: { file: at.file, path: [...at.path, which] },
        args: { risk: quoted(risk ?? '?'), rated: (residual ? RESIDUAL : RATED)[which], scale: SCALE[which], value, levels: scaleText(scale), origin: SCALE_ORIGIN_TEXT[scale.origin] },
        data: { risk, rated: residual ? `residual.${which}` : which, value, scale: scale.origin },
        ...(scale.at ? { related: [{ at: scale.at, messageId: 'scaleHere' }] } : {}),
      });
    };
    for (const risk of declaration.risks) {
      check('likelihood', risk.likelihood, risk.at, false, risk.id);
      check('impact', risk.impact, risk.at, false, risk.id);
      if (risk.residual) {
        check('likelihood', risk.residual.likelihood, risk.residual.at, true, risk.id);
        check('impact', risk.residual.impact, risk.residual.at, true, risk.id);
      }
    }
    const declared = declaration.riskCriteria;
    if (!declared) return;
    for (const which of ['likelihood', 'impact'] as const) {
      const seen = new Set<number>();
      for (const entry of declared[which] ?? []) {
        if (entry.level === undefined) continue;
        if (seen.has(entry.level)) report({ messageId: 'duplicateLevel', at: { file: entry.at.file, path: [...entry.at.path, 'level'] }, args: { level: entry.level, scale: SCALE[which] }, data: { rated: which, level: entry.level } });
        seen.add(entry.level);
      }
    }
    const threshold = criteria.threshold;
    const highest = highestLevel(criteria);
    if (threshold.origin === 'declaration' && threshold.at && threshold.value > highest) {
      report({ messageId: 'thresholdAbove', at: threshold.at, args: { threshold: threshold.value, highest }, data: { threshold: threshold.value, highest } });
    }
  },
});
