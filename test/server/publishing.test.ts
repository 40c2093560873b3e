// Diagnostics after an edit, on the bundled server over stdio: the edited file always gets its
// diagnostics again (the editor moved the old markers with the edit), a file whose diagnostics the
// edit changed too, and the files the edit left as they were are not sent again; and how long the
// server waits for typing to pause before it checks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typingPause } from '../../server/src/server';
import { cleanExampleCopy, LspClient } from './lspClient';

interface Published {
  uri: string;
  diagnostics: { code?: string | number; message: string }[];
}

const PUBLISH = 'textDocument/publishDiagnostics';
const FILES = ['declaration.hds.yaml', 'soa.hds.yaml', 'risks.hds.yaml', 'subcontractors.hds.yaml'];

describe('diagnostics published after an edit', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('are sent for the edited file and for files whose diagnostics changed, not for the others', async () => {
    const folder = cleanExampleCopy();
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
    const lsp = (client = new LspClient());
    await lsp.initialize([folder], { settings: { asOf: '2026-11-22' } });
    for (const name of FILES) await lsp.waitFor<Published>(PUBLISH, (params) => params.uri === uriOf(name));

    const subcontractors = uriOf('subcontractors.hds.yaml');
    const text = fs.readFileSync(path.join(folder, 'subcontractors.hds.yaml'), 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri: subcontractors, languageId: 'hds-yaml', version: 1, text } });
    await lsp.waitFor<Published>(PUBLISH, (params) => params.uri === subcontractors, 10_000, lsp.notifications.length);

    const publishedSince = (since: number) => lsp.notifications.slice(since).filter((message) => message.method === PUBLISH).map((message) => message.params as Published);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

    // A comment changes no finding: only the edited file is published again.
    let since = lsp.notifications.length;
    lsp.notify('textDocument/didChange', { textDocument: { uri: subcontractors, version: 2 }, contentChanges: [{ text: `# reviewed\n${text}` }] });
    await lsp.waitFor<Published>(PUBLISH, (params) => params.uri === subcontractors, 10_000, since);
    await settle();
    assert.deepEqual(publishedSince(since).map((params) => params.uri), [subcontractors]);

    // Renaming a subcontractor leaves the scope's `by:` naming nobody: the main file is published too, with its new findings.
    since = lsp.notifications.length;
    const renamed = `# reviewed\n${text.replace(/\bid: dc-nord\b/, 'id: dc-nord-2')}`;
    assert.notEqual(renamed, `# reviewed\n${text}`);
    lsp.notify('textDocument/didChange', { textDocument: { uri: subcontractors, version: 3 }, contentChanges: [{ text: renamed }] });
    await lsp.waitFor<Published>(PUBLISH, (params) => params.uri === subcontractors, 10_000, since);
    await settle();
    const published = publishedSince(since);
    assert.deepEqual(published.map((params) => params.uri).sort(), [uriOf('declaration.hds.yaml'), subcontractors].sort());
    const main = published.find((params) => params.uri === uriOf('declaration.hds.yaml'))!;
    assert.ok(main.diagnostics.some((diagnostic) => /dc-nord/.test(diagnostic.message)), JSON.stringify(main.diagnostics.map((diagnostic) => diagnostic.message)));

    // Undoing it clears those findings: the main file is published again, now without them.
    since = lsp.notifications.length;
    lsp.notify('textDocument/didChange', { textDocument: { uri: subcontractors, version: 4 }, contentChanges: [{ text }] });
    await lsp.waitFor<Published>(PUBLISH, (params) => params.uri === uriOf('declaration.hds.yaml'), 10_000, since);
    await settle();
    const cleared = publishedSince(since).find((params) => params.uri === uriOf('declaration.hds.yaml'))!;
    assert.deepEqual(cleared.diagnostics, []);
    assert.deepEqual(publishedSince(since).map((params) => params.uri).sort(), [uriOf('declaration.hds.yaml'), subcontractors].sort());
  });

  it('wait for typing to pause as long as the last check took, within 50 to 250 ms', () => {
    assert.equal(typingPause(undefined), 50, 'nothing checked yet');
    assert.equal(typingPause(3.2), 50, 'cheap checks still wait for the changes of one action');
    assert.equal(typingPause(87.4), 87, 'a costly check: the server checks at most half the time');
    assert.equal(typingPause(1200), 250, 'a very costly check still runs soon after the typing stops');
  });
});
