// Small text helpers: the one way a localized text is written out, "did you mean" suggestions.
import { sentenceDate } from './dates';
import type { Locale, Localized } from './types';

/**
 * A value put into a localized text: as is (string, number), in the locale's words (a Localized),
 * or with the locale's typography: quoted(), listed(), dated().
 */
export type MessageArg = string | number | Localized | { quoted: unknown } | { list: readonly unknown[] } | { date: string };

export const quoted = (value: unknown): MessageArg => ({ quoted: value });
export const listed = (values: readonly unknown[]): MessageArg => ({ list: values });
/** A YYYY-MM-DD date in a sentence: written out ("31 October 2026", « 31 octobre 2026 »). */
export const dated = (date: string): MessageArg => ({ date });

/**
 * Writes out a localized text `{ en, fr }` in one locale, filling its `{name}` placeholders: every
 * user-facing text (rule messages, views, hovers, the command line) goes through here.
 */
export function localize(text: Localized, locale: Locale, args?: Readonly<Record<string, MessageArg>>): string {
  const template = text[locale] ?? text.en;
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(argText(args[name], locale)) : whole));
}

/** The same text in both locales, for results that carry both (the calendar's items). */
export function localizeBoth(text: Localized, args?: Readonly<Record<string, MessageArg>>): Localized {
  return { en: localize(text, 'en', args), fr: localize(text, 'fr', args) };
}

/** A noun's singular and plural in each locale, for counted(). */
export type Nouns = { en: readonly [string, string]; fr: readonly [string, string] };

/**
 * A count with its noun, as a message argument: "1 error", "3 errors", « 0 erreur », « 2 erreurs »
 * (French keeps 0 and 1 singular, and never splits the number from its noun across lines).
 */
export function counted(count: number, nouns: Nouns): Localized {
  return { en: `${count} ${nouns.en[count === 1 ? 0 : 1]}`, fr: `${count}${NBSP}${nouns.fr[Math.abs(count) < 2 ? 0 : 1]}` };
}

/** Nouns several messages count. */
export const NOUNS = {
  error: { en: ['error', 'errors'], fr: ['erreur', 'erreurs'] },
  undecided: { en: ['undecided answer', 'undecided answers'], fr: ['réponse en suspens', 'réponses en suspens'] },
  warning: { en: ['warning', 'warnings'], fr: ['avertissement', 'avertissements'] },
  information: { en: ['information', 'information'], fr: ['information', 'informations'] },
  day: { en: ['day', 'days'], fr: ['jour', 'jours'] },
} as const satisfies Record<string, Nouns>;

/** A number of days in a sentence: "1 day", "90 days", « 1 jour », « 90 jours ». */
export function dayCount(days: number): Localized {
  return counted(days, NOUNS.day);
}

function argText(value: MessageArg, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('quoted' in value) return quote(value.quoted, locale);
  if ('list' in value) return list(value.list, locale);
  if ('date' in value) return sentenceDate(value.date, locale);
  return (value as Localized)[locale];
}

/** Damerau-free Levenshtein distance, bounded so long inputs stay cheap. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** French typography puts a non-breaking space inside « » and before : ; ! ? */
export const NBSP = '\u00a0';

/** A colon or semicolon as the locale writes it: ':' in English, a non-breaking space then ':' in French. */
export function mark(punctuation: ':' | ';', locale: Locale): string {
  return locale === 'fr' ? `${NBSP}${punctuation}` : punctuation;
}

/** Quotes a value for a message, with the typography of the locale. */
export function quote(value: unknown, locale: Locale): string {
  return locale === 'fr' ? `«${NBSP}${String(value)}${NBSP}»` : `‘${String(value)}’`;
}

/** The word for a severity in a sentence; settings and files keep the English value (`error`). */
export function severityWord(severity: 'error' | 'warning' | 'information' | 'hint', locale: Locale): string {
  const words = { error: { en: 'error', fr: 'erreur' }, warning: { en: 'warning', fr: 'avertissement' }, information: { en: 'information', fr: 'information' }, hint: { en: 'hint', fr: 'suggestion' } };
  return words[severity][locale];
}

/** A number as the locale writes it (10,1 in French). */
export function decimal(value: number, locale: Locale): string {
  return locale === 'fr' ? String(value).replace('.', ',') : String(value);
}

export function list(values: readonly unknown[], locale: Locale): string {
  return values.map((value) => quote(value, locale)).join(', ');
}
