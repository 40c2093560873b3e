// Hover through the bundled server over stdio, in a declaration split over several files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, cleanExampleCopy, positionOf } from './lspClient';

interface HoverResult { contents: { kind: string; value: string }; range?: { start: { line: number; character: number } } }

/** The server has found the files on disk once it publishes their first diagnostics. */
function scanned(client: LspClient): Promise<unknown> {
  return client.waitFor('textDocument/publishDiagnostics');
}

describe('hover over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('describes a subcontractor defined in another file, with days left against hds.asOf', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    const init = (await client.initialize([folder], { settings: { asOf: '2029-06-20' } })) as { capabilities: { hoverProvider?: boolean } };
    assert.equal(init.capabilities.hoverProvider, true);
    await scanned(client);
    const file = path.join(folder, 'declaration.hds.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const result = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: positionOf(text, 'operator: dc-nord', 12) });
    assert.equal(result.contents.kind, 'markdown');
    assert.match(result.contents.value, /Datacentre Nord SAS[\s\S]*HDS-2024-0042[\s\S]*expires 30 June 2029 \(10 days left\)/);
  });

  it('speaks French and shows the rule behind a diagnostic of an open buffer', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    await client.initialize([folder], { locale: 'fr', settings: { asOf: '2026-11-22' } });
    await scanned(client);
    const file = path.join(folder, 'risks.hds.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('scenario: B.c', 'scenario: B.z');
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    const result = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'B.z') });
    assert.match(result.contents.value, /Règle `unknown-risk-event`/);
    const control = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '"8.24"') });
    assert.match(control.contents.value, /8\.24 Utilisation de la cryptographie[\s\S]*DdA : applicable — implemented/);
  });
});
