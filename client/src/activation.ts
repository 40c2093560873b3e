// What the desktop extension (extension.ts, the server run by Node) and the web extension
// (browserExtension.ts, the server in a web worker) share: the client's options, its commands, the
// HDS sidebar, the preview and the export, and the API `activate()` returns (see api.ts).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import type { HdsStudioApi } from './api';
import { explicitSettings, readConfig, SECTION } from './config';
import { CoverageRequest, type CoverageParams } from './protocol';
import { RestartPolicy } from './serverRestarts';
import { GuaranteesPreview } from './guaranteesPreview';
import { registerExport } from './exportDocument';
import { registerImport } from './importSpreadsheet';
import { TableEditors } from './tableEditor';
import { userLocaleOf } from './locale';
import { createSidebar } from './sidebar';

/** The language the user reads: the `hds.language` setting, else VS Code's display language. */
export function userLocale(): 'en' | 'fr' {
  return userLocaleOf(readConfig().language, vscode.env.language);
}

/** The client options both extensions use, for the documents and watched files given. */
export function clientOptionsFor(documentSelector: LanguageClientOptions['documentSelector'], watched: vscode.FileSystemWatcher[]): LanguageClientOptions {
  const restarts = new RestartPolicy(() => (userLocale() === 'fr' ? 'fr' : 'en'));
  return {
    documentSelector,
    // Settings are pulled by the server (workspace/configuration), which registers for
    // didChangeConfiguration on `hds`; the first ones travel with initialize, so the first checks use them.
    synchronize: { fileEvents: watched },
    // Only the settings the user set: the others leave the repository configuration file in force.
    // As plain data: a browser's web worker takes only what structured cloning can copy.
    initializationOptions: { settings: JSON.parse(JSON.stringify(explicitSettings())) as unknown },
    middleware: {
      workspace: {
        configuration: (params, token, next) =>
          params.items.every((item) => item.section === SECTION)
            ? params.items.map((item) => JSON.parse(JSON.stringify(explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined))) as unknown)
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
}

/** Starts `languageClient` and everything shown around it; returns the extension's API. */
export function startClient(context: vscode.ExtensionContext, languageClient: BaseLanguageClient, started: number, inBrowser = false): HdsStudioApi {
  context.subscriptions.push(
    vscode.commands.registerCommand('hds.restartServer', async () => {
      // The Node client restarts its process; the browser's has no restart: stopped, then started again.
      const restartable = languageClient as BaseLanguageClient & { restart?: () => Promise<void> };
      if (restartable.restart) await restartable.restart();
      else {
        await languageClient.stop();
        await languageClient.start();
      }
    }),
    vscode.commands.registerCommand('hds.showOutput', () => languageClient.outputChannel.show()),
  );
  // This client opens the SoA and the risk register as tables: the server's code lenses offer it.
  languageClient.registerFeature({
    fillClientCapabilities: (capabilities) => {
      capabilities.experimental = { ...(capabilities.experimental as object | undefined), hdsTableEditor: true };
    },
    initialize: () => undefined,
    getState: () => ({ kind: 'static' }),
    clear: () => undefined,
  });
  const ready = languageClient.start().then(() => {
    languageClient.outputChannel.appendLine(`HDS Studio activated in ${Date.now() - started} ms`);
  });
  context.subscriptions.push(languageClient);
  const sidebar = createSidebar(languageClient, ready, userLocale, context.workspaceState);
  context.subscriptions.push(sidebar, new GuaranteesPreview(languageClient, sidebar.store, ready, userLocale), registerExport(languageClient, ready, userLocale, inBrowser), registerImport(languageClient, ready, userLocale));
  context.subscriptions.push(new TableEditors(languageClient, sidebar.store, ready, userLocale, vscode.Uri.joinPath(context.extensionUri, 'dist/tableEditor.js')));

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
