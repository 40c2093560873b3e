// The HDS language server in a browser's web worker (the web extension: vscode.dev, github.dev, the
// GitLab Web IDE): the same engine and features as the server run by Node, with the files read
// through the editor's file system (webFiles.ts) instead of the disk.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { webFiles } from './webFiles';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, webFiles(connection));
