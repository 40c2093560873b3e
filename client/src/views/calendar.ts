// The "Calendar" view: every dated obligation of the declaration (surveillance audits, renewals,
// ISO/IEC 27001 expiry, subcontractors' certificates…), overdue first, then in date order; a
// click opens the line that sets the date.
import type { CalendarItem, DeclarationCoverageResult } from '../protocol';
import { icons, type NodeIcon, type ViewNode } from './nodes';

export const CALENDAR_VIEW = 'hds.calendar';

const stateIcons: Record<CalendarItem['state'], NodeIcon> = {
  overdue: icons.gap,
  ended: { id: 'history', color: 'list.warningForeground' },
  'due-soon': icons.warning,
  upcoming: { id: 'calendar' },
};

export function calendarNodes(declaration: DeclarationCoverageResult, idPrefix: string): ViewNode[] {
  return (declaration.calendar ?? []).map((item) => ({
    id: `${idPrefix}#calendar/${item.id}`,
    // The sidebar is narrow: a few words and when; the tooltip has the full sentence.
    label: item.short,
    description: item.description,
    tooltip: item.tooltip,
    icon: stateIcons[item.state],
    location: item.location,
    contextValue: `hds.calendar.${item.state}`,
    children: [],
  }));
}
