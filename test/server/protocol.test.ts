// The typed protocol on the bundled server over stdio: the starter declaration comes from the
// server, and settings are pulled (workspace/configuration) again on didChangeConfiguration.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { starterDeclaration } from '../../server/src/engine';
import { CoverageChangedNotification, StarterDeclarationRequest, type StarterDeclarationResult } from '../../server/src/protocol';
import { LspClient, temporaryFolder } from './lspClient';

describe('the HDS protocol over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('gives the starter declaration, in the server’s language or the one asked for', async () => {
    client = new LspClient();
    await client.initialize([temporaryFolder('hds-starter-')], { locale: 'fr' });
    const french = await client.request<StarterDeclarationResult>(StarterDeclarationRequest.method, {});
    assert.deepEqual(french, starterDeclaration({ locale: 'fr', split: true }));
    assert.deepEqual(Object.keys(french).sort(), ['declaration.hds.yaml', 'risks.hds.yaml', 'soa.hds.yaml', 'subcontractors.hds.yaml']);
    const english = await client.request<StarterDeclarationResult>(StarterDeclarationRequest.method, { locale: 'en' });
    assert.deepEqual(english, starterDeclaration({ locale: 'en', split: true }));
    assert.notDeepEqual(english, french);
  });

  it('gives the starter in the language of hds.language, over the editor’s, and after the setting changes with no declaration yet', async () => {
    const settings: Record<string, unknown> = { language: 'fr' };
    client = new LspClient();
    await client.initialize([temporaryFolder('hds-starter-setting-')], { locale: 'en', settings });
    const french = await client.request<StarterDeclarationResult>(StarterDeclarationRequest.method, {});
    assert.deepEqual(french, starterDeclaration({ locale: 'fr', split: true }));
    assert.match(french['declaration.hds.yaml'], /^# Déclaration HDS v2/);

    // No declaration: nothing is re-checked, yet the next starter follows the new setting.
    settings.language = 'en';
    client.notify('workspace/didChangeConfiguration', { settings: null });
    let english: StarterDeclarationResult = french;
    for (let attempt = 0; attempt < 50 && english === french; attempt++) {
      const answer = await client.request<StarterDeclarationResult>(StarterDeclarationRequest.method, {});
      if (answer['declaration.hds.yaml'].startsWith('# HDS v2 declaration')) english = answer;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(english, starterDeclaration({ locale: 'en', split: true }));
  });

  it('pulls the settings again when they change', async () => {
    const folder = temporaryFolder('hds-settings-');
    fs.writeFileSync(path.join(folder, 'main.hds.yaml'), 'hds: 2\n');
    const uri = pathToFileURL(path.join(folder, 'main.hds.yaml')).href;
    const settings: Record<string, unknown> = { language: 'en' };
    client = new LspClient();
    const registered: unknown[] = [];
    client.onRequest('client/registerCapability', (params) => registered.push(params));
    await client.initialize([folder], { settings });
    type Published = { uri: string; diagnostics: { message: string }[] };
    const english = await client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri);
    assert.match(english.diagnostics[0].message, /^The declaration has no/);
    assert.match(JSON.stringify(registered), /workspace\/didChangeConfiguration/);

    settings.language = 'fr';
    const since = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const french = await client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri, 10_000, since);
    assert.match(french.diagnostics[0].message, /^La déclaration n’a de section/);
    await client.waitFor(CoverageChangedNotification.method, () => true, 10_000, since);
  });
});
