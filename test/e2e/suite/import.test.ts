// "HDS: Import from spreadsheet…" in a real VS Code: our own SoA export read back into a new file,
// and a changed sheet merged into the example's soa.hds.yaml as one edit that Undo takes back. The
// quick picks and dialogs are skipped through the command's documented second argument
// (client/src/importSpreadsheet.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, fileUri, manifest, open, preview, workspaceFolder } from './helpers';

const COMMAND = 'hds.importSpreadsheet';

interface ImportOutcome {
  target: string;
  counts: { read: number; added: number; updated: number; unchanged: number };
  problems: { row: number; column?: string; value?: string; message: string }[];
  report: string[];
}

describe('HDS: Import from spreadsheet…', () => {
  let scratch: string;
  before(async () => {
    await api();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-e2e-import-'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('is offered in the command palette', () => {
    const contributes = manifest().contributes as { commands?: { command: string; title: string }[] };
    assert.equal(contributes.commands?.find((entry) => entry.command === COMMAND)?.title, '%command.importSpreadsheet%', preview(contributes.commands));
  });

  it('reads our French SoA export back into a new declaration file, every row mapped', async () => {
    await open('declaration.hds.yaml', true);
    const sheet = vscode.Uri.file(path.join(scratch, 'soa.csv'));
    assert.ok(await vscode.commands.executeCommand(`hds.export`, undefined, { kind: 'soa', format: 'csv', locale: 'fr', target: sheet.toString() }));
    // Outside the workspace's declaration: a new file in a folder of its own.
    const target = vscode.Uri.file(path.join(scratch, 'new', 'soa.hds.yaml'));
    fs.mkdirSync(path.dirname(target.fsPath));
    const result = await vscode.commands.executeCommand<ImportOutcome | undefined>(COMMAND, undefined, { kind: 'soa', source: sheet.toString(), target: target.toString(), locale: 'fr' });
    assert.ok(result, 'imported');
    assert.deepEqual(result.counts, { read: 93, added: 93, updated: 0, unchanged: 0 });
    assert.deepEqual(result.problems, []);
    assert.match(result.report[0], /93 lus, en-têtes en ligne 1/);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.toString());
    assert.ok(document, 'the new file is open');
    assert.match(document.getText(), /^# Déclaration d’applicabilité/);
    assert.match(document.getText(), /\n {2}- \{ control: "7\.9", applicable: false, justification: "Aucun équipement/);
    await document.save();
  });

  it('merges a changed sheet into soa.hds.yaml in place, comments kept, and Undo takes it back', async () => {
    const document = await open('soa.hds.yaml', true);
    const before = document.getText();
    const sheet = path.join(scratch, 'changed.csv');
    fs.writeFileSync(sheet, ['Control;Applicable;Status;Due date', '5.2;yes;planned;2027-01-31', 'A.5.3;oui;peut-être;'].join('\n'));
    const result = await vscode.commands.executeCommand<ImportOutcome | undefined>(COMMAND, undefined, { kind: 'soa', source: vscode.Uri.file(sheet).toString(), target: fileUri('soa.hds.yaml').toString(), force: true, locale: 'en' });
    assert.ok(result, 'imported');
    assert.deepEqual(result.counts, { read: 2, added: 0, updated: 1, unchanged: 1 });
    assert.deepEqual(result.problems.map((problem) => [problem.row, problem.column, problem.value]), [[3, 'Status', 'peut-être']]);
    const after = document.getText();
    assert.match(after, /\n {2}- \{ control: "5\.2", applicable: true, status: planned, due: 2027-01-31 \} +# Information security roles and responsibilities\n/);
    assert.equal(after.replace(/\n {2}- \{ control: "5\.2"[^\n]*/, ''), before.replace(/\n {2}- \{ control: "5\.2"[^\n]*/, ''), 'only that line changed');
    assert.ok(document.isDirty, 'an edit of the buffer, not a write behind the editor');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'Undo takes the import back');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('refuses a corrupted workbook: nothing written', async () => {
    const broken = path.join(scratch, 'broken.xlsx');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a zip')]));
    const target = vscode.Uri.file(path.join(scratch, 'never.hds.yaml'));
    const result = await vscode.commands.executeCommand<ImportOutcome | undefined>(COMMAND, undefined, { kind: 'soa', source: vscode.Uri.file(broken).toString(), target: target.toString(), locale: 'en' });
    assert.equal(result, undefined);
    assert.equal(fs.existsSync(target.fsPath), false);
    assert.ok(workspaceFolder());
  });
});
