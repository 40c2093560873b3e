// Sovereignty rules through the bundled server, as an editor sees them: La Réunion is in the EEA,
// French Polynesia is not, a standing access on an art. 49 derogation is an error, the host's own
// access and exposure are checked like a subcontractor's, and the sidebar shows the host's row.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CoverageChangedNotification, CoverageRequest, type CoverageResult } from '../../server/src/protocol';
import { LspClient, REPO, temporaryFolder } from './lspClient';

interface PublishedDiagnostics { uri: string; version?: number; diagnostics: { code: string; message: string; severity: number; range: { start: { line: number } } }[] }

describe('sovereignty over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('reads storage in La Réunion as EEA storage, French Polynesia as outside it, and a derogation as no basis', async () => {
    const folder = temporaryFolder('hds-sovereignty-');
    fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
    fs.rmSync(path.join(folder, 'broken'), { recursive: true, force: true });
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' } });
    const file = path.join(folder, 'declaration.hds.yaml');
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /country: RE/);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    // The example keeps backups in La Réunion and its support team in Tunis under SCC: no finding at all.
    const clean = await client.waitFor<PublishedDiagnostics>('textDocument/publishDiagnostics', (params) => params.uri === uri);
    assert.deepEqual(clean.diagnostics.map((diagnostic) => diagnostic.code), []);

    const edited = text.replace('country: RE', 'country: PF').replace('basis: scc', 'basis: derogation');
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const after = await client.waitFor<PublishedDiagnostics>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0, 10_000, since);
    const lines = edited.split('\n');
    const storage = after.diagnostics.find((diagnostic) => diagnostic.code === 'storage-outside-eea');
    assert.ok(storage, JSON.stringify(after.diagnostics.map((diagnostic) => diagnostic.code)));
    assert.match(storage.message, /French Polynesia \(‘PF’\)\. Case: Overseas country or territory \(OCT\)/);
    assert.match(lines[storage.range.start.line], /country: PF/);
    const derogation = after.diagnostics.find((diagnostic) => diagnostic.code === 'remote-access-without-basis');
    assert.ok(derogation);
    assert.match(derogation.message, /art\. 49 derogation covers only occasional transfers/);
    assert.match(lines[derogation.range.start.line], /basis: derogation/);
    assert.equal(derogation.severity, 1);
  });

  it('shows the host’s own row first in the sidebar data, with its chapter 8 answers', async () => {
    const folder = temporaryFolder('hds-sovereignty-');
    fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
    fs.rmSync(path.join(folder, 'broken'), { recursive: true, force: true });
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' } });
    await client.waitFor(CoverageChangedNotification.method);
    const coverage = await client.request<CoverageResult>(CoverageRequest.method, {});
    const host = coverage.declarations[0].host!;
    assert.equal(host.kind, 'host');
    assert.deepEqual(host.answers, { remoteAccess: 'declared', laws: 'declared', secnumcloud: 'declared' });
    assert.deepEqual(host.remoteAccess, [{ from: 'TN', basis: 'scc', purpose: 'Level-1 support by Exemple Santé Tunisie, the group\'s own team in Tunis' }]);
  });
});
