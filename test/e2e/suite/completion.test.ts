// Completion through the real editor command: control ids in a risk's controls.
import * as vscode from 'vscode';
import { extension, labelOf, open, replaceInDocument, restore, snapshotCleanDeclaration, waitFor } from './helpers';

describe('completion', () => {
  it('offers 8.24 when "8.2" is typed in a risk\'s controls', async () => {
    await extension().activate();
    const snapshot = await snapshotCleanDeclaration();
    try {
      const document = await open('risks.hds.yaml', true);
      // R-01 treats fire and flooding with ["7.5", "8.13", "8.14"]: retype its second control as "8.2", the
      // cursor before the closing quote the editor inserted.
      const cursor = (await replaceInDocument(document, '"8.13"', '"8.2"')).translate(0, -1);
      await waitFor('completion at "8.2| to offer 8.24 (labels offered)', async () => {
        const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
        const labels = completions.items.map(labelOf);
        if (!labels.some((label) => label === '8.24' || label.startsWith('8.24 '))) throw new Error(labels.slice(0, 40).join(', ') || 'no completion item');
        return true;
      }, 20_000, 250);
    } finally {
      await restore(snapshot);
    }
  });
});
