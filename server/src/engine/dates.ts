// Calendar dates written YYYY-MM-DD, compared as whole days.

export function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined for invalid dates. */
export function daysBetween(from: string, to: string): number | undefined {
  if (!isValidDate(from) || !isValidDate(to)) return undefined;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date as written in a sentence: "16 May 2026", « 16 mai 2026 ». */
export function spelledDate(date: string): { en: string; fr: string } {
  if (!isValidDate(date)) return { en: date, fr: date };
  const at = new Date(`${date}T00:00:00Z`);
  const spell = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at).replace(/ /g, '\u00a0');
  return { en: spell('en-GB'), fr: spell('fr-FR') };
}
