// "HDS: Export…" in a real VS Code: contributed to the palette and the editor's title menu, and run
// end to end through its command, the server's `hds/exportDocument` and vscode.workspace.fs. The
// quick picks and the save dialog are skipped through the command's documented second argument
// (client/src/exportDocument.ts); the workbench check in runCodeServer.ts drives them with the keyboard.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, fileUri, manifest, open, preview, workspaceFolder } from './helpers';

const COMMAND = 'hds.export';

describe('HDS: Export…', () => {
  const written: vscode.Uri[] = [];
  before(async () => {
    await api();
  });

  after(async () => {
    for (const uri of written) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('is offered in the command palette and the editor title menu of a declaration', () => {
    const contributes = manifest().contributes as { commands?: { command: string }[]; menus?: Record<string, { command: string; when?: string }[]> };
    assert.ok(contributes.commands?.some((entry) => entry.command === COMMAND), `package.json contributes ${COMMAND}: ${preview(contributes.commands)}`);
    assert.equal(contributes.menus?.commandPalette?.find((entry) => entry.command === COMMAND)?.when, 'editorLangId == hds-yaml');
    assert.equal(contributes.menus?.['editor/title']?.find((entry) => entry.command === COMMAND)?.when, 'resourceLangId == hds-yaml');
  });

  it('writes the SoA as CSV for French Excel where it is told, from the active declaration', async () => {
    await open('declaration.hds.yaml', true);
    const target = vscode.Uri.joinPath(workspaceFolder(), 'exported', 'soa.csv');
    written.push(vscode.Uri.joinPath(workspaceFolder(), 'exported'));
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, undefined, { kind: 'soa', format: 'csv', locale: 'fr', target: target.toString() });
    assert.equal(result?.toString(), target.toString());
    const bytes = fs.readFileSync(target.fsPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark, for Excel');
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'Mesure;Intitulé;Thème;Applicable;Justification;Statut;Échéance;Responsable;Preuves;Dernière revue;Risques liés');
    assert.ok(lines.some((line) => line.startsWith('7.9;')), 'control 7.9 has its row');
  });

  it('exports the declaration of the file it is given, e.g. from the editor title menu', async () => {
    const target = vscode.Uri.joinPath(workspaceFolder(), 'exported', 'guarantees.md');
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, fileUri('soa.hds.yaml'), { kind: 'guarantees', format: 'md', locale: 'en', target: target.toString() });
    assert.equal(result?.toString(), target.toString());
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /^# Presentation of guarantees — Exemple Santé SAS\n/);
  });

  it('never writes through a symbolic link: the file it points to is left as it was', async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hds-e2e-outside-')), 'precious.txt');
    fs.writeFileSync(outside, 'keep me');
    const link = vscode.Uri.joinPath(workspaceFolder(), 'exported', 'link.csv');
    fs.mkdirSync(path.dirname(link.fsPath), { recursive: true });
    written.push(vscode.Uri.joinPath(workspaceFolder(), 'exported'));
    fs.symlinkSync(outside, link.fsPath);
    try {
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, fileUri('soa.hds.yaml'), { kind: 'soa', format: 'csv', locale: 'en', target: link.toString() });
      assert.equal(result, undefined, 'nothing written');
      assert.equal(fs.readFileSync(outside, 'utf8'), 'keep me');
    } finally {
      fs.rmSync(path.dirname(outside), { recursive: true, force: true });
    }
  });
});
