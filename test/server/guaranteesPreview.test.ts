// Request `hds/guaranteesDocument` (the editor's preview of the chapter 8 presentation of
// guarantees), on the bundled server over stdio: built from the declaration as checked, buffers included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoverageChangedParams, GuaranteesDocumentResult } from '../../server/src/protocol';
import { CoverageChangedNotification, GuaranteesDocumentRequest } from '../../server/src/protocol';
import { examplesCopy, LspClient } from './lspClient';

const AS_OF = '2026-11-22';
const href = (file: string) => pathToFileURL(file).href;

describe('hds/guaranteesDocument over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  async function start(locale = 'en'): Promise<{ lsp: LspClient; folder: string }> {
    const folder = examplesCopy('hds-guarantees-');
    client = new LspClient();
    await client.initialize([folder], { locale, settings: { asOf: AS_OF } });
    await client.waitFor<CoverageChangedParams>(CoverageChangedNotification.method);
    return { lsp: client, folder };
  }

  it('renders every actor of the example, without a banner, and follows an edit of a subcontractor’s name', async () => {
    const { lsp, folder } = await start();
    const declarationUri = href(path.join(folder, 'declaration.hds.yaml'));
    const result = await lsp.request<GuaranteesDocumentResult | null>(GuaranteesDocumentRequest.method, { uri: declarationUri });
    assert.ok(result);
    assert.equal(result.title, 'Presentation of guarantees — Exemple Santé SAS');
    assert.equal(result.errors, 0);
    assert.match(result.html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(result.html, /class="draft"/);
    for (const actor of ['Exemple Santé SAS', 'Datacentre Nord SAS', 'Coffre-Fort Numérique GmbH', 'Base Solutions Inc.']) assert.ok(result.html.includes(`<tr><td>${actor}</td>`), `${actor} is in the preview`);
    // Operators under the host's supervision are listed last, exempt, with their access; no internal id.
    assert.ok(result.html.includes('<tr><td>Astreinte Ops SARL</td><td>Subcontractor: Night on-call operation, under Exemple Santé&#39;s security policy and supervision</td><td>Exempt: '));
    assert.ok(!result.html.includes('support-sgbd'));

    const file = path.join(folder, 'subcontractors.hds.yaml');
    const uri = href(file);
    const text = fs.readFileSync(file, 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    const renamed = text.replace('name: Base Solutions Inc.', 'name: Base Solutions & Partners');
    assert.notEqual(renamed, text);
    const since = lsp.notifications.length;
    lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: renamed }] });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, (params) => params.roots.includes(href(folder)), 10_000, since);
    const edited = await lsp.request<GuaranteesDocumentResult | null>(GuaranteesDocumentRequest.method, { uri: declarationUri });
    assert.ok(edited?.html.includes('<tr><td>Base Solutions &amp; Partners</td>'));
    assert.ok(!edited?.html.includes('Base Solutions Inc.'));
  });

  it('renders a declaration with errors under the DRAFT banner, in the language asked for', async () => {
    const { lsp, folder } = await start();
    const result = await lsp.request<GuaranteesDocumentResult | null>(GuaranteesDocumentRequest.method, { uri: href(path.join(folder, 'broken', 'declaration.hds.yaml')), locale: 'fr' });
    assert.ok(result);
    assert.ok(result.errors > 0);
    assert.match(result.html, /<html lang="fr">/);
    // `errors` counts what keeps it a draft: errors and undecided answers, which the banner names apart.
    assert.match(result.html, /<p class="draft" role="alert">BROUILLON — la déclaration comporte \d+\u00a0erreurs et \d+\u00a0réponses en suspens au 22\u00a0novembre 2026\u00a0: document à ne pas remettre\.<\/p>/);
    const [, errors, undecided] = /comporte (\d+)\u00a0erreurs et (\d+)\u00a0réponses/.exec(result.html)!;
    assert.equal(Number(errors) + Number(undecided), result.errors);
    assert.match(result.title, /^Présentation des garanties — /);
  });

  it('answers null for a file outside every declaration and for odd parameters', async () => {
    const { lsp, folder } = await start();
    for (const params of [{ uri: href(path.join(folder, 'nowhere', 'x.hds.yaml')) }, {}, null, { uri: 42 }]) {
      assert.equal(await lsp.request<GuaranteesDocumentResult | null>(GuaranteesDocumentRequest.method, params), null);
    }
  });
});
