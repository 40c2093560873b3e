// The extension starts by itself for a workspace holding *.hds.yaml files, and says how long it took.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, extension, metrics, open, waitFor } from './helpers';

describe('activation', () => {
  it('activates by itself on a workspace with *.hds.yaml files, which open in the hds-yaml language', async () => {
    const started = Date.now();
    const document = await open('declaration.hds.yaml', true);
    assert.equal(document.languageId, 'hds-yaml');
    // Never call activate() here: the activation events in package.json must do it.
    await waitFor('the extension to activate on its own', () => extension().isActive, 60_000, 20);
    // The extension host started with the window: its uptime is when the extension was seen active.
    metrics.activeAfterExtensionHostStartMs = Math.round(process.uptime() * 1000);
    metrics.activeAfterFirstFileOpenedMs = Date.now() - started;
  });

  it('returns its API, whose ready promise resolves once the language server answers', async () => {
    const started = Date.now();
    const hds = await api();
    metrics.apiReadyAfterExtensionHostStartMs = Math.round(process.uptime() * 1000);
    metrics.apiReadyWaitMs = Date.now() - started;
    assert.ok(hds);
    assert.ok(vscode.extensions.getExtension('hds-studio.hds-studio')?.isActive);
  });
});
