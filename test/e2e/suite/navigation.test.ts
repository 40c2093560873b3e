// Navigation through the real editor commands: go to definition across files, rename, outline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, open, waitFor } from './helpers';

describe('navigation', () => {
  before(async () => {
    await extension().activate();
  });

  it('goes from a subcontractor in the scope to its declaration in subcontractors.hds.yaml', async () => {
    const document = await open('declaration.hds.yaml');
    const position = document.positionAt(document.getText().indexOf('dc-nord') + 2);
    const locations = await waitFor('a definition for dc-nord', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
      return found.length > 0 ? found : undefined;
    }, 20_000, 250);
    const target = 'targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri;
    assert.ok(target.path.endsWith('/subcontractors.hds.yaml'), target.toString());
  });

  it('renames a subcontractor in every file of the declaration', async () => {
    const document = await open('subcontractors.hds.yaml');
    const position = document.positionAt(document.getText().indexOf('id: dc-nord') + 6);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'dc-north');
    const files = edit.entries().map(([uri]) => uri.path.split('/').pop()).sort();
    assert.deepEqual(files, ['declaration.hds.yaml', 'subcontractors.hds.yaml']);
    // Its declaration, two activities, and the operator of its sites in Lille, Roubaix and La Réunion.
    assert.equal(edit.entries().flatMap(([, edits]) => edits).length, 6);
  });

  it('outlines a file by section', async () => {
    const document = await open('risks.hds.yaml');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols[0].name, 'risks');
    assert.ok(symbols[0].children.some((symbol) => symbol.name === 'R-01'), JSON.stringify(symbols[0].children.map((symbol) => symbol.name)));
  });
});
