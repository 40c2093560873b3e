// The HDS Studio client: starts the bundled language server for `*.hds.yaml` files.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { readConfig, SECTION } from './config';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
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
  client = new LanguageClient('hds', 'HDS Studio', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('hds.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('hds.showOutput', () => client?.outputChannel.show()),
  );
  await client.start();
  context.subscriptions.push(client);
  client.outputChannel.appendLine(`HDS Studio activated in ${Date.now() - started} ms`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
