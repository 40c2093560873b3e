// The bundled language server on a hostile repository: a declaration file linked to /dev/zero
// beside a file the editor opens, a named pipe announced by a "file created" event, and more
// declaration files than the limit. Each is reported, none is read, and the server stays up.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanExampleCopy, LspClient, temporaryFolder } from './lspClient';

interface Published { uri: string; diagnostics: { code: string; message: string }[] }

describe('the language server on a hostile repository', function () {
  this.timeout(120_000);
  let client: LspClient;
  afterEach(() => client?.shutdown());

  it('reports a declaration file linked to /dev/zero beside an opened file, and a named pipe created later, without reading them', async () => {
    const workspace = cleanExampleCopy();
    const outside = temporaryFolder('hds-server-outside-');
    fs.writeFileSync(path.join(outside, 'main.hds.yaml'), 'hds: 2\norganization: { name: Clinique }\n');
    fs.symlinkSync('/dev/zero', path.join(outside, 'zero.hds.yaml'));
    client = new LspClient();
    await client.initialize([workspace]);
    const unreadable = (file: string) => (params: Published) => params.uri === pathToFileURL(file).href && params.diagnostics.some((diagnostic) => diagnostic.code === 'unreadable-file');
    // Opened outside every workspace folder: the files beside it come in, the link among them.
    const opened = path.join(outside, 'main.hds.yaml');
    client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(opened).href, languageId: 'hds-yaml', version: 1, text: fs.readFileSync(opened, 'utf8') } });
    const zero = await client.waitFor<Published>('textDocument/publishDiagnostics', unreadable(path.join(outside, 'zero.hds.yaml')), 60_000);
    assert.match(zero.diagnostics.find((diagnostic) => diagnostic.code === 'unreadable-file')!.message, /symbolic link/);
    const pipe = path.join(workspace, 'pipe.hds.yaml');
    execFileSync('mkfifo', [pipe]);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(pipe).href, type: 1 }] });
    const published = await client.waitFor<Published>('textDocument/publishDiagnostics', unreadable(pipe), 60_000);
    assert.match(published.diagnostics.find((diagnostic) => diagnostic.code === 'unreadable-file')!.message, /named pipe/);
    // Still answering.
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri: pathToFileURL(opened).href }, position: { line: 0, character: 1 } }) !== undefined);
  });

  it('says so when the workspace holds more declaration files than it reads', async () => {
    const workspace = temporaryFolder('hds-server-many-');
    fs.writeFileSync(path.join(workspace, 'main.hds.yaml'), 'hds: 2\n');
    for (let i = 0; i < 5000; i++) fs.writeFileSync(path.join(workspace, `part-${i}.hds.yaml`), 'x: 1\n');
    client = new LspClient();
    // A warning the editor shows (window/showMessageRequest, answered with no action).
    const shown = new Promise<{ type: number; message: string }>((resolve) => client.onRequest('window/showMessageRequest', (params) => (resolve(params as { type: number; message: string }), null)));
    await client.initialize([workspace]);
    assert.deepEqual(await shown, { type: 2, message: 'HDS: more than 5,000 declaration files (*.hds.yaml) in the workspace; only the first 5,000 found are checked.', actions: [] });
  });
});
