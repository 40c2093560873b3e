// Completion through the bundled server over stdio, in a declaration split over several files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, cleanExampleCopy, examplesCopy, temporaryFolder } from './lspClient';

interface Item { label: string; kind?: number; detail?: string; textEdit?: { newText: string; range: unknown }; insertTextFormat?: number }
interface List { items: Item[] }

/** Opens `file` in `folder` with `textWithCursor` (cursor `|`) and returns the cursor position. */
function openAt(client: LspClient, folder: string, file: string, textWithCursor: string): { uri: string; position: { line: number; character: number } } {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const uri = pathToFileURL(path.join(folder, file)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
  return { uri, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The server has found the files on disk once it publishes their first diagnostics. */
function scanned(client: LspClient): Promise<unknown> {
  return client.waitFor('textDocument/publishDiagnostics');
}

describe('completion over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('declares completion with its trigger characters', async () => {
    client = new LspClient();
    const init = (await client.initialize([cleanExampleCopy()])) as { capabilities: { completionProvider?: { triggerCharacters?: string[] } } };
    assert.ok(init.capabilities.completionProvider?.triggerCharacters?.includes('"'));
  });

  it('offers the subcontractors another file defines for `by:`', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' } });
    await scanned(client);
    const original = fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8');
    const edited = original.replace('hardware:               { provided: subcontracted, by: [dc-nord, coffre-fort] }', 'hardware:               { provided: subcontracted, by: [|] }');
    const { uri, position } = openAt(client, folder, 'declaration.hds.yaml', edited);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(list.items.map((item) => item.label).sort(), ['astreinte-ops', 'coffre-fort', 'dc-nord', 'support-sgbd']);
    assert.equal(list.items.find((item) => item.label === 'dc-nord')!.detail, 'Datacentre Nord SAS');
  });

  it('completes a half-typed control id in a risk, in French, with the SoA from another file', async () => {
    const folder = cleanExampleCopy();
    client = new LspClient();
    await client.initialize([folder], { locale: 'fr', settings: { asOf: '2026-11-22' } });
    await scanned(client);
    const risks = fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8').replace('    controls: ["7.10", "8.12"]', '    controls:\n      - 8.2|');
    const { uri, position } = openAt(client, folder, 'risks.hds.yaml', risks);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    const crypto = list.items.find((item) => item.label === '8.24');
    assert.ok(crypto);
    assert.equal(crypto.detail, 'Utilisation de la cryptographie');
    assert.equal(crypto.textEdit?.newText, '"8.24"');
  });

  it('answers at once while typing in a large file, before the declaration is re-checked', async () => {
    const folder = cleanExampleCopy();
    const file = path.join(folder, 'risks.hds.yaml');
    // Over the size where completion stops waiting for a fresh check.
    const padding = Array.from({ length: 1200 }, (_, index) => `  - id: X-${index}\n    scenario: A\n    title: Padding risk ${index}\n`).join('');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + padding);
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' } });
    await scanned(client);
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const typed = `${text}  - id: X-new\n    scenario: |\n`;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed.replace('|', '') }] });
    const lines = typed.slice(0, typed.indexOf('|')).split('\n');
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    assert.equal(list.items.length, 15, 'the 13 events and the families B and D');
    assert.ok(list.items.some((item) => item.label === 'B.c'));
  });

  it('offers the starter declaration in an empty new file outside any declaration', async () => {
    const folder = temporaryFolder('hds-empty-');
    client = new LspClient();
    await client.initialize([folder]);
    const { uri, position } = openAt(client, folder, 'new.hds.yaml', '|');
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    const starter = list.items.find((item) => item.kind === 15 /* Snippet */);
    assert.ok(starter);
    assert.match(starter.textEdit!.newText, /^# HDS v2 declaration[^\n]*\nhds: 2\n/);
  });

  it('offers the evidence files of the workspace, relative to the declaration file, folder by folder', async () => {
    const folder = examplesCopy('hds-evidence-');
    client = new LspClient();
    await client.initialize([folder], { settings: { asOf: '2026-11-22' } });
    await scanned(client);
    const soa = fs.readFileSync(path.join(folder, 'soa.hds.yaml'), 'utf8').replace('evidence: [evidence/pssi.md]', 'evidence: [ev|]');
    const { uri, position } = openAt(client, folder, 'soa.hds.yaml', soa);
    const top = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
    const evidence = top.items.find((item) => item.label === 'evidence/');
    assert.ok(evidence, top.items.map((item) => item.label).join(', '));
    assert.equal(evidence.textEdit?.newText, 'evidence/');
    const inside = soa.replace('evidence: [ev|]', 'evidence: [evidence/|]');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: inside.replace('|', '') }] });
    const second = { line: position.line, character: position.character + 'idence/'.length };
    const files = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: second, context: { triggerKind: 2, triggerCharacter: '/' } });
    assert.deepEqual(files.items.map((item) => item.label).sort(), ['access-policy.md', 'backup-plan.md', 'continuity-plan.md', 'pssi.md', 'supplier-register.md']);
    assert.equal(files.items.find((item) => item.label === 'pssi.md')!.textEdit?.newText, 'evidence/pssi.md');
  });
});
