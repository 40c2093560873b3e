// "HDS 5/6 · 2 errors" for the declaration the sidebar shows (the active editor's); a click
// shows the HDS sidebar. Hidden when the workspace has no declaration.
import * as vscode from 'vscode';
import type { Shown, ShownCoverage } from './shownCoverage';

/** Opens the HDS view container (the command VS Code derives from its id, `hds`). */
export const FOCUS_SIDEBAR_COMMAND = 'workbench.view.extension.hds';

export function createStatusBar(shown: ShownCoverage): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('hds.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'HDS Studio';
  item.command = FOCUS_SIDEBAR_COMMAND;
  const update = ({ active }: Shown) => {
    if (!active) {
      item.hide();
      return;
    }
    item.text = `$(shield) HDS ${active.summary.label}`;
    item.tooltip = `${active.name}\n${active.summary.tooltip}`;
    item.show();
  };
  update(shown.current);
  return vscode.Disposable.from(item, shown.onDidChange(update));
}
