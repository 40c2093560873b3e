// Settings in the real editor: the client no longer pushes them (synchronize.configurationSection
// is deprecated); the server pulls hds.* with workspace/configuration and is told of changes
// through the didChangeConfiguration registration. A change applies without a restart.
import * as vscode from 'vscode';
import { codeOf, fileUri, hdsDiagnostics, open, waitFor } from './helpers';

describe('settings', () => {
  it('apply a change of hds.language without a restart', async function () {
    this.timeout(90_000);
    const file = 'broken/missing-sections/declaration.hds.yaml';
    await open(file);
    const uri = fileUri(file);
    const missing = () => hdsDiagnostics(uri).filter((diagnostic) => codeOf(diagnostic) === 'missing-section').map((diagnostic) => diagnostic.message);
    await waitFor('missing-section in English', () => missing().length > 0 && missing().every((message) => message.startsWith('The declaration has no')));
    const config = () => vscode.workspace.getConfiguration('hds');
    const before = config().inspect<string>('language')?.workspaceValue;
    try {
      await config().update('language', 'fr', vscode.ConfigurationTarget.Workspace);
      await waitFor('missing-section in French', () => missing().length > 0 && missing().every((message) => message.startsWith('La déclaration n')));
    } finally {
      await config().update('language', before, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('missing-section in English again', () => missing().length > 0 && missing().every((message) => message.startsWith('The declaration has no')));
  });
});
