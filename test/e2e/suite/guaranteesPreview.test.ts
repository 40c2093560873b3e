// "HDS: Preview presentation of guarantees" in a real VS Code: one webview beside the editor, titled
// with the declaration's document once the server answered, and reused when run again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, manifest, open, preview, waitFor } from './helpers';

const COMMAND = 'hds.previewGuarantees';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('hds.guaranteesPreview'));
}

describe('presentation of guarantees preview', () => {
  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  it('opens one webview beside the editor, titled with the active declaration’s document', async () => {
    const commands = (manifest().contributes as { commands?: { command: string }[] }).commands ?? [];
    assert.ok(commands.some((entry) => entry.command === COMMAND), `package.json contributes ${COMMAND}: ${preview(commands)}`);
    await open('declaration.hds.yaml', true);
    await vscode.commands.executeCommand(COMMAND);
    const tab = await waitFor('the preview titled with the document', () => previewTabs().find((candidate) => candidate.label === 'Presentation of guarantees — Exemple Santé SAS'));
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    await vscode.commands.executeCommand(COMMAND);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(previewTabs().length, 1);
  });
});
