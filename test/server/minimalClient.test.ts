// The bundled server driven over stdio by a client that announces the least it can, as several
// editors' LSP clients do: no workspace folders (only rootUri, or only the older rootPath), no
// configuration pull, no dynamic registration, plain text only, no snippets, flat outlines. Every
// main feature still works, degraded to what the client takes, and the server sends it no request
// it did not announce. The only capability announced is code action literals, without which no
// client gets the server's quick fixes (every current client announces it).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, SymbolInformation } from 'vscode-languageserver';
import { LspClient, REPO, ResponseError, positionOf, temporaryFolder } from './lspClient';

interface Published { uri: string; diagnostics: Diagnostic[] }
interface HoverResult { contents: { kind: string; value: string } }
interface Item { label: string; documentation?: { kind: string; value: string } | string; insertTextFormat?: number; insertTextMode?: number; insertText?: string; textEdit?: { newText: string } }

/** The clean example without risk R-04 (event B.c uncovered, with a quick fix), in a temporary folder. */
function exampleWithoutR04(): string {
  const folder = temporaryFolder('hds-minimal-');
  for (const name of fs.readdirSync(path.join(REPO, 'examples')).filter((entry) => entry.endsWith('.hds.yaml'))) {
    fs.copyFileSync(path.join(REPO, 'examples', name), path.join(folder, name));
  }
  const risks = path.join(folder, 'risks.hds.yaml');
  fs.writeFileSync(risks, fs.readFileSync(risks, 'utf8').replace(/\n {2}- id: R-04\n[\s\S]*?\n\n/, '\n'));
  return folder;
}

/** The least a client can announce: code action literals only. */
const LEAST_CAPABILITIES = { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source'] } } } } };

/** Markdown syntax the server writes: strong emphasis, code spans and fences, rules, escapes. */
const MARKDOWN = /\*\*|`|^---$|\\[\\`*_[\]<>|]/m;

describe('a minimal LSP client over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('with only a rootUri, gets diagnostics, plain hovers and completions, quick fixes and a flat outline', async () => {
    const folder = exampleWithoutR04();
    client = new LspClient();
    const risks = pathToFileURL(path.join(folder, 'risks.hds.yaml')).href;
    const declaration = pathToFileURL(path.join(folder, 'declaration.hds.yaml')).href;
    await client.initializeWith({ processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: LEAST_CAPABILITIES, initializationOptions: { settings: { asOf: '2029-06-20' } } });

    // Diagnostics, from the files found under the root.
    const published = await client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === risks && params.diagnostics.some((d) => d.code === 'risk-event-uncovered'));
    const uncovered = published.diagnostics.find((d) => d.code === 'risk-event-uncovered')!;

    // Hover in plain text, with the settings of initializationOptions (hds.asOf).
    const text = fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8');
    const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: declaration }, position: positionOf(text, 'operator: dc-nord', 12) });
    assert.equal(hover.contents.kind, 'plaintext');
    assert.match(hover.contents.value, /Datacentre Nord SAS[\s\S]*HDS-2024-0042[\s\S]*expires 30 June 2029 \(10 days left\)/);
    assert.doesNotMatch(hover.contents.value, MARKDOWN);
    // The rule behind a diagnostic, whose Markdown names the setting in a code span.
    const ruleHover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: risks }, position: uncovered.range.start });
    assert.match(ruleHover.contents.value, /Rule risk-event-uncovered[\s\S]*Severity can be changed with the hds\.rules setting\./);
    assert.doesNotMatch(ruleHover.contents.value, MARKDOWN);

    // Settings pushed with didChangeConfiguration, since the client answers no workspace/configuration;
    // a push without an hds section (as some clients send one at start) keeps those of initializationOptions.
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const kept = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: declaration }, position: positionOf(text, 'operator: dc-nord', 12) });
    assert.match(kept.contents.value, /\(10 days left\)/);
    client.notify('workspace/didChangeConfiguration', { settings: { hds: { asOf: '2029-06-10' } } });
    const pushed = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: declaration }, position: positionOf(text, 'operator: dc-nord', 12) });
    assert.match(pushed.contents.value, /\(20 days left\)/);

    // Completion of a new risk: the snippet as plain text, its lines indented as the list's items.
    const risksText = fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8').trimEnd() + '\n\n  - ';
    client.notify('textDocument/didOpen', { textDocument: { uri: risks, languageId: 'hds-yaml', version: 1, text: risksText } });
    const lines = risksText.split('\n');
    const list = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: risks }, position: { line: lines.length - 1, character: 4 } });
    for (const item of list.items) {
      assert.notEqual(item.insertTextFormat, 2, `${item.label} is a snippet`);
      assert.equal(item.insertTextMode, undefined, item.label);
      assert.doesNotMatch(item.textEdit?.newText ?? item.insertText ?? '', /\$\{?\d/, item.label);
      if (typeof item.documentation === 'object') {
        assert.equal(item.documentation.kind, 'plaintext', item.label);
        assert.doesNotMatch(item.documentation.value, MARKDOWN, item.label);
      }
    }
    const newRisk = list.items.find((item) => item.label === 'New risk');
    assert.match(newRisk?.textEdit?.newText ?? '', /^id: R-14\n {4}scenario: B\.c\n {4}title: What could happen\n/);

    // A quick fix for the published diagnostic.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: risks }, range: uncovered.range, context: { diagnostics: [uncovered] } });
    const fix = actions.find((action) => action.title === 'Add a risk for event B.c');
    assert.ok(fix?.edit?.changes?.[risks], JSON.stringify(actions.map((action) => action.title)));

    // The outline, flat: each symbol names its container.
    const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: declaration } });
    assert.ok(symbols.length > 5);
    assert.ok(symbols.every((symbol) => symbol.location.uri === declaration && !('children' in symbol)));
    assert.ok(symbols.some((symbol) => symbol.containerName !== undefined));

    // No request the client did not announce: no configuration pull, no registration, no code lens refresh.
    assert.deepEqual(client.requestsReceived(), []);
    assert.doesNotMatch(client.stderr, /doesn't support/);
  });

  it('with only a rootPath (older clients), finds the declaration under it', async () => {
    const folder = exampleWithoutR04();
    client = new LspClient();
    await client.initializeWith({ processId: process.pid, rootPath: folder, rootUri: null, workspaceFolders: null, capabilities: {} });
    const risks = pathToFileURL(path.join(folder, 'risks.hds.yaml')).href;
    await client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === risks && params.diagnostics.some((d) => d.code === 'risk-event-uncovered'));
  });

  it('refuses a second initialize with InvalidRequest, and keeps serving the first session', async () => {
    const folder = exampleWithoutR04();
    client = new LspClient();
    await client.initializeWith({ processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
    const risks = pathToFileURL(path.join(folder, 'risks.hds.yaml')).href;
    await client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === risks);
    await assert.rejects(client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(temporaryFolder('hds-other-')).href, capabilities: {} }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, -32600); // InvalidRequest
      return true;
    });
    const text = fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8');
    const declaration = pathToFileURL(path.join(folder, 'declaration.hds.yaml')).href;
    const hover = await client.request<HoverResult>('textDocument/hover', { textDocument: { uri: declaration }, position: positionOf(text, 'operator: dc-nord', 12) });
    assert.match(hover.contents.value, /Datacentre Nord SAS/);
  });
});
