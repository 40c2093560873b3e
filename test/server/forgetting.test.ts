// The server keeps nothing for a document once it is closed and belongs to no declaration: its
// parse, its declaration's check, what that cost, and the check kept for answering while typing. The server runs in this process, over an
// in-memory LSP connection, so that the test can read the sizes of what it keeps; the heap it
// took is printed, never asserted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection, createMessageConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import { nodeFiles } from '../../server/src/nodeFiles';
import { startServer, type ServerHandle } from '../../server/src/server';
import { REPO, temporaryFolder } from './lspClient';

interface Published { uri: string; diagnostics: unknown[] }

describe('what the server forgets', function () {
  this.timeout(60_000);
  let client: MessageConnection | undefined;
  afterEach(() => {
    client?.dispose();
    client = undefined;
  });

  /** A server in this process, and an LSP client connected to it. */
  function inProcess(): { server: ServerHandle; client: MessageConnection; published: (accept: (params: Published) => boolean) => Promise<Published> } {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(fromServer)), nodeFiles);
    const connection = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    const waiting: { accept: (params: Published) => boolean; resolve: (params: Published) => void }[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      const index = waiting.findIndex((waiter) => waiter.accept(params));
      if (index >= 0) waiting.splice(index, 1)[0].resolve(params);
    });
    connection.onRequest(() => null);
    connection.listen();
    return { server, client: connection, published: (accept) => new Promise((resolve) => waiting.push({ accept, resolve })) };
  }

  it('drops the parse and the check of each closed document that belongs to no declaration', async () => {
    const session = inProcess();
    client = session.client;
    const folder = temporaryFolder('hds-forget-');
    await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(folder).href, capabilities: {} });
    client.sendNotification('initialized', {});
    const text = fs.readFileSync(path.join(REPO, 'examples', 'declaration.hds.yaml'), 'utf8');
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const count = 200;
    for (let index = 0; index < count; index++) {
      // Outside the workspace folder, in a folder that is not on disk: once closed, in no declaration.
      const uri = pathToFileURL(path.join(folder, '..', `hds-nowhere-${process.pid}`, `copy-${index}`, 'declaration.hds.yaml')).href;
      const checked = session.published((params) => params.uri === uri && params.diagnostics.length > 0);
      client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
      await checked;
      if (index === 0) assert.deepEqual(session.server.cached(), { parses: 1, checks: 1, checkCosts: 1, published: 1, recentChecks: 1 }, 'an open document is kept');
      const cleared = session.published((params) => params.uri === uri && params.diagnostics.length === 0);
      client.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await cleared;
    }
    collect?.();
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(`      ${count} documents opened and closed: heap ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB more${collect ? '' : ' (no --expose-gc: not collected)'}`);
    assert.deepEqual(session.server.cached(), { parses: 0, checks: 0, checkCosts: 0, published: 0, recentChecks: 0 });
    await client.sendRequest('shutdown');
  });

  it('drops the declaration of a deleted folder, reported as one event for the folder, though its file is still open', async () => {
    const session = inProcess();
    client = session.client;
    const folder = temporaryFolder('hds-forget-folder-');
    const site = path.join(folder, 'site');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, 'declaration.hds.yaml'), 'hds: 2\n');
    const uri = pathToFileURL(path.join(site, 'declaration.hds.yaml')).href;
    const checked = session.published((params) => params.uri === uri && params.diagnostics.length > 0);
    await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(folder).href, capabilities: {} });
    client.sendNotification('initialized', {});
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text: 'hds: 2\n' } });
    await checked;
    // VS Code keeps the document open a while after its tab closes: no didClose comes.
    fs.rmSync(site, { recursive: true });
    const cleared = session.published((params) => params.uri === uri && params.diagnostics.length === 0);
    client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(site).href, type: 3 }] });
    await cleared;
    assert.deepEqual(session.server.cached(), { parses: 0, checks: 0, checkCosts: 0, published: 0, recentChecks: 0 });
    await client.sendRequest('shutdown');
  });
});
