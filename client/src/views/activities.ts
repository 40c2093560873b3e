// The "Activity coverage" view: the six activities in legal order, with their providers, the
// risks that concern them and the open findings about them.
import type { ActivityCoverage, CoverageState, DeclarationCoverageResult } from '../protocol';
import { findingNode, icons, textNode, type NodeIcon, type ViewNode } from './nodes';

export const ACTIVITIES_VIEW = 'hds.activities';

const stateIcons: Record<CoverageState, NodeIcon> = { covered: icons.covered, gap: icons.gap, 'out-of-scope': icons.outOfScope };

export function activityNodes(declaration: DeclarationCoverageResult, idPrefix: string): ViewNode[] {
  const nodes = declaration.activities.map((activity) => activityNode(activity, `${idPrefix}#activity/${activity.id}`));
  // After the six activities, the readiness figures: requirements answered, SoA decided, risks assessed, evidence found, audit findings.
  const readiness = declaration.readiness;
  if (readiness) nodes.push({ id: `${idPrefix}#readiness`, label: readiness.line, tooltip: readiness.tooltip, icon: { id: 'checklist' }, contextValue: 'hds.readiness', children: [] });
  return nodes;
}

function activityNode(activity: ActivityCoverage, id: string): ViewNode {
  return textNode(id, activity, {
    icon: stateIcons[activity.state],
    contextValue: `hds.activity.${activity.state}`,
    children: [
      ...activity.providers.map((provider) =>
        textNode(`${id}/provider/${provider.kind}/${provider.id ?? ''}`, provider, {
          icon: provider.covers ? { id: 'verified', color: 'testing.iconPassed' } : { id: 'unverified', color: 'list.errorForeground' },
          contextValue: 'hds.provider',
        })),
      ...activity.risks.map((risk, index) => textNode(`${id}/risk/${risk.id ?? index}`, risk, { icon: { id: 'shield' }, contextValue: 'hds.risk' })),
      ...activity.findings.map((finding, index) => findingNode(id, finding, index)),
    ],
  });
}
