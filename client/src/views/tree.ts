// Shows the nodes a view module builds as a VS Code tree. Items are replaced in place: the tree
// is re-rendered only when its content changed, and stable ids keep what the user expanded.
import * as vscode from 'vscode';
import type { Shown, ShownCoverage } from '../shownCoverage';
import { declarationNodes, tooltipOf, type ViewBuilder, type ViewNode } from './nodes';

export const REVEAL_COMMAND = 'hds.view.reveal';

export class CoverageTree implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private roots: ViewNode[] = [];
  private rendered = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ViewNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(readonly viewId: string, shown: ShownCoverage, private readonly build: ViewBuilder) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [this.view, this.changed, shown.onDidChange((current) => this.update(current))];
    this.update(shown.current);
  }

  private update(shown: Shown): void {
    // Named beside the view's title when a folder holds several declarations.
    if (this.view.description !== shown.description) this.view.description = shown.description;
    const roots = declarationNodes(shown.declarations, this.build);
    const rendered = JSON.stringify(roots);
    if (rendered === this.rendered) return;
    this.roots = roots;
    this.rendered = rendered;
    this.changed.fire();
  }

  /** The top-level items, as shown. */
  topLevelItems(): vscode.TreeItem[] {
    return this.roots.map((node) => this.getTreeItem(node));
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const collapsible = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = tooltipOf(node);
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.location) {
      item.command = { command: REVEAL_COMMAND, title: '', arguments: [node.location] };
    }
    return item;
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? node.children : this.roots;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
