// "HDS 5/6 · 2 errors" for the declaration the sidebar shows (the active editor's); a click
// shows the HDS sidebar. Hidden when the workspace has no declaration.
import * as vscode from 'vscode';
import type { Shown, ShownCoverage } from './shownCoverage';
import { CALENDAR_VIEW } from './views/calendar';
import { REVEAL_COMMAND } from './views/tree';

/** Opens the HDS view container (the command VS Code derives from its id, `hds`). */
export const FOCUS_SIDEBAR_COMMAND = 'workbench.view.extension.hds';
/** Focuses the Calendar view (the command VS Code derives from a view id). */
const CALENDAR_FOCUS_COMMAND = `${CALENDAR_VIEW}.focus`;

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
    // Then "am I ready?": requirements answered, SoA decided, risks assessed, evidence found, audit findings.
    item.tooltip = [active.name, active.summary.tooltip, active.readiness?.tooltip].filter(Boolean).join('\n');
    item.show();
  };
  update(shown.current);
  return vscode.Disposable.from(item, shown.onDidChange(update));
}

/** "$(calendar) 1 overdue · HDS renewal in 66 d": what is due next; a click opens its line. */
export function createCalendarStatusBar(shown: ShownCoverage): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('hds.calendar', vscode.StatusBarAlignment.Left, 9);
  item.name = 'HDS Studio: calendar';
  const update = ({ active }: Shown) => {
    const summary = active?.calendarSummary;
    if (!active || !summary) {
      item.hide();
      return;
    }
    const overdue = active.calendar.some((entry) => entry.state === 'overdue');
    item.text = `$(calendar) ${summary.label}`;
    item.tooltip = summary.tooltip;
    item.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.command = summary.location ? { command: REVEAL_COMMAND, title: summary.label, arguments: [summary.location] } : CALENDAR_FOCUS_COMMAND;
    item.show();
  };
  update(shown.current);
  return vscode.Disposable.from(item, shown.onDidChange(update));
}
