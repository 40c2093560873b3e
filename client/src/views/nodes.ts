// What a sidebar item is, independent of VS Code: the view modules build these from the server's
// coverage (pure, unit-tested) and tree.ts turns them into TreeItems.
import type { CoverageText, DeclarationCoverageResult, FindingItem, ItemState, Location } from '../protocol';

export interface NodeIcon {
  /** A codicon id, e.g. `pass`. */
  id: string;
  /** A theme color id, e.g. `testing.iconPassed`. */
  color?: string;
}

export interface ViewNode {
  /** Stable across refreshes, so VS Code keeps the expansion state and selection. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: NodeIcon;
  /** Where a click leads. */
  location?: Location;
  /** For `when` clauses of menus (`viewItem == …`). */
  contextValue?: string;
  /** Arguments of the item's inline actions. */
  data?: Record<string, string>;
  expanded?: boolean;
  children: ViewNode[];
}

export type ViewBuilder = (declaration: DeclarationCoverageResult, idPrefix: string) => ViewNode[];

export const icons = {
  covered: { id: 'pass', color: 'testing.iconPassed' },
  gap: { id: 'error', color: 'list.errorForeground' },
  outOfScope: { id: 'circle-slash', color: 'disabledForeground' },
  warning: { id: 'warning', color: 'list.warningForeground' },
} satisfies Record<string, NodeIcon>;

const severityIcons: Record<FindingItem['severity'], NodeIcon> = {
  error: { id: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  information: { id: 'info', color: 'problemsInfoIcon.foreground' },
  hint: { id: 'lightbulb', color: 'problemsInfoIcon.foreground' },
};

/** An icon tinted by the state of what it shows. */
export function stateIcon(id: string, state: ItemState): NodeIcon {
  if (state === 'error') return { id, color: 'list.errorForeground' };
  if (state === 'warning') return { id, color: 'list.warningForeground' };
  return { id };
}

/**
 * The full text of an item, for its tooltip: a narrow sidebar cuts the label and the description,
 * so the tooltip starts with both, then says what the item's own tooltip adds.
 */
export function tooltipOf(node: Pick<ViewNode, 'label' | 'description' | 'tooltip'>): string {
  const full = node.description ? `${node.label} — ${node.description}` : node.label;
  if (!node.tooltip) return full;
  return node.tooltip.startsWith(full) ? node.tooltip : `${full}\n${node.tooltip}`;
}

export function textNode(id: string, text: CoverageText, extra: Partial<ViewNode> = {}): ViewNode {
  return { id, label: text.label, description: text.description, tooltip: text.tooltip, location: text.location, children: [], ...extra };
}

/** A finding an exception accepts: shown, but marked as on record. */
const acceptedIcon: NodeIcon = { id: 'verified', color: 'problemsInfoIcon.foreground' };

export function findingNode(parentId: string, finding: FindingItem, index: number): ViewNode {
  return textNode(`${parentId}/finding/${finding.code}/${index}`, finding, finding.accepted
    ? { icon: acceptedIcon, contextValue: 'hds.finding.accepted' }
    : { icon: severityIcons[finding.severity], contextValue: 'hds.finding' });
}

/** With several declarations, each is a top-level folder node holding its items. */
export function declarationNodes(declarations: readonly DeclarationCoverageResult[], build: ViewBuilder): ViewNode[] {
  if (declarations.length === 1) return build(declarations[0], declarations[0].root);
  return declarations.map((declaration) => ({
    id: declaration.root,
    label: declaration.name,
    description: `${folderLabel(declaration.root)} · ${declaration.summary.label}`,
    tooltip: declaration.summary.tooltip,
    icon: declaration.counts.errors > 0 ? { id: 'root-folder', color: 'list.errorForeground' } : { id: 'root-folder' },
    location: declaration.location,
    contextValue: 'hds.declaration',
    expanded: true,
    children: build(declaration, declaration.root),
  }));
}

function folderLabel(root: string): string {
  const last = root.split('/').pop() ?? root;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
