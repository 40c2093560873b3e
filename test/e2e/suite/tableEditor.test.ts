// The table editor in a real VS Code: the commands open one webview per register beside the editor,
// reused when run again, and the code lens above `soa:` and `risks:` offers them (the extension
// announces `experimental.hdsTableEditor` to the server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, manifest, open, preview, waitFor } from './helpers';

function tableTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

describe('table editor', () => {
  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.window.tabGroups.close([...tableTabs('hds.soaTable'), ...tableTabs('hds.risksTable')]);
  });

  it('opens the SoA and the risk register as tables beside the editor, one of each', async () => {
    const commands = (manifest().contributes as { commands?: { command: string }[] }).commands ?? [];
    for (const command of ['hds.editSoaTable', 'hds.editRisksTable']) assert.ok(commands.some((entry) => entry.command === command), `package.json contributes ${command}: ${preview(commands)}`);
    await open('soa.hds.yaml', true);
    await vscode.commands.executeCommand('hds.editSoaTable');
    const soa = await waitFor('the SoA table', () => tableTabs('hds.soaTable').find((tab) => tab.label === 'SoA table'));
    assert.notEqual(soa.group.viewColumn, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('hds.editSoaTable');
    await vscode.commands.executeCommand('hds.editRisksTable', { uri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'risks.hds.yaml').toString() });
    await waitFor('the risk register table', () => tableTabs('hds.risksTable').find((tab) => tab.label === 'Risk register table'));
    assert.equal(tableTabs('hds.soaTable').length, 1);
  });

  it('is offered by the code lens above soa:', async () => {
    const document = await open('soa.hds.yaml', true);
    const lenses = await waitFor('the code lenses of soa.hds.yaml to offer the table', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
      return found?.some((lens) => lens.command?.command === 'hds.editSoaTable') ? found : undefined;
    });
    const lens = lenses.find((candidate) => candidate.command?.command === 'hds.editSoaTable')!;
    assert.equal(lens.command!.title, 'Edit as a table');
    assert.deepEqual(lens.command!.arguments, [{ uri: document.uri.toString() }]);
  });
});
