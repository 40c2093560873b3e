// iCalendar (RFC 5545) rendering of the certification calendar, so a team calendar can import
// it: one all-day event per obligation. Pure: the caller gives the time stamp.
import type { CalendarItem } from './calendar';

export interface IcsEvent {
  /** Globally unique and stable, so a re-import updates the event instead of duplicating it. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on that day. */
  date: string;
  summary: string;
  description?: string;
  categories?: string[];
}

export interface IcsOptions {
  /** When the file is produced (DTSTAMP), in UTC. */
  now: Date;
  /** The calendar's name, shown by calendar applications (X-WR-CALNAME). */
  name?: string;
}

const PRODUCT = '-//HDS Studio//Certification calendar//EN';
/** RFC 5545 §3.1: content lines are folded so that none is longer than 75 octets. */
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: a TEXT value escapes backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line at 75 octets, never inside a UTF-8 sequence; continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const compactDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function renderIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      // DTEND is exclusive: an all-day event ends at the start of the next day.
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * The calendar's items as events. `scope` tells declarations apart (two declarations may both
 * have a "surveillance-1" item); `where` says in which file and line each item is written.
 */
export function calendarEvents(items: readonly CalendarItem[], scope: string, where: (item: CalendarItem) => string): IcsEvent[] {
  const slug = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  return items.map((item) => ({
    uid: `${slug(item.id)}.${slug(scope)}@hds-studio`,
    date: item.date,
    summary: item.label,
    description: `${item.tooltip}\n${where(item)}`,
    categories: ['HDS', item.kind],
  }));
}
