// The HDS Studio client: starts the bundled language server for `*.hds.yaml` files and shows the
// HDS sidebar. `activate()` returns the API the end-to-end suite reads (see api.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { HdsStudioApi } from './api';
import { readConfig, SECTION } from './config';
import { CoverageRequestMethod, type CoverageParams, type CoverageResult } from './protocol';
import { createSidebar } from './sidebar';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): HdsStudioApi {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'hds-yaml' },
      { scheme: 'untitled', language: 'hds-yaml' },
    ],
    synchronize: {
      configurationSection: SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.hds.yaml'),
    },
    initializationOptions: { settings: readConfig() },
    outputChannelName: 'HDS Studio',
  };
  const languageClient = new LanguageClient('hds', 'HDS Studio', serverOptions, clientOptions);
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
  const sidebar = createSidebar(languageClient, ready);
  context.subscriptions.push(sidebar);

  return {
    ready,
    async coverage() {
      await ready;
      const params: CoverageParams = {};
      return languageClient.sendRequest<CoverageResult>(CoverageRequestMethod, params);
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
