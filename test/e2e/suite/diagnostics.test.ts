// Diagnostics in the editor: the same findings as the command line, every rule firing on examples/broken,
// none on the clean declaration, and updates while typing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticLine, extension, fileUri, hdsDiagnostics, manifest, metrics, open, replaceInDocument, restore, snapshotCleanDeclaration, waitFor, workspaceFolder } from './helpers';

interface CliFinding {
  code: string;
  severity: string;
  uri: string;
  message: string;
  range: { start: { line: number; character: number } };
}

/** What `hds-check` reports for the workspace, per file path: the oracle the editor is held to. */
function cliFindings(): Map<string, string[]> {
  const asOf = vscode.workspace.getConfiguration('hds').get<string>('asOf');
  assert.ok(asOf, 'the workspace settings fix hds.asOf, so expiry rules do not depend on the day');
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  // In VS Code desktop process.execPath is Electron: ELECTRON_RUN_AS_NODE makes it a plain Node.
  const run = spawnSync(process.execPath, [cli, '.', '--as-of', asOf, '--lang', 'en', '--format', 'json'], {
    cwd: workspaceFolder().fsPath,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.ok(run.stdout, `hds-check printed nothing (exit ${run.status}): ${run.stderr}`);
  const byFile = new Map<string, string[]>();
  for (const finding of (JSON.parse(run.stdout) as { findings: CliFinding[] }).findings) {
    const file = vscode.Uri.parse(finding.uri).fsPath;
    const { line, character } = finding.range.start;
    const lines = byFile.get(file) ?? [];
    lines.push(`${finding.code} ${line + 1}:${character + 1} ${finding.severity} ${finding.message}`);
    byFile.set(file, lines);
  }
  return byFile;
}

function declarationFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.hds.yaml'))
    .map((name) => path.join(folder, name))
    .sort();
}

function shown(file: string): string[] {
  return hdsDiagnostics(vscode.Uri.file(file)).map(diagnosticLine).sort();
}

describe('diagnostics', () => {
  const brokenFiles = () => declarationFiles(path.join(workspaceFolder().fsPath, 'broken'));
  const cleanFiles = () => fs.readdirSync(workspaceFolder().fsPath).filter((name) => name.endsWith('.hds.yaml')).map((name) => path.join(workspaceFolder().fsPath, name));

  it('shows, on every file of examples/broken, exactly the findings hds-check reports', async function () {
    this.timeout(120_000);
    const expected = cliFindings();
    assert.ok(brokenFiles().length >= 5, `examples/broken has its files: ${brokenFiles().join(', ')}`);
    // Opening the files is what a person does; the server checks the whole workspace anyway.
    for (const file of brokenFiles()) await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const started = Date.now();
    await waitFor(
      'the editor to show the findings of hds-check on examples/broken',
      () => {
        const differences = brokenFiles().flatMap((file) => {
          const want = (expected.get(file) ?? []).sort();
          const got = shown(file);
          return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ file: path.relative(workspaceFolder().fsPath, file), missing: want.filter((line) => !got.includes(line)), unexpected: got.filter((line) => !want.includes(line)) }];
        });
        if (differences.length > 0) throw new Error(JSON.stringify(differences, null, 1));
        return true;
      },
      90_000,
    );
    metrics.brokenDiagnosticsShownMs = Date.now() - started;
  });

  it('fires every rule on examples/broken', () => {
    const configuration = manifest().contributes.configuration as { properties: Record<string, { properties?: Record<string, unknown> }> };
    const ruleCodes = Object.keys(configuration.properties['hds.rules'].properties ?? {}).sort();
    assert.ok(ruleCodes.length >= 30, `package.json lists the rules under hds.rules (${ruleCodes.length})`);
    const fired = new Set(brokenFiles().flatMap((file) => hdsDiagnostics(vscode.Uri.file(file)).map(codeOf)));
    assert.deepEqual(ruleCodes.filter((code) => !fired.has(code)), [], 'rules that showed no diagnostic on examples/broken');
    for (const file of brokenFiles()) {
      for (const diagnostic of hdsDiagnostics(vscode.Uri.file(file))) assert.ok(ruleCodes.includes(codeOf(diagnostic)), `${codeOf(diagnostic)} is a documented rule`);
    }
  });

  it('shows no finding on the clean declaration (and neither does hds-check)', async () => {
    const expected = cliFindings();
    for (const file of cleanFiles()) {
      assert.deepEqual(expected.get(file) ?? [], [], `hds-check on ${path.basename(file)}`);
      await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    }
    assert.equal(cleanFiles().length, 4, 'the clean declaration is split over four files');
    // The server checks all declarations together: once examples/broken shows its findings (test above),
    // the clean declaration has been checked too. Still give a late publication time to show up.
    await waitFor('examples/broken to have findings', () => brokenFiles().some((file) => hdsDiagnostics(vscode.Uri.file(file)).length > 0));
    const deadline = Date.now() + 1500;
    while (Date.now() < deadline) {
      assert.deepEqual(cleanFiles().flatMap(shown), [], 'diagnostics on the clean declaration');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('updates while typing: a misspelt key is reported, and the report goes once it is fixed', async () => {
    const snapshot = await snapshotCleanDeclaration();
    try {
      const document = await open('declaration.hds.yaml', true);
      await replaceInDocument(document, '\ncontract:', '\ncontrat:');
      const started = Date.now();
      const reported = await waitFor('an unknown-key diagnostic for "contrat"', () =>
        hdsDiagnostics(document.uri).find((diagnostic) => codeOf(diagnostic) === 'unknown-key' && document.getText(diagnostic.range).includes('contrat')),
      );
      metrics.diagnosticAfterEditMs = Date.now() - started;
      assert.match(reported.message, /contract/, 'the message suggests the right key');
      await replaceInDocument(document, '\ncontrat:', '\ncontract:');
      await waitFor('the clean declaration to be clean again', () => cleanFilesUris().every((uri) => hdsDiagnostics(uri).length === 0));
    } finally {
      await restore(snapshot);
    }
  });

  function cleanFilesUris(): vscode.Uri[] {
    return cleanFiles().map((file) => fileUri(path.basename(file)));
  }
});
