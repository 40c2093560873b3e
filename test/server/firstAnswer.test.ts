// The first answer is the final one: a file opened right after `initialized`, before the server
// has its settings and has found the file's siblings, gets no diagnostics or answers computed
// without them. The client answers the configuration request late, as a busy editor does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, REPO, cleanExampleCopy, positionOf, temporaryFolder } from './lspClient';

interface PublishedDiagnostics { uri: string; diagnostics: { code: string; message: string }[] }
interface HoverResult { contents: { value: string } }
interface CoverageAnswer { declarations: { uris: string[]; riskEventsCovered: number; activitiesCovered: number }[] }

/** Every diagnostics notification so far, grouped by file in the order they were published. */
function publishedByUri(client: LspClient): Map<string, string[][]> {
  const byUri = new Map<string, string[][]>();
  for (const message of client.notifications) {
    if (message.method !== 'textDocument/publishDiagnostics') continue;
    const params = message.params as PublishedDiagnostics;
    const list = byUri.get(params.uri) ?? [];
    list.push(params.diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`).sort());
    byUri.set(params.uri, list);
  }
  return byUri;
}

/** Waits until the server has published nothing new for `quietMs`. */
async function settled(client: LspClient, quietMs = 600): Promise<void> {
  let count = -1;
  while (count !== client.notifications.length) {
    count = client.notifications.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

function openRightAway(client: LspClient, file: string): string {
  const uri = pathToFileURL(file).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text: fs.readFileSync(file, 'utf8') } });
  return uri;
}

describe('first answers over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('publishes the final diagnostics first for the main file of a split declaration opened at once', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' }, configurationDelayMs: 300 });
    const main = openRightAway(client, path.join(folder, 'declaration.hds.yaml'));
    await client.waitFor('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => params.uri === main);
    await settled(client);
    const byUri = publishedByUri(client);
    assert.deepEqual(byUri.get(main)?.[0], [], 'the first diagnostics of the clean main file are empty');
    assert.equal(byUri.size, 4, [...byUri.keys()].join(', '));
    for (const [uri, published] of byUri) assert.deepEqual(published[0], published.at(-1), `${uri}: first and last diagnostics differ`);
  });

  it('publishes no unknown-subcontractor flash in a broken split declaration', async () => {
    const folder = temporaryFolder('hds-first-broken-');
    fs.cpSync(path.join(REPO, 'examples', 'broken'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' }, configurationDelayMs: 300 });
    const main = openRightAway(client, path.join(folder, 'declaration.hds.yaml'));
    await client.waitFor('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => params.uri === main);
    await settled(client);
    const byUri = publishedByUri(client);
    assert.ok(byUri.size > 1, 'the sibling files are part of the declaration');
    for (const [uri, published] of byUri) assert.deepEqual(published[0], published.at(-1), `${uri}: first and last diagnostics differ`);
  });

  it('answers hover and coverage sent at once against the whole declaration', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2029-06-20' }, configurationDelayMs: 300 });
    const file = path.join(folder, 'declaration.hds.yaml');
    const main = openRightAway(client, file);
    const text = fs.readFileSync(file, 'utf8');
    const [hover, coverage] = await Promise.all([
      client.request<HoverResult>('textDocument/hover', { textDocument: { uri: main }, position: positionOf(text, 'operator: dc-nord', 12) }),
      client.request<CoverageAnswer>('hds/coverage', { uri: main }),
    ]);
    assert.match(hover.contents.value, /Datacentre Nord SAS/);
    assert.equal(coverage.declarations.length, 1);
    assert.equal(coverage.declarations[0].uris.length, 4);
    assert.equal(coverage.declarations[0].riskEventsCovered, 13);
  });
});
