// Severity words in the user's language.
import type { Locale, Severity } from '../engine';

const words: Record<Severity, { en: string; fr: string }> = {
  error: { en: 'error', fr: 'erreur' },
  warning: { en: 'warning', fr: 'avertissement' },
  information: { en: 'information', fr: 'information' },
  hint: { en: 'hint', fr: 'indication' },
};

export function severityWord(severity: Severity, locale: Locale): string {
  return words[severity][locale];
}
