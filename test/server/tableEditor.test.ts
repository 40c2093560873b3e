// Requests `hds/table` and `hds/tableEdit` (the table editor), on the bundled server over stdio:
// rows from the declaration as checked (open buffers included), an edit that a client applies as
// it is, refused when the text changed, and the table following the text once applied.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import type { CoverageChangedParams, TableEditResult, TableModel } from '../../server/src/protocol';
import { CoverageChangedNotification, TableEditRequest, TableRequest } from '../../server/src/protocol';
import { cleanExampleCopy, LspClient } from './lspClient';

const href = (file: string) => pathToFileURL(file).href;

describe('hds/table and hds/tableEdit over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('gives the 93 controls, an edit that keeps comments, and the table once the edit is in the text', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    const lsp = client;
    await lsp.initialize([folder], { settings: { asOf: '2026-11-22' }, workspaceCapabilities: { workspaceEdit: { documentChanges: true } } });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method);
    const file = path.join(folder, 'soa.hds.yaml');
    const uri = href(file);
    // The SoA open in an editor, 5.2 undecided in the buffer only.
    const text = fs.readFileSync(file, 'utf8').replace('{ control: "5.2", applicable: true,', '{ control: "5.2", applicable: TODO,');
    let since = lsp.notifications.length;
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, undefined, 10_000, since);

    const model = await lsp.request<TableModel | null>(TableRequest.method, { uri: href(path.join(folder, 'declaration.hds.yaml')), kind: 'soa', locale: 'fr' });
    assert.ok(model);
    assert.equal(model.rows.length, 93);
    assert.equal(model.progress.label, '92/93 mesures de l’annexe A tranchées');
    assert.deepEqual(model.rows.find((row) => row.key === '5.2')!.flags, ['undecided']);
    assert.equal(model.columns[0].header, 'Mesure');

    const answer = await lsp.request<TableEditResult>(TableEditRequest.method, { uri, kind: 'soa', keys: ['5.2', '5.3'], set: { applicable: true, status: 'planned' } });
    assert.equal(answer.message, undefined);
    const changes = answer.edit?.documentChanges as TextDocumentEdit[];
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].textDocument, { uri, version: 1 });
    const edited = TextDocument.applyEdits(TextDocument.create(uri, 'hds-yaml', 1, text), changes[0].edits as TextEdit[]);
    assert.ok(edited.includes('  - { control: "5.2", applicable: true, status: planned }                       # Information security roles and responsibilities\n'));
    assert.ok(edited.includes('  - { control: "5.3", applicable: true, status: planned }                       # Segregation of duties\n'));
    assert.equal(edited.split('\n').length, text.split('\n').length);

    // Once the client applied it, the table follows.
    since = lsp.notifications.length;
    lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, undefined, 10_000, since);
    const after = await lsp.request<TableModel | null>(TableRequest.method, { uri, kind: 'soa' });
    assert.equal(after?.progress.done, 93);
    assert.equal(after?.rows.find((row) => row.key === '5.3')!.values.status, 'planned');
    assert.equal(after?.filters.find((filter) => filter.id === 'planned')!.count, 3);

    // A request computed on version 2 is answered for version 2; bad requests get a message, not an error.
    const again = await lsp.request<TableEditResult>(TableEditRequest.method, { uri, kind: 'soa', keys: ['5.3'], set: { status: 'later' } });
    assert.deepEqual(again, { message: '"later" is not a value of Status.' });
    for (const params of [{}, null, { uri, kind: 'soa', keys: '5.1', set: {} }, { uri, kind: 'other', keys: [], set: {} }]) {
      const refused = await lsp.request<TableEditResult>(TableEditRequest.method, params);
      assert.match(refused.message ?? '', /^hds\/tableEdit expects/);
    }
    for (const params of [{}, null, { uri, kind: 'nope' }, { uri: href(path.join(folder, 'nowhere', 'x.hds.yaml')), kind: 'soa' }]) {
      assert.equal(await lsp.request<TableModel | null>(TableRequest.method, params), null);
    }
    const risks = await lsp.request<TableModel | null>(TableRequest.method, { uri, kind: 'risks' });
    assert.equal(risks?.rows.length, 13);
    assert.equal(risks?.rows[0].key, '0:R-01');
  });

  it('offers the table in the code lenses only to a client that announces it', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    const lsp = client;
    await lsp.initializeWith({
      processId: process.pid,
      rootUri: href(folder),
      workspaceFolders: [{ uri: href(folder), name: 'decl' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, experimental: { hdsTableEditor: true } },
    });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method);
    const uri = href(path.join(folder, 'soa.hds.yaml'));
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text: fs.readFileSync(path.join(folder, 'soa.hds.yaml'), 'utf8') } });
    const lenses = await lsp.request<{ command: { title: string; command: string; arguments?: unknown[] } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((lens) => lens.command.command), ['', 'hds.editSoaTable']);
    assert.deepEqual(lenses[1].command.arguments, [{ uri }]);
  });
});
