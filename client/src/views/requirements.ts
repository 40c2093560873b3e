// The "Requirements" view: the referential's chapters, and under each its EXI requirements with
// their state (verified by the rules, answered in the register, unanswered, failing); a click
// opens the finding that decided the state, or the answer. "Am I ready?" at a glance.
import type { DeclarationCoverageResult, RequirementItem } from '../protocol';
import { icons, type NodeIcon, type ViewNode } from './nodes';

export const REQUIREMENTS_VIEW = 'hds.requirements';

export function requirementIcon(item: Pick<RequirementItem, 'state' | 'severity'>): NodeIcon {
  switch (item.state) {
    case 'verified':
      return icons.covered;
    case 'answered':
      return { id: 'check', color: 'testing.iconPassed' };
    case 'unanswered':
      return { id: 'circle-large-outline', color: 'list.warningForeground' };
    case 'failing':
      return item.severity === 'warning' ? icons.warning : icons.gap;
  }
}

export function requirementNodes(declaration: DeclarationCoverageResult, idPrefix: string): ViewNode[] {
  return (declaration.readiness?.chapters ?? []).map((chapter) => ({
    id: `${idPrefix}#chapter/${chapter.id}`,
    label: chapter.label,
    description: chapter.description,
    tooltip: chapter.tooltip,
    icon: { id: 'book' },
    contextValue: 'hds.chapter',
    expanded: true,
    children: chapter.requirements.map((item) => ({
      id: `${idPrefix}#requirement/${item.id}`,
      label: item.label,
      description: item.description,
      tooltip: item.tooltip,
      icon: requirementIcon(item),
      location: item.location,
      contextValue: `hds.requirement.${item.state}`,
      children: [],
    })),
  }));
}
