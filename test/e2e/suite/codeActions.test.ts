// A quick fix end to end: an uncovered EXI-05 risk event, the "Add a risk for event …" action from the
// real code action command, applied as VS Code applies it, then the file and the diagnostics afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extension, fileUri, hdsDiagnostics, open, preview, replaceInDocument, restore, snapshotCleanDeclaration, waitFor } from './helpers';

const CLEAN_FILES = ['declaration.hds.yaml', 'risks.hds.yaml', 'soa.hds.yaml', 'subcontractors.hds.yaml'];

function uncoveredEventDiagnostics(): { uri: vscode.Uri; diagnostic: vscode.Diagnostic }[] {
  return CLEAN_FILES.map(fileUri).flatMap((uri) =>
    hdsDiagnostics(uri).filter((diagnostic) => codeOf(diagnostic) === 'risk-event-uncovered').map((diagnostic) => ({ uri, diagnostic })),
  );
}

/** Risks of the file whose scenario is `event`, read from the text as a person would. */
function risksFor(text: string, event: string): number {
  return [...text.matchAll(/^\s*(?:-\s+)?scenario:\s*["']?([A-Za-z.]+)["']?\s*$/gm)].filter((match) => match[1] === event).length;
}

describe('code actions', () => {
  it('"Add a risk for event C" adds a risk with TODO answers; the event is covered once the risk is assessed', async () => {
    await extension().activate();
    const snapshot = await snapshotCleanDeclaration();
    try {
      const risks = await open('risks.hds.yaml', true);
      assert.equal(risksFor(risks.getText(), 'C'), 1, 'R-05 is the only risk for event C');
      // R-05 now claims event D.a instead: event C is covered by no risk.
      await replaceInDocument(risks, 'scenario: C\n', 'scenario: D.a\n');
      const [{ uri, diagnostic }] = await waitFor('a risk-event-uncovered diagnostic on the clean declaration', () => {
        const found = uncoveredEventDiagnostics();
        return found.length === 1 ? found : undefined;
      });
      assert.equal(diagnostic.source, 'hds');

      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      const titles = actions.map((action) => action.title);
      const fix = actions.find((action) => /^Add a risk for event C\b/.test(action.title));
      assert.ok(fix, `the code actions on ${preview(diagnostic.message)} should include "Add a risk for event C…"; offered: ${preview(titles)}`);
      if ('kind' in fix && fix.kind) assert.ok(vscode.CodeActionKind.QuickFix.contains(fix.kind), `a quick fix (kind ${fix.kind.value})`);

      // What VS Code does when the action is picked: apply its edit, then run its command.
      const command = 'command' in fix && typeof fix.command === 'object' ? fix.command : 'command' in fix && typeof fix.command === 'string' ? (fix as vscode.Command) : undefined;
      if ('edit' in fix && fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit applies');
      if (command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      assert.ok(('edit' in fix && fix.edit) || command, 'the quick fix carries an edit or a command');

      await waitFor('a new risk for event C in risks.hds.yaml', () => risksFor(risks.getText(), 'C') === 1);
      // Not assessed yet: the event stays uncovered, and each TODO the fix wrote is a warning.
      await waitFor('risk-event-uncovered to say the new risk is not assessed yet', () => uncoveredEventDiagnostics().some(({ diagnostic: item }) => /not yet assessed/.test(item.message)));
      await waitFor('a placeholder-left warning on each of the four TODOs', () => hdsDiagnostics(risks.uri).filter((item) => codeOf(item) === 'placeholder-left' && item.severity === vscode.DiagnosticSeverity.Warning).length === 4);
      // The owner assesses it: the risk covers event C.
      for (const [search, replacement] of [['likelihood: TODO', 'likelihood: 2'], ['impact: TODO', 'impact: 3'], ['treatment: TODO', 'treatment: reduce'], ['controls: [TODO]', 'controls: ["8.20"]']]) {
        await replaceInDocument(risks, search, replacement);
      }
      await waitFor('risk-event-uncovered to disappear', () => uncoveredEventDiagnostics().length === 0);
      const diagnosticsAfter = CLEAN_FILES.map(fileUri).flatMap((file) => hdsDiagnostics(file).map((item) => `${codeOf(item)}: ${item.message}`));
      assert.ok(!diagnosticsAfter.some((line) => line.startsWith('risk-event-uncovered')), preview(diagnosticsAfter));
    } finally {
      await restore(snapshot);
    }
  });
});
