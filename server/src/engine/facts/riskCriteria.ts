// The risk criteria a check applies (ISO/IEC 27001 6.1.2 a): the likelihood and impact scales risks
// are rated on and the acceptance threshold. A declaration that states its own (`risk_criteria`)
// wins; an older one falls back to the setting or command-line flag for the threshold, and to the
// default scales of the catalog (server/catalog/risk-scales.json). Every rule, view and export that
// uses a scale or the threshold asks here, and can say which criteria applied.
import defaults from '../../../catalog/risk-scales.json';
import type { Declaration, Ref, RiskCriteria } from '../declaration';
import type { CheckOptions, Locale, Localized } from '../types';

/** Where a criterion came from: the declaration, the editor's setting, the command line's flag, or the default. */
export type CriteriaOrigin = 'declaration' | 'setting' | 'flag' | 'default';

export interface AppliedLevel {
  level: number;
  /** The declaration's label as written, or the default scale's in the locale. */
  label: string;
}

export interface AppliedScale {
  levels: AppliedLevel[];
  origin: 'declaration' | 'default';
  at?: Ref;
}

export interface AppliedRiskCriteria {
  likelihood: AppliedScale;
  impact: AppliedScale;
  threshold: { value: number; origin: CriteriaOrigin; at?: Ref };
  /** The declaration's criteria, when it states them. */
  declared?: RiskCriteria;
}

export const DEFAULT_ACCEPTANCE_THRESHOLD: number = defaults.acceptanceThreshold;

/** Texts naming each origin, for messages, hovers and reports. */
export const ORIGIN_TEXT: Record<CriteriaOrigin, Localized> = {
  declaration: { en: 'risk_criteria of the declaration', fr: 'risk_criteria de la déclaration' },
  setting: { en: 'setting hds.riskAcceptanceThreshold', fr: 'réglage hds.riskAcceptanceThreshold' },
  flag: { en: 'option --risk-acceptance-threshold', fr: 'option --risk-acceptance-threshold' },
  default: { en: 'default', fr: 'par défaut' },
};

export const SCALE_ORIGIN_TEXT: Record<AppliedScale['origin'], Localized> = {
  declaration: ORIGIN_TEXT.declaration,
  default: { en: 'default scale', fr: 'échelle par défaut' },
};

function defaultScale(which: 'likelihood' | 'impact', locale: Locale): AppliedScale {
  return { levels: defaults[which].map((entry) => ({ level: entry.level, label: entry.label[locale] })), origin: 'default' };
}

function scaleOf(criteria: RiskCriteria | undefined, which: 'likelihood' | 'impact', locale: Locale): AppliedScale {
  const written = criteria?.[which];
  const seen = new Set<number>();
  const levels: AppliedLevel[] = [];
  for (const entry of written ?? []) {
    if (entry.level === undefined || entry.level < 1 || seen.has(entry.level)) continue;
    seen.add(entry.level);
    levels.push({ level: entry.level, label: entry.label ?? String(entry.level) });
  }
  if (!criteria || levels.length === 0) return defaultScale(which, locale);
  return { levels: levels.sort((a, b) => a.level - b.level), origin: 'declaration', at: { file: criteria.at.file, path: [...criteria.at.path, which] } };
}

/** The criteria that apply to `declaration` under `options`. */
export function appliedRiskCriteria(declaration: Declaration, options: Pick<CheckOptions, 'locale' | 'riskAcceptanceThreshold' | 'riskAcceptanceThresholdOrigin'>): AppliedRiskCriteria {
  const declared = declaration.riskCriteria;
  const written = declared?.acceptanceThreshold;
  const threshold: AppliedRiskCriteria['threshold'] =
    written && Number.isInteger(written.value) && written.value >= 0 ? { value: written.value, origin: 'declaration', at: written.at }
    : options.riskAcceptanceThreshold !== undefined ? { value: options.riskAcceptanceThreshold, origin: options.riskAcceptanceThresholdOrigin ?? 'setting' }
    : { value: DEFAULT_ACCEPTANCE_THRESHOLD, origin: 'default' };
  return { likelihood: scaleOf(declared, 'likelihood', options.locale), impact: scaleOf(declared, 'impact', options.locale), threshold, ...(declared ? { declared } : {}) };
}

/** The criteria of a declaration that states none, under no setting: the default scales and threshold. */
export function defaultRiskCriteria(locale: Locale): AppliedRiskCriteria {
  return { likelihood: defaultScale('likelihood', locale), impact: defaultScale('impact', locale), threshold: { value: DEFAULT_ACCEPTANCE_THRESHOLD, origin: 'default' } };
}

/** The highest level the scales give (likelihood × impact at their tops). */
export function highestLevel(criteria: AppliedRiskCriteria): number {
  const top = (scale: AppliedScale) => Math.max(...scale.levels.map((entry) => entry.level));
  return top(criteria.likelihood) * top(criteria.impact);
}

/** The label of `level` on `scale`, when it is one of its levels. */
export function labelOf(scale: AppliedScale, level: number | undefined): string | undefined {
  return level === undefined ? undefined : scale.levels.find((entry) => entry.level === level)?.label;
}

/** The scale written out for a message: "1 Rare, 2 Unlikely, 3 Likely, 4 Almost certain". */
export function scaleText(scale: AppliedScale): string {
  return scale.levels.map((entry) => (entry.label === String(entry.level) ? String(entry.level) : `${entry.level} ${entry.label}`)).join(', ');
}
