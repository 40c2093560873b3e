// Quick fixes, code lenses and commands through the bundled server, as an editor uses them: ask
// for the fixes of a published diagnostic, apply the edit, send the new text, and watch the
// diagnostic go; commands come back as workspace/applyEdit requests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, positionOf, REPO, temporaryFolder } from './lspClient';

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

  it('adds a risk for an uncovered event in the risks file of a split declaration: warnings stay until it is assessed', async () => {
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
    assert.match(after.slice(before.trimEnd().length), /^\n\n {2}- id: R-14\n {4}scenario: B\.c\n {4}title: Reallocation of storage space\n {4}activities: \[physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup\]\n {4}likelihood: TODO\n {4}impact: TODO\n {4}treatment: TODO\n {4}controls: \[TODO\] {2}# to assess/);

    // The risk is there, but not assessed: the event stays uncovered and each TODO is a warning.
    const added = await editor.diagnostics(risks, () => true, since);
    assert.deepEqual(added.diagnostics.map((d) => [d.code, d.severity]), [['risk-event-uncovered', 1], ['risk-unassessed', 2], ['placeholder-left', 2], ['placeholder-left', 2], ['placeholder-left', 2], ['placeholder-left', 2]]);
    assert.match(String(added.diagnostics[0].message), /EXI-05 event B\.c \(Reallocation of storage space\) is named only by risks not yet assessed \(‘R-14’\)/);
    assert.deepEqual((await editor.codeActions(risks, [added.diagnostics[0]])).filter((action) => action.kind === 'quickfix').map((action) => action.title), [], 'no second risk for B.c');
    assert.deepEqual(await editor.codeActions(risks, [], ['source']), [], 'nothing left to add');

    // The owner answers: the risk covers B.c and nothing is left.
    const answered = editor.texts.get(risks)!.replace('likelihood: TODO', 'likelihood: 2').replace('impact: TODO', 'impact: 4').replace('treatment: TODO', 'treatment: reduce').replace('controls: [TODO]', 'controls: ["8.10"]');
    const sinceAnswer = client!.notifications.length;
    editor.applyEdit({ changes: { [risks]: [{ range: { start: { line: 0, character: 0 }, end: { line: editor.texts.get(risks)!.split('\n').length, character: 0 } }, newText: answered }] } });
    const fixed = await editor.diagnostics(risks, () => true, sinceAnswer);
    assert.deepEqual(fixed.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
    assert.deepEqual(await editor.codeActions(risks, [diagnostic]), [], 'the stale diagnostic offers nothing');
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
    assert.equal(lenses[0].range.start.line, 3, 'over `risks:`');

    const since = client!.notifications.length;
    const result = await client!.request<{ applied: boolean }>('workspace/executeCommand', { command: 'hds.addRiskForEvent', arguments: [{ uri: risks, event: 'G' }] });
    assert.deepEqual(result, { applied: true });
    assert.equal(applied.length, 1);
    assert.match(editor.texts.get(risks)!, /- id: R-14\n {4}scenario: G\n {4}title: Panne compromettant continuité ou reprise\n/);
    // Added, not assessed: G stays uncovered, but the lens has nothing more to add.
    await editor.diagnostics(risks, (diagnostics) => diagnostics.some((d) => d.code === 'risk-unassessed'), since);

    const complete = await client!.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: risks } });
    assert.deepEqual(complete.map((lens) => lens.command), [{ title: '12/13 événements de risque HDS v2 couverts', command: '' }]);
    // Run again: a risk names the event, so there is nothing to apply.
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
    assert.match(line('5.2'), /^ {2}- \{ control: "5\.2", applicable: TODO \} +# Information security roles and responsibilities$/);
    assert.equal(line('5.2').indexOf('#'), originalLine('5.2').indexOf('#'));
    assert.ok(text.indexOf('control: "5.1"') < text.indexOf('control: "5.2"') && text.indexOf('control: "5.2"') < text.indexOf('control: "5.3"'));
    assert.ok(text.indexOf('control: "8.33"') < text.indexOf('control: "8.34"'));
    // Nothing is missing any more; whether each added control applies is left to the user: listed, each is undecided, an error.
    const added = await editor.diagnostics(soa, (diagnostics) => diagnostics.length > 0 && diagnostics.every((d) => d.code === 'missing-key' && d.severity === 1), since);
    assert.deepEqual(added.diagnostics.map((d) => text.split('\n')[d.range.start.line].match(/control: "([\d.]+)"/)?.[1]), ['5.2', '8.34']);
    assert.deepEqual(await editor.codeActions(main, [], ['source']), []);
  });

  it('shows a finding an exception accepts as information, counts it apart, gives it back its severity when the exception ends, and writes new exceptions', async () => {
    // R-01 loses its likelihood (risk-unassessed, and event A uncovered); the declaration accepts the first.
    const folder = exampleCopy((files) => {
      files['risks.hds.yaml'] = files['risks.hds.yaml'].replace('    likelihood: 1\n    impact: 4\n    treatment: reduce\n    controls: ["7.5", "8.13", "8.14"]', '    impact: 4\n    treatment: reduce\n    controls: ["7.5", "8.13", "8.14"]');
      files['declaration.hds.yaml'] += 'exceptions:\n  - rule: risk-unassessed\n    target: R-01\n    justification: Likelihood set at the March risk committee.\n    approved_by: Claire Martin, RSSI\n    until: 2027-03-31\n';
    });
    const { editor } = await start(folder);
    const risks = editor.open('risks.hds.yaml');
    const main = editor.open('declaration.hds.yaml');
    const published = await editor.diagnostics(risks, (diagnostics) => diagnostics.some((d) => d.code === 'risk-unassessed'));
    const accepted = published.diagnostics.find((d) => d.code === 'risk-unassessed')!;
    assert.equal(accepted.severity, 3, 'information');
    assert.match(String(accepted.message), / — accepted by Claire Martin, RSSI until 31 March 2027, because Likelihood set at the March risk committee\.$/);
    assert.deepEqual((await editor.codeActions(risks, [accepted])).map((action) => action.title), [], 'an accepted finding offers no second exception');

    const coverage = await client!.request<{ summary: { label: string; accepted: number; errors: number }; declarations: { counts: { accepted: number; information: number } }[] }>('hds/coverage', { uri: risks });
    assert.equal(coverage.summary.accepted, 1);
    assert.equal(coverage.summary.label, '6/6 · 1 error · 1 accepted');
    assert.deepEqual([coverage.declarations[0].counts.accepted, coverage.declarations[0].counts.information], [1, 0]);

    // The exception ended before "today" (2026-11-22): the warning is back.
    const since = client!.notifications.length;
    const text = editor.texts.get(main)!;
    const at = text.indexOf('2027-03-31');
    const lines = text.slice(0, at).split('\n');
    editor.applyEdit({ changes: { [main]: [{ range: { start: { line: lines.length - 1, character: lines.at(-1)!.length }, end: { line: lines.length - 1, character: lines.at(-1)!.length + 10 } }, newText: '2026-11-01' }] } });
    const ended = await editor.diagnostics(risks, (diagnostics) => diagnostics.some((d) => d.code === 'risk-unassessed' && d.severity === 2), since);
    assert.match(String(ended.diagnostics.find((d) => d.code === 'risk-unassessed')!.message), /\(the exception that accepted it ended on 1 November 2026\)$/);

    // "Accept as an exception…" on the uncovered event writes one with TODO, which is an error until answered.
    const uncovered = ended.diagnostics.find((d) => d.code === 'risk-event-uncovered')!;
    const actions = await editor.codeActions(risks, [uncovered]);
    const accept = actions.find((action) => action.kind === 'quickfix.hds.exception')!;
    assert.equal(accept.title, 'Accept ‘risk-event-uncovered’ on ‘A’ as an exception…');
    assert.deepEqual(Object.keys(accept.edit!.changes!), [main], 'the exception goes to the exceptions section');
    const sinceAccept = client!.notifications.length;
    editor.applyEdit(accept.edit!);
    assert.match(editor.texts.get(main)!, /\n {2}- rule: risk-event-uncovered\n {4}target: A\n {4}justification: TODO why this finding is accepted\n {4}approved_by: TODO name and role of who approved it\n {4}until: TODO last day \(YYYY-MM-DD\)\n$/);
    const written = await editor.diagnostics(main, (diagnostics) => diagnostics.some((d) => d.code === 'exception-incomplete'), sinceAccept);
    assert.deepEqual(written.diagnostics.map((d) => [d.code, d.severity]), [['placeholder-left', 2], ['placeholder-left', 2], ['placeholder-left', 2], ['exception-incomplete', 1]]);
  });

  it('judges accepted risks against the declaration’s threshold, which wins over the hds.riskAcceptanceThreshold setting; an older declaration falls back to the setting', async () => {
    // R-13 is accepted at level 4 (1 × 4) with who and when, and no justification.
    const withoutJustification = (files: Record<string, string>) => {
      files['risks.hds.yaml'] = files['risks.hds.yaml'].replace(/\n {6}justification: .*\n/, '\n');
    };
    const declared = exampleCopy(withoutJustification);
    const older = exampleCopy((files) => {
      withoutJustification(files);
      files['declaration.hds.yaml'] = files['declaration.hds.yaml'].replace(/\n# The risk criteria[\s\S]*$/, '\n');
    });
    client = new LspClient();
    await client.initialize([declared, older], { settings: { asOf: '2026-11-22', riskAcceptanceThreshold: 3 } });
    const editor = new Editor(client, older);
    const risks = editor.open('risks.hds.yaml');
    const published = await editor.diagnostics(risks, (diagnostics) => diagnostics.some((d) => d.code === 'risk-acceptance-unjustified'));
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['risk-acceptance-unjustified']);
    assert.match(String(published.diagnostics[0].message), /Risk ‘R-13’ is accepted at level 4 \(1 × 4\), above the acceptance threshold of 3 \(setting hds\.riskAcceptanceThreshold\)/);
    // The declaration that states its threshold (8) is judged on it: the setting's 3 does not apply.
    const own = new Editor(client, declared);
    const ownRisks = own.open('risks.hds.yaml');
    const judged = await own.diagnostics(ownRisks, () => true);
    assert.deepEqual(judged.diagnostics.filter((d) => String(d.code).startsWith('risk-')), []);
    const hovered = await client.request('textDocument/hover', { textDocument: { uri: ownRisks }, position: positionOf(own.texts.get(ownRisks)!, 'id: R-13', 5) }) as { contents: { value: string } } | null;
    assert.match(hovered!.contents.value, /threshold 8 \(risk\\_criteria of the declaration\), approved by Comité de direction on 12 January 2026: within it/);
  });
});
