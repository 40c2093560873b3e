// `hds-check --calendar`: the certification calendar of each declaration, as text or as an
// iCalendar file.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarOf, type CalendarItem, type Declaration, type Locale } from '../engine';
import { calendarEvents, renderIcs } from '../engine/ical';
import { localize } from '../engine/text';
import type { Localized } from '../engine/types';
import { terminalText } from './console';

export interface CalendarOfDeclaration {
  /** The organisation's name, else the folder's. */
  name: string;
  root: string;
  items: CalendarItem[];
}

export function declarationCalendar(declaration: Declaration, root: string, today: string, locale: Locale): CalendarOfDeclaration {
  const name = declaration.organization?.name ?? path.basename(fileURLToPath(root));
  return { name, root, items: calendarOf(declaration, { today, locale }) };
}

/** "declaration.hds.yaml:14", relative to the current folder. */
function where(item: CalendarItem, cwd: string): string {
  return `${path.relative(cwd, fileURLToPath(item.location.uri))}:${item.location.range.start.line + 1}`;
}

const stateNames = {
  en: { overdue: 'overdue', ended: 'ended', 'due-soon': 'due soon', upcoming: 'upcoming' },
  fr: { overdue: 'en retard', ended: 'terminée', 'due-soon': 'bientôt', upcoming: 'à venir' },
} as const;

const say = {
  nothingDue: { en: '  No dated obligation.', fr: '  Aucune échéance datée.' },
  icsName: { en: 'HDS certification calendar — {name}', fr: 'Calendrier de certification HDS — {name}' },
} satisfies Record<string, Localized>;

export function calendarText(calendars: readonly CalendarOfDeclaration[], locale: Locale, cwd: string): string {
  const out: string[] = [];
  for (const calendar of calendars) {
    out.push('', terminalText(calendar.name));
    if (calendar.items.length === 0) out.push(localize(say.nothingDue, locale));
    const width = Math.max(0, ...Object.values(stateNames[locale]).map((name) => name.length));
    for (const item of calendar.items) {
      out.push(`  ${item.date}  ${stateNames[locale][item.state].padEnd(width)}  ${terminalText(item.label)} — ${terminalText(item.description)}  ${terminalText(where(item, cwd))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function calendarIcs(calendars: readonly CalendarOfDeclaration[], now: Date, locale: Locale, cwd: string): string {
  const events = calendars.flatMap((calendar) => calendarEvents(calendar.items, calendar.name, (item) => where(item, cwd)));
  const name = calendars.length === 1 ? calendars[0].name : 'HDS';
  return renderIcs(events, { now, name: localize(say.icsName, locale, { name }) });
}
