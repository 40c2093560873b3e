// Quick fixes, code lenses and commands through the bundled server, as an editor uses them: ask
// for the fixes of a published diagnostic, apply the edit, send the new text, and watch the
// diagnostic go; commands come back as workspace/applyEdit requests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, REPO, temporaryFolder } from './lspClient';

interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

/** The clean example (split over four files) in a temporary folder, with `change` applied to its files. */
function exampleCopy(change: (files: Record<string, string>) => void): string {
  const folder = temporaryFolder('hds-fix-');
  fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
  fs.rmSync(path.join(folder, 'broken'), { recursive: true, force: true });
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(folder).filter((entry) => entry.endsWith('.hds.yaml'))) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
  change(files);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'hds-yaml', 1, text), edits);

class Editor {
  readonly texts = new Map<string, string>();
  private versions = new Map<string, number>();
  constructor(readonly client: LspClient, readonly folder: string) {}

  uri(name: string): string {
    return pathToFileURL(path.join(this.folder, name)).href;
  }

  open(name: string): string {
    const uri = this.uri(name);
    const text = fs.readFileSync(path.join(this.folder, name), 'utf8');
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    this.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    return uri;
  }

  /** Applies a workspace edit to open buffers (as VS Code does) and tells the server. */
  applyEdit(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      assert.ok(this.texts.has(uri), `edit of a file that is not open: ${uri}`);
      const text = apply(this.texts.get(uri)!, edits);
      const version = this.versions.get(uri)! + 1;
      this.texts.set(uri, text);
      this.versions.set(uri, version);
      this.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
  }

  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, since = 0): Promise<Published> {
    return this.client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && accept(params.diagnostics), 10_000, since);
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }
}

