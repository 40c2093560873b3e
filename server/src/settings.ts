// The `hds.*` settings, read in one place and validated: a bad value is reported, never fatal.
import { isRuleCode, localToday, type Locale, type RuleCode, type SeveritySetting } from './engine';
import { isValidDate } from './engine/dates';
import { isRiskAcceptanceThreshold } from './engine/facts/risks';
import type { RepositoryConfig } from './engine/repositoryConfig';

export interface Settings {
  /** "Today" for expiry checks; the current date when unset. */
  asOf?: string;
  rules: Partial<Record<RuleCode, SeveritySetting>>;
  /** `auto` follows the editor's display language; unset, the repository configuration's language applies (else the editor's). */
  language?: 'auto' | Locale;
  /** Risk level (likelihood × impact) above which an accepted risk needs a justification. */
  riskAcceptanceThreshold?: number;
}

export const defaultSettings: Settings = { rules: {} };

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(raw: unknown, warn: (message: string) => void): Settings {
  const object = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { rules: {} };
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
  if (object.language === 'en' || object.language === 'fr' || object.language === 'auto') settings.language = object.language;
  if (object.riskAcceptanceThreshold !== undefined && object.riskAcceptanceThreshold !== null) {
    const threshold = object.riskAcceptanceThreshold;
    if (isRiskAcceptanceThreshold(threshold)) settings.riskAcceptanceThreshold = threshold;
    else warn(`hds.riskAcceptanceThreshold must be a whole number from 0 to 16; "${String(threshold)}" is ignored.`);
  }
  return settings;
}

/**
 * Precedence: a setting the user set explicitly (the client sends only those), then the repository
 * configuration file (.hds-studio.yaml), then the default.
 */
export function today(settings: Settings, config?: RepositoryConfig): string {
  return settings.asOf ?? config?.asOf ?? localToday();
}

/** French when the editor speaks French (fr, fr-FR, fr-CA…), English otherwise; a language set explicitly, or by the repository configuration, first. */
export function localeOf(settings: Settings, editorLocale: string | undefined, config?: RepositoryConfig): Locale {
  if (settings.language === 'en' || settings.language === 'fr') return settings.language;
  if (settings.language === undefined && config?.language) return config.language;
  return editorLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Rule severities: the configuration file's, each overridden by the setting when the user set that rule. */
export function ruleSeverities(settings: Settings, config?: RepositoryConfig): Settings['rules'] {
  return { ...config?.rules, ...settings.rules };
}
