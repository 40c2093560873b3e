// The "HDS v2 risk events" view: the 13 EXI-05 events, each covered by risks or missing; a
// missing one offers an inline action that adds a risk for it.
import type { DeclarationCoverageResult } from '../protocol';
import { icons, textNode, type ViewNode } from './nodes';

export const RISK_EVENTS_VIEW = 'hds.riskEvents';
/** `viewItem` of a missing event: package.json shows the "add a risk" action on it. */
export const MISSING_EVENT = 'hds.riskEvent.missing';

export function riskEventNodes(declaration: DeclarationCoverageResult, idPrefix: string): ViewNode[] {
  return declaration.riskEvents.map((event) => {
    const id = `${idPrefix}#event/${event.id}`;
    return textNode(id, event, {
      icon: event.covered ? icons.covered : icons.gap,
      contextValue: event.covered ? 'hds.riskEvent.covered' : MISSING_EVENT,
      data: event.covered ? undefined : { uri: event.location?.uri ?? declaration.uris[0], event: event.id },
      children: event.risks.map((risk, index) => textNode(`${id}/risk/${risk.id ?? index}`, risk, { icon: { id: 'shield' }, contextValue: 'hds.risk' })),
    });
  });
}
