// Navigation through the bundled server over stdio, in the examples' declaration split over four files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, cleanExampleCopy, positionOf } from './lspClient';

interface Location { uri: string; range: { start: { line: number; character: number } } }
interface Symbol { name: string; detail?: string; children?: Symbol[] }

describe('navigation over stdio', function () {
  this.timeout(30_000);
  let client: LspClient;
  let folder: string;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const textOf = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

  before(async () => {
    folder = cleanExampleCopy();
    client = new LspClient();
    const init = (await client.initialize([folder], { settings: { asOf: '2026-11-22' } })) as { capabilities: Record<string, unknown> };
    for (const capability of ['definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider']) {
      assert.ok(init.capabilities[capability], capability);
    }
    await client.waitFor('textDocument/publishDiagnostics');
  });
  after(() => client.shutdown());

  it('goes to a subcontractor defined in another file, and finds its uses', async () => {
    const textDocument = { uri: uriOf('declaration.hds.yaml') };
    const position = positionOf(textOf('declaration.hds.yaml'), 'dc-nord, coffre-fort], sites', 2);
    const definitions = await client.request<Location[]>('textDocument/definition', { textDocument, position });
    assert.deepEqual(definitions.map((location) => [location.uri, location.range.start.line]), [[uriOf('subcontractors.hds.yaml'), 2]]);
    const references = await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: false } });
    assert.equal(references.length, 5);
  });

  it('renames a storage site in every file, and refuses a control id with a reason', async () => {
    const textDocument = { uri: uriOf('declaration.hds.yaml') };
    const position = positionOf(textOf('declaration.hds.yaml'), 'site: lille-2', 7);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument, position });
    assert.equal(prepared.placeholder, 'lille-2');
    const edit = await client.request<{ changes: Record<string, unknown[]> }>('textDocument/rename', { textDocument, position, newName: 'roubaix-1' });
    assert.deepEqual(Object.values(edit.changes).flat().length, 2);

    const risks = { uri: uriOf('risks.hds.yaml') };
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: risks, position: positionOf(textOf('risks.hds.yaml'), '"8.13"', 2) }),
      /Annex A control/,
    );
  });

  it('outlines a file, lists workspace symbols and folds', async () => {
    const textDocument = { uri: uriOf('subcontractors.hds.yaml') };
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument });
    assert.deepEqual(symbols[0].children!.map((symbol) => `${symbol.name} ${symbol.detail}`), ['dc-nord Datacentre Nord SAS', 'coffre-fort Coffre-Fort Numérique GmbH', 'support-sgbd Base Solutions Inc.', 'astreinte-ops Astreinte Ops SARL']);
    const found = await client.request<{ name: string; location: Location }[]>('workspace/symbol', { query: 'coffre' });
    assert.deepEqual(found.map((symbol) => symbol.name), ['coffre-fort']);
    const folds = await client.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument });
    assert.ok(folds.some((fold) => fold.startLine === 2), JSON.stringify(folds));
  });
});
