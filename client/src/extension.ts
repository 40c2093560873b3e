// The HDS Studio client: starts the bundled language server for `*.hds.yaml` files and shows the
// HDS sidebar. `activate()` returns the API the end-to-end suite reads (see api.ts). The web
// extension (browserExtension.ts) shares all but how the server is started (activation.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { HdsStudioApi } from './api';
import { CONFIG_FILE_NAME, LANGUAGE_ID } from './config';
import { SERVER_NODE_OPTIONS } from './protocol';
import { clientOptionsFor, startClient } from './activation';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): HdsStudioApi {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions = clientOptionsFor(
    [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // The repository configuration file: completion, hover and its problems.
      { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
    ],
    [
      vscode.workspace.createFileSystemWatcher('**/*.hds.yaml'),
      vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
      // A folder deleted or moved away comes as one event for the folder, which the patterns above do
      // not match: deletions of any path, so the server drops the declaration files it held.
      vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
    ],
  );
  client = new LanguageClient('hds', 'HDS Studio', serverOptions, clientOptions);
  return startClient(context, client, started);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
