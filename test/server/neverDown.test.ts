// Never down, never a lost edit, over stdio: stale requests are cancelled and the server goes on;
// quick fixes and renames come as versioned edits for open documents, and are withheld when a
// closed file changed on disk since the server read it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { cleanExampleCopy, LspClient, positionOf } from './lspClient';

interface Published { uri: string; diagnostics: Diagnostic[] }

describe('server: never down, never a lost edit', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  async function start(folder: string, versioned: boolean): Promise<LspClient> {
    client = new LspClient();
    await client.initialize([folder], { workspaceCapabilities: versioned ? { workspaceEdit: { documentChanges: true } } : {} });
    return client;
  }

  /** The example with risk R-04 (the only one covering event B.c) removed from its risks file. */
  function folderWithUncoveredEvent(): { folder: string; risks: string; main: string } {
    const folder = cleanExampleCopy();
    const file = path.join(folder, 'risks.hds.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n {2}- id: R-04\n[\s\S]*?\n\n/, '\n'));
    return { folder, risks: pathToFileURL(file).href, main: pathToFileURL(path.join(folder, 'declaration.hds.yaml')).href };
  }

  const uncovered = (published: Published) => published.diagnostics.find((diagnostic) => diagnostic.code === 'risk-event-uncovered');

  async function fixesFor(lsp: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  it('answers a cancelled request with "cancelled" or its result, and keeps answering', async () => {
    const { folder, main } = folderWithUncoveredEvent();
    const lsp = await start(folder, false);
    const text = fs.readFileSync(new URL(main), 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri: main, languageId: 'hds-yaml', version: 1, text } });
    await lsp.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === main);
    const outcomes: string[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      const id = lsp.nextRequestId;
      const request = lsp.request('textDocument/references', { textDocument: { uri: main }, position: positionOf(text, 'dc-nord'), context: { includeDeclaration: true } });
      lsp.notify('$/cancelRequest', { id });
      pending.push(request.then(() => void outcomes.push('answered'), (error: Error) => void outcomes.push(/cancel/i.test(error.message) ? 'cancelled' : `failed: ${error.message}`)));
    }
    await Promise.all(pending);
    assert.deepEqual(outcomes.filter((outcome) => outcome !== 'answered' && outcome !== 'cancelled'), []);
    console.log(`      cancelled requests: ${outcomes.filter((outcome) => outcome === 'cancelled').length} of 20 cancelled, the others answered`);
    const references = await lsp.request<unknown[]>('textDocument/references', { textDocument: { uri: main }, position: positionOf(text, 'dc-nord'), context: { includeDeclaration: true } });
    assert.ok(references.length > 1, 'the server still answers');
  });

  it('gives an open document’s fix as a versioned edit', async () => {
    const { folder, risks } = folderWithUncoveredEvent();
    const lsp = await start(folder, true);
    lsp.notify('textDocument/didOpen', { textDocument: { uri: risks, languageId: 'hds-yaml', version: 7, text: fs.readFileSync(new URL(risks), 'utf8') } });
    const published = await lsp.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === risks && uncovered(params) !== undefined);
    const fix = (await fixesFor(lsp, risks, uncovered(published)!)).find((action) => action.title === 'Add a risk for event B.c');
    assert.ok(fix?.edit?.documentChanges, JSON.stringify(fix));
    assert.equal(fix.edit.changes, undefined);
    assert.deepEqual((fix.edit.documentChanges as TextDocumentEdit[]).map((change) => change.textDocument), [{ uri: risks, version: 7 }]);
  });

  it('withholds a fix for a closed file changed on disk since it was read, and a rename that would touch it', async () => {
    const { folder, risks, main } = folderWithUncoveredEvent();
    const lsp = await start(folder, true);
    const mainText = fs.readFileSync(new URL(main), 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri: main, languageId: 'hds-yaml', version: 1, text: mainText } });
    const published = await lsp.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === risks && uncovered(params) !== undefined);
    const diagnostic = uncovered(published)!;
    const before = (await fixesFor(lsp, risks, diagnostic)).find((action) => action.title === 'Add a risk for event B.c');
    assert.deepEqual((before?.edit?.documentChanges as TextDocumentEdit[] | undefined)?.map((change) => change.textDocument), [{ uri: risks, version: null }], 'a closed file has no version');

    // Someone (git, another editor) changes the risks file; no file event has reached the server yet.
    fs.appendFileSync(new URL(risks), '# edited elsewhere\n');
    const after = await fixesFor(lsp, risks, diagnostic);
    assert.deepEqual(after.filter((action) => action.title === 'Add a risk for event B.c'), [], 'the fix would write over the change');

    // Renaming the subcontractor touches the changed subcontractors file too: refused with the reason.
    fs.appendFileSync(path.join(folder, 'subcontractors.hds.yaml'), '# edited elsewhere\n');
    await assert.rejects(
      lsp.request('textDocument/rename', { textDocument: { uri: main }, position: positionOf(mainText, 'dc-nord'), newName: 'dc-north' }),
      /was modified since it was read/,
    );
  });
});