describe('code actions, code lenses and commands over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  async function start(folder: string, locale = 'en'): Promise<{ editor: Editor; capabilities: Record<string, unknown> }> {
    client = new LspClient();
    const init = (await client.initialize([folder], { locale, settings: { asOf: '2026-11-22' } })) as { capabilities: Record<string, unknown> };
    return { editor: new Editor(client, folder), capabilities: init.capabilities };
  }

  it('fixes an uncovered risk event in the risks file of a split declaration; the fix is then gone', async () => {
    // Event B.c is covered by R-04 only: remove that risk.
    const folder = exampleCopy((files) => {
      files['risks.hds.yaml'] = files['risks.hds.yaml'].replace(/\n {2}- id: R-04\n[\s\S]*?\n\n/, '\n');
    });
    const { editor, capabilities } = await start(folder);
    assert.deepEqual((capabilities.executeCommandProvider as { commands: string[] }).commands, ['hds.addRiskForEvent', 'hds.addMissingRiskEvents', 'hds.addMissingControls']);
    const risks = editor.open('risks.hds.yaml');
    editor.open('declaration.hds.yaml');
    const published = await editor.diagnostics(risks, (diagnostics) => diagnostics.some((d) => d.code === 'risk-event-uncovered'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'risk-event-uncovered')!;
    assert.equal((diagnostic.data as { event: string }).event, 'B.c');

    const actions = await editor.codeActions(risks, [diagnostic]);
    const fix = actions.find((action) => action.title === 'Add a risk for event B.c');
    assert.ok(fix, JSON.stringify(actions.map((action) => action.title)));
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(Object.keys(fix.edit!.changes!), [risks], 'the risk goes to the risks file');
    const before = editor.texts.get(risks)!;
    const since = client!.notifications.length;
    editor.applyEdit(fix.edit!);
    const after = editor.texts.get(risks)!;
    // Appended after R-13, in the file's block style with a blank line between risks; nothing else moved.
    assert.ok(after.startsWith(before.trimEnd()), 'the existing text is kept as it was');
    assert.match(after.slice(before.trimEnd().length), /^\n\n {2}- id: R-14\n {4}scenario: B\.c\n {4}title: Reallocation of storage space\n {4}activities: \[physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup\]\n {4}controls: \[\] {2}# to assess/);

    const fixed = await editor.diagnostics(risks, () => true, since);
    assert.deepEqual(fixed.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
    assert.deepEqual(await editor.codeActions(risks, [diagnostic]), [], 'the stale diagnostic offers nothing');
    assert.deepEqual(await editor.codeActions(risks, [], ['source']), [], 'nothing left to add');
  });

  it('shows coverage lenses that run the fix commands, which the server applies with workspace/applyEdit', async () => {
    const folder = exampleCopy((files) => {
      files['risks.hds.yaml'] = files['risks.hds.yaml'].replace(/scenario: G\n/, 'scenario: A\n');
    });
    const { editor } = await start(folder, 'fr');
    const applied: { label?: string; edit: WorkspaceEdit }[] = [];
    client!.onRequest('workspace/applyEdit', (params) => {
      const request = params as { label?: string; edit: WorkspaceEdit };
      applied.push(request);
      editor.applyEdit(request.edit);
      return { applied: true };
    });
    const risks = editor.open('risks.hds.yaml');
    await editor.diagnostics(risks, (diagnostics) => diagnostics.length > 0);

    const lenses = await client!.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: risks } });
    assert.deepEqual(lenses.map((lens) => lens.command), [{ title: '12/13 événements de risque HDS v2 couverts', command: 'hds.addMissingRiskEvents', arguments: [{ uri: risks }] }]);
    assert.equal(lenses[0].range.start.line, 2, 'over `risks:`');

    const since = client!.notifications.length;
    const result = await client!.request<{ applied: boolean }>('workspace/executeCommand', { command: 'hds.addRiskForEvent', arguments: [{ uri: risks, event: 'G' }] });
    assert.deepEqual(result, { applied: true });
    assert.equal(applied.length, 1);
    assert.match(editor.texts.get(risks)!, /- id: R-14\n {4}scenario: G\n {4}title: Panne compromettant continuité ou reprise\n/);
    await editor.diagnostics(risks, (diagnostics) => diagnostics.length === 0, since);

    const complete = await client!.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: risks } });
    assert.deepEqual(complete.map((lens) => lens.command), [{ title: '13/13 événements de risque HDS v2 couverts', command: '' }]);
    // Run again: the event is covered, so there is nothing to apply.
    assert.deepEqual(await client!.request('workspace/executeCommand', { command: 'hds.addRiskForEvent', arguments: [{ uri: risks, event: 'G' }] }), { applied: false });
    assert.deepEqual(await client!.request('workspace/executeCommand', { command: 'hds.addMissingRiskEvents', arguments: [{ uri: risks }] }), { applied: false });
    assert.deepEqual(await client!.request('workspace/executeCommand', { command: 'hds.addRiskForEvent', arguments: ['nonsense'] }), { applied: false });
    assert.equal(applied.length, 1);
  });

  it('adds missing Annex A controls to the SoA file from a source action in another file, in the flow style of its lines', async () => {
    const folder = exampleCopy((files) => {
      files['soa.hds.yaml'] = files['soa.hds.yaml'].replace(/ {2}- \{ control: "5\.2",.*\n/, '').replace(/ {2}- \{ control: "8\.34",.*\n/, '');
    });
    const { editor } = await start(folder);
    const soa = editor.open('soa.hds.yaml');
    const main = editor.open('declaration.hds.yaml');
    await editor.diagnostics(soa, (diagnostics) => diagnostics.filter((d) => d.code === 'soa-control-missing').length === 2);
    const actions = await editor.codeActions(main, [], ['source']);
    assert.deepEqual(actions.map((action) => [action.kind, action.title]), [['source', 'Add the 2 missing Annex A controls to the SoA']]);
    assert.deepEqual(Object.keys(actions[0].edit!.changes!), [soa]);
    const original = fs.readFileSync(path.join(REPO, 'examples', 'soa.hds.yaml'), 'utf8');
    const since = client!.notifications.length;
    editor.applyEdit(actions[0].edit!);
    const text = editor.texts.get(soa)!;
    // Each control is back after its predecessor, with its title as a comment in the column of the others.
    const line = (id: string) => text.split('\n').find((candidate) => candidate.includes(`control: "${id}"`))!;
    const originalLine = (id: string) => original.split('\n').find((candidate) => candidate.includes(`control: "${id}"`))!;
    assert.match(line('5.2'), /^ {2}- \{ control: "5\.2", applicable: true, status: planned \} +# Information security roles and responsibilities$/);
    assert.equal(line('5.2').indexOf('#'), originalLine('5.2').indexOf('#'));
    assert.ok(text.indexOf('control: "5.1"') < text.indexOf('control: "5.2"') && text.indexOf('control: "5.2"') < text.indexOf('control: "5.3"'));
    assert.ok(text.indexOf('control: "8.33"') < text.indexOf('control: "8.34"'));
    await editor.diagnostics(soa, (diagnostics) => diagnostics.length === 0, since);
    assert.deepEqual(await editor.codeActions(main, [], ['source']), []);
  });
});
