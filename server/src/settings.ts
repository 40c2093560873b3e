// The `hds.*` settings, read in one place and validated: a bad value is reported, never fatal.
import { isRuleCode, localToday, type Locale, type RuleCode, type SeveritySetting } from './engine';
import { isValidDate } from './engine/dates';
import { isRiskAcceptanceThreshold } from './engine/facts/risks';

export interface Settings {
  /** "Today" for expiry checks; the current date when unset. */
  asOf?: string;
  rules: Partial<Record<RuleCode, SeveritySetting>>;
  /** `auto` follows the editor's display language. */
  language: 'auto' | Locale;
  /** Risk level (likelihood × impact) above which an accepted risk needs a justification. */
  riskAcceptanceThreshold?: number;
}

export const defaultSettings: Settings = { rules: {}, language: 'auto' };

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(raw: unknown, warn: (message: string) => void): Settings {
  const object = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { rules: {}, language: 'auto' };
  if (typeof object.asOf === 'string' && object.asOf.trim() !== '') {
    if (isValidDate(object.asOf.trim())) settings.asOf = object.asOf.trim();
    else warn(`hds.asOf must be a date written YYYY-MM-DD; "${object.asOf}" is ignored.`);
  }
  if (object.rules && typeof object.rules === 'object') {
    for (const [code, severity] of Object.entries(object.rules as Record<string, unknown>)) {
      if (!isRuleCode(code)) warn(`hds.rules: no rule has the code "${code}"; it is ignored.`);
      else if (typeof severity === 'string' && severities.has(severity)) settings.rules[code] = severity as SeveritySetting;
      else warn(`hds.rules.${code} must be one of error, warning, information, hint, off; "${String(severity)}" is ignored.`);
    }
  }
  if (object.language === 'en' || object.language === 'fr') settings.language = object.language;
  if (object.riskAcceptanceThreshold !== undefined && object.riskAcceptanceThreshold !== null) {
    const threshold = object.riskAcceptanceThreshold;
    if (isRiskAcceptanceThreshold(threshold)) settings.riskAcceptanceThreshold = threshold;
    else warn(`hds.riskAcceptanceThreshold must be a whole number from 0 to 16; "${String(threshold)}" is ignored.`);
  }
  return settings;
}

export function today(settings: Settings): string {
  return settings.asOf ?? localToday();
}

/** French when the editor speaks French (fr, fr-FR, fr-CA…), English otherwise. */
export function localeOf(settings: Settings, editorLocale: string | undefined): Locale {
  if (settings.language !== 'auto') return settings.language;
  return editorLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
