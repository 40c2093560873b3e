// The web extension (package.json `browser`): HDS Studio in vscode.dev, github.dev and the GitLab
// Web IDE. The language server is the same, bundled for a web worker (dist/browser/server.js); it
// has no disk, so it asks this client for the files, which reads them through the editor's file
// system (webFiles.ts). Everything else is shared with the desktop extension (activation.ts).
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import type { HdsStudioApi } from './api';
import { CONFIG_FILE_NAME, LANGUAGE_ID } from './config';
import { clientOptionsFor, startClient } from './activation';
import { serveFiles } from './webFiles';

/** The web worker constructor of the browser's extension host (no DOM types in this project). */
declare const Worker: new (url: string) => Extract<ServerOptions, { postMessage: unknown }>;

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): HdsStudioApi {
  const started = Date.now();
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js').toString(true));
  // Any scheme: the workspace is the editor's (vscode-vfs: on github.dev, for instance), not the disk.
  // Every file is watched: evidence files too, whose existence the server asks about.
  const clientOptions = clientOptionsFor([{ language: LANGUAGE_ID }, { pattern: `**/${CONFIG_FILE_NAME}` }], [vscode.workspace.createFileSystemWatcher('**/*')]);
  client = new LanguageClient('hds', 'HDS Studio', worker, clientOptions);
  context.subscriptions.push(serveFiles(client));
  return startClient(context, client, started, true);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
