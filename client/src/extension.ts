// The HDS Studio client: starts the bundled language server for `*.hds.yaml` files and shows the
// HDS sidebar. `activate()` returns the API the end-to-end suite reads (see api.ts).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { HdsStudioApi } from './api';
import { CONFIG_FILE_NAME, explicitSettings, LANGUAGE_ID, readConfig, SECTION } from './config';
import { CoverageRequest, SERVER_NODE_OPTIONS, type CoverageParams } from './protocol';
import { RestartPolicy } from './serverRestarts';
import { GuaranteesPreview } from './guaranteesPreview';
import { TableEditors } from './tableEditor';
import { registerExport } from './exportDocument';
import { registerImport } from './importSpreadsheet';
import { userLocaleOf } from './locale';
import { createSidebar } from './sidebar';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): HdsStudioApi {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  const restarts = new RestartPolicy(() => (userLocale() === 'fr' ? 'fr' : 'en'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // The repository configuration file: completion, hover and its problems.
      { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
    ],
    // Settings are pulled by the server (workspace/configuration), which registers for
    // didChangeConfiguration on `hds`; the first ones travel with initialize, so the first checks use them.
    synchronize: { fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.hds.yaml'), vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`)] },
    // Only the settings the user set: the others leave the repository configuration file in force.
    initializationOptions: { settings: explicitSettings() },
    middleware: {
      workspace: {
        configuration: (params, token, next) =>
          params.items.every((item) => item.section === SECTION)
            ? params.items.map((item) => explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined))
            : next(params, token),
      },
    },
    outputChannelName: 'HDS Studio',
    errorHandler: {
      // A malformed message or a failed write is not a reason to drop the connection.
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const decision = restarts.closed();
        if (decision.message) {
          const show = decision.restart ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
          void show(decision.message);
        }
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  const languageClient = new LanguageClient('hds', 'HDS Studio', serverOptions, clientOptions);
  // This client opens the SoA and the risk register as tables: the server's code lenses offer it.
  languageClient.registerFeature({
    fillClientCapabilities: (capabilities) => {
      capabilities.experimental = { ...(capabilities.experimental as object | undefined), hdsTableEditor: true };
    },
    initialize: () => undefined,
    getState: () => ({ kind: 'static' }),
    clear: () => undefined,
  });
  client = languageClient;
  context.subscriptions.push(
    vscode.commands.registerCommand('hds.restartServer', async () => {
      await languageClient.restart();
    }),
    vscode.commands.registerCommand('hds.showOutput', () => languageClient.outputChannel.show()),
  );
  const ready = languageClient.start().then(() => {
    languageClient.outputChannel.appendLine(`HDS Studio activated in ${Date.now() - started} ms`);
  });
  context.subscriptions.push(languageClient);
  const sidebar = createSidebar(languageClient, ready, userLocale, context.workspaceState);
  context.subscriptions.push(sidebar, new GuaranteesPreview(languageClient, sidebar.store, ready, userLocale), registerExport(languageClient, ready, userLocale), registerImport(languageClient, ready, userLocale));
  context.subscriptions.push(new TableEditors(languageClient, sidebar.store, ready, userLocale, context.asAbsolutePath('dist/tableEditor.js')));

  return {
    ready,
    async coverage() {
      await ready;
      const params: CoverageParams = {};
      return languageClient.sendRequest(CoverageRequest, params);
    },
    async viewItems(viewId) {
      const tree = sidebar.trees.get(viewId);
      if (!tree) throw new Error(`No HDS view ${viewId}; views: ${[...sidebar.trees.keys()].join(', ')}`);
      await ready;
      await sidebar.store.refresh();
      return tree.topLevelItems();
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** The language the user reads: the `hds.language` setting, else VS Code's display language. */
function userLocale(): 'en' | 'fr' {
  return userLocaleOf(readConfig().language, vscode.env.language);
}
