// The HDS sidebar: five views over the server's coverage, the badge, the status bar item,
// and the commands their items and welcome content call.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CoverageStore } from './coverageStore';
import { Commands, StarterDeclarationRequest, type CommandArgument, type Location } from './protocol';
import { revealLocation } from './reveal';
import type { UserLocale } from './locale';
import { createDeclaration, CREATE_DECLARATION_COMMAND } from './scaffold';
import { ShownCoverage, type Shown } from './shownCoverage';
import { createCalendarStatusBar, createStatusBar } from './statusBar';
import { CALENDAR_VIEW, calendarNodes } from './views/calendar';
import { ACTIVITIES_VIEW, activityNodes } from './views/activities';
import type { ViewNode } from './views/nodes';
import { REQUIREMENTS_VIEW, requirementNodes } from './views/requirements';
import { RISK_EVENTS_VIEW, riskEventNodes } from './views/riskEvents';
import { SUBCONTRACTORS_VIEW, subcontractorNodes } from './views/subcontractors';
import { CoverageTree, REVEAL_COMMAND } from './views/tree';

export const REFRESH_COMMAND = 'hds.view.refresh';
export const ADD_RISK_COMMAND = 'hds.view.addRiskForEvent';
export const PICK_DECLARATION_COMMAND = 'hds.view.pickDeclaration';
/** How long after a file is created or deleted to ask again: the server re-scans first. */
const FILE_EVENT_DELAY_MS = 300;

export interface Sidebar extends vscode.Disposable {
  store: CoverageStore;
  trees: Map<string, CoverageTree>;
}

/** `userLocale` reads `hds.language` (else VS Code's language) when called, so a changed setting counts at once. */
export function createSidebar(client: LanguageClient, ready: Promise<void>, userLocale: () => UserLocale, workspaceState?: vscode.Memento): Sidebar {
  const store = new CoverageStore(client, (message) => client.outputChannel.appendLine(message));
  const shown = new ShownCoverage(store, workspaceState);
  const trees = new Map([
    [ACTIVITIES_VIEW, new CoverageTree(ACTIVITIES_VIEW, shown, activityNodes)],
    [RISK_EVENTS_VIEW, new CoverageTree(RISK_EVENTS_VIEW, shown, riskEventNodes)],
    [SUBCONTRACTORS_VIEW, new CoverageTree(SUBCONTRACTORS_VIEW, shown, subcontractorNodes)],
    [CALENDAR_VIEW, new CoverageTree(CALENDAR_VIEW, shown, calendarNodes)],
    [REQUIREMENTS_VIEW, new CoverageTree(REQUIREMENTS_VIEW, shown, requirementNodes)],
  ]);
  const activities = trees.get(ACTIVITIES_VIEW)!;

  const onShown = ({ declarations, all }: Shown) => {
    void vscode.commands.executeCommand('setContext', 'hds.hasDeclaration', declarations.length > 0);
    void vscode.commands.executeCommand('setContext', 'hds.severalDeclarations', Boolean(all));
    // A badge on one view shows on the container's activity bar icon.
    const errors = declarations.reduce((total, declaration) => total + declaration.counts.errors, 0);
    const tooltip = declarations.map((declaration) => `${declaration.name}: ${declaration.summary.label}`).join('\n');
    activities.view.badge = errors > 0 ? { value: errors, tooltip } : undefined;
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.hds.yaml', false, true, false);
  const disposables: vscode.Disposable[] = [
    store,
    shown,
    ...trees.values(),
    createStatusBar(shown),
    createCalendarStatusBar(shown),
    shown.onDidChange(onShown),
    // Until the first answer the views stay blank rather than flash the welcome content.
    store.onDidChange(() => void vscode.commands.executeCommand('setContext', 'hds.coverageLoaded', true)),
    watcher,
    // Deleting the last declaration triggers no check, hence no notification: ask anyway.
    watcher.onDidCreate(() => store.schedule(FILE_EVENT_DELAY_MS)),
    watcher.onDidDelete(() => store.schedule(FILE_EVENT_DELAY_MS)),
    vscode.workspace.onDidChangeWorkspaceFolders(() => store.schedule(FILE_EVENT_DELAY_MS)),
    // After a restart of the server, ask again (its first checks may precede our listener).
    client.onDidChangeState((event) => event.newState === State.Running && store.schedule()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (location: Location) => revealLocation(location)),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => store.refresh()),
    // Which declaration the views show when a folder holds several: a quick pick, remembered for the workspace.
    // `root` (a declaration's folder URI) skips the pick, for tests and keybindings.
    vscode.commands.registerCommand(PICK_DECLARATION_COMMAND, async (root?: string) => {
      const all = shown.current.all ?? shown.current.declarations;
      if (typeof root === 'string') {
        if (all.some((declaration) => declaration.root === root)) shown.pick(root);
        return;
      }
      const fr = userLocale() === 'fr';
      const showing = new Set(shown.current.declarations.map((declaration) => declaration.root));
      const picked = await vscode.window.showQuickPick(all.map((declaration) => ({
        label: declaration.name,
        description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(declaration.root), true)}${showing.has(declaration.root) ? (fr ? ' · affichée' : ' · shown') : ''}`,
        detail: declaration.summary.label,
        root: declaration.root,
      })), { placeHolder: fr ? 'Déclaration à afficher dans les vues HDS' : 'Declaration to show in the HDS views', matchOnDescription: true });
      if (picked) shown.pick(picked.root);
    }),
    vscode.commands.registerCommand(ADD_RISK_COMMAND, async (node?: ViewNode) => {
      if (!node?.data?.event || !node.data.uri) return;
      // A server command: vscode-languageclient registers it from executeCommandProvider.
      const argument: CommandArgument = { uri: node.data.uri, event: node.data.event };
      await vscode.commands.executeCommand(Commands.addRiskForEvent, argument);
    }),
    vscode.commands.registerCommand(CREATE_DECLARATION_COMMAND, async () => {
      // `hds.language` as it is now: the sidebar's last coverage may predate a change of the setting
      // (with no declaration yet, nothing is re-checked, so nothing asks for coverage again).
      await ready.catch(() => undefined);
      const locale = userLocale();
      const created = await createDeclaration(locale, () => client.sendRequest(StarterDeclarationRequest, { locale }));
      if (created) store.schedule(FILE_EVENT_DELAY_MS);
      return created;
    }),
  ];
  ready.then(() => store.refresh(), (error: unknown) => client.outputChannel.appendLine(`The HDS language server did not start: ${String(error)}`));
  return { store, trees, dispose: () => disposables.forEach((disposable) => disposable.dispose()) };
}
