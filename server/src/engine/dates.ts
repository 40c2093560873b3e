// Calendar dates written YYYY-MM-DD, compared as whole days.

export function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The schema's formats, for its compiled validator (server/build/schemaValidator.mjs). */
export const schemaFormats = { date: { type: 'string', validate: isValidDate } };

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined for invalid dates. */
export function daysBetween(from: string, to: string): number | undefined {
  if (!isValidDate(from) || !isValidDate(to)) return undefined;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus whole months; a day the target month lacks falls back to its last day (31 May + 3 months = 31 August, 30 November + 3 = 28 or 29 February). */
export function addMonths(date: string, months: number): string | undefined {
  if (!isValidDate(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A date as a sentence writes it: "31 October 2025", « 31 octobre 2025 », « 1er mars 2026 » (the day and the month never split across lines). */
export function spelledDate(date: string): { en: string; fr: string } {
  if (!isValidDate(date)) return { en: date, fr: date };
  const [year, month, day] = date.split('-').map(Number);
  return { en: `${day} ${monthNames.en[month - 1]} ${year}`, fr: `${day === 1 ? '1er' : day}\u00a0${monthNames.fr[month - 1]} ${year}` };
}

/**
 * A date inside a sentence, in either language: written out ("31 October 2025", « 31 octobre 2025 »),
 * one convention for every message, hover and document. Tables, reports and files keep YYYY-MM-DD.
 * Anything that is not a date is returned as written.
 */
export function sentenceDate(date: string, locale: 'en' | 'fr'): string {
  return spelledDate(date)[locale];
}
