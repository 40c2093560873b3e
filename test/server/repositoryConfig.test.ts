// The repository configuration file (.hds-studio.yaml) over stdio and on the command line: the same
// repository gives the same findings in the editor and in CI; a setting the user set explicitly
// wins over the file for that rule only; a bad file gets diagnostics at its exact places, never a crash.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { LspClient, REPO, temporaryFolder } from './lspClient';

const CLI = path.join(REPO, 'dist', 'cli.js');

/** The examples, broken ones included, in a folder of their own (a git repository's top). */
function repository(config: string | undefined): string {
  const folder = temporaryFolder('hds-config-');
  fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.git'));
  if (config !== undefined) fs.writeFileSync(path.join(folder, '.hds-studio.yaml'), config);
  return folder;
}

function declarationFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path.join(directory, entry.name));
      else if (entry.name.endsWith('.hds.yaml')) found.push(path.join(directory, entry.name));
    }
  };
  walk(folder);
  return found.sort();
}

interface Seen { file: string; line: number; character: number; code: string; severity: string; message: string }
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** Every diagnostic the server publishes on the repository's declaration files once it has checked them. */
async function editorFindings(client: LspClient, folder: string, settings: Record<string, unknown>): Promise<{ seen: Seen[]; raw: Map<string, Diagnostic[]> }> {
  await client.initialize([folder], { settings });
  const latest = new Map<string, Diagnostic[]>();
  // Those the file does not ignore: the editor checks (and publishes on) only those.
  const files = declarationFiles(folder).filter((file) => !file.includes(`${path.sep}missing-sections${path.sep}`)).map((file) => pathToFileURL(file).href);
  // The first publication of every file, then a quiet moment for any later one.
  await Promise.all(files.map((uri) => client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === uri, 20_000)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const message of client.notifications) {
    if (message.method !== 'textDocument/publishDiagnostics') continue;
    const params = message.params as PublishDiagnosticsParams;
    latest.set(params.uri, params.diagnostics);
  }
  const seen: Seen[] = [];
  for (const [uri, diagnostics] of latest) {
    if (!uri.endsWith('.hds.yaml')) continue;
    const file = path.relative(folder, new URL(uri).pathname).split(path.sep).join('/');
    for (const d of diagnostics) seen.push({ file, line: d.range.start.line, character: d.range.start.character, code: String(d.code), severity: SEVERITY[d.severity!], message: String(d.message) });
  }
  return { seen: sorted(seen), raw: latest };
}

function cliFindings(folder: string, args: string[] = []): Seen[] {
  const ran = spawnSync(process.execPath, [CLI, '.', '--format', 'json', ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  assert.ok(ran.status === 0 || ran.status === 1, ran.stderr);
  const report = JSON.parse(ran.stdout) as { findings: { file: string; range: { start: { line: number; character: number } }; code: string; severity: string; message: string }[] };
  return sorted(report.findings.map((finding) => ({ file: finding.file, line: finding.range.start.line, character: finding.range.start.character, code: finding.code, severity: finding.severity, message: finding.message })));
}

function sorted(list: Seen[]): Seen[] {
  const key = (entry: Seen) => JSON.stringify([entry.file, entry.line, entry.character, entry.code, entry.message]);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const CONFIG = [
  '# What this repository checks, in the editor and in CI alike.',
  'rules:',
  '  placeholder-left: off',
  '  requirement-unanswered: information',
  '  risk-rating-off-scale: warning',
  'ignore:',
  '  - broken/missing-sections/',
  'as_of: 2026-11-22',
  'language: fr',
  '',
].join('\n');

describe('the repository configuration file (.hds-studio.yaml)', function () {
  this.timeout(90_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('gives the same findings in the editor (stdio) and in hds-check for the same repository', async () => {
    const folder = repository(CONFIG);
    const cli = cliFindings(folder);
    client = new LspClient();
    // No setting set by the user: the file decides (language, as-of date, severities, ignored folder).
    const { seen, raw } = await editorFindings(client, folder, {});
    assert.ok(cli.length > 50, `the broken example has findings (${cli.length})`);
    assert.deepEqual(seen, cli);
    assert.ok(!cli.some((finding) => finding.code === 'placeholder-left'), 'turned off by the file');
    assert.ok(!cli.some((finding) => finding.file.startsWith('broken/missing-sections/')), 'ignored by the file');
    assert.ok(cli.some((finding) => finding.code === 'requirement-unanswered' && finding.severity === 'information'));
    assert.match(cli.find((finding) => finding.code === 'risk-rating-off-scale')!.message, /^Risque «\u00a0R-02\u00a0»\u00a0:/, 'in French, as the file says');
    // The Problems panel says which configuration applied: the source, and the line that set a severity.
    const offScale = [...raw.values()].flat().find((d) => d.code === 'risk-rating-off-scale')!;
    assert.equal(offScale.source, 'hds (.hds-studio.yaml)');
    const setBy = offScale.relatedInformation!.find((related) => related.location.uri.endsWith('/.hds-studio.yaml'))!;
    assert.equal(setBy.message, 'Sévérité warning, fixée par .hds-studio.yaml');
    assert.deepEqual(setBy.location.range.start, { line: 4, character: 25 });
  });

  it('a setting the user set explicitly wins for that rule only; a flag wins in hds-check', async () => {
    const folder = repository(CONFIG);
    client = new LspClient();
    const { seen, raw } = await editorFindings(client, folder, { rules: { 'risk-rating-off-scale': 'error' }, language: 'en' });
    const offScale = seen.find((finding) => finding.code === 'risk-rating-off-scale')!;
    assert.equal(offScale.severity, 'error', 'the explicit setting wins');
    assert.match(offScale.message, /^Risk ‘R-02’:/, 'the explicit language wins');
    assert.ok(!seen.some((finding) => finding.code === 'placeholder-left'), 'the file still turns off the rules the user did not set');
    const diagnostic = [...raw.values()].flat().find((d) => d.code === 'risk-rating-off-scale')!;
    assert.ok(!diagnostic.relatedInformation?.some((related) => related.location.uri.endsWith('/.hds-studio.yaml')), 'the file did not set this severity');
    // The command line: the same with flags.
    const cli = cliFindings(folder, ['--rule', 'risk-rating-off-scale=error', '--lang', 'en']);
    assert.deepEqual(seen, cli);
    // Without the file (--no-config) every rule is at its default.
    assert.ok(cliFindings(folder, ['--no-config']).some((finding) => finding.code === 'placeholder-left'));
  });

  it('a bad file gets diagnostics at the exact places, the rest of it still applies, and nothing crashes; hds-check stops with exit 2', async () => {
    const bad = ['rules:', '  placeholder-left: of', '  no-such-rule: error', '  requirement-unanswered: off', 'as_of: 2026-02-30', 'colour: blue', ''].join('\n');
    const folder = repository(bad);
    client = new LspClient();
    await client.initialize([folder], { settings: {} });
    const configUri = pathToFileURL(path.join(folder, '.hds-studio.yaml')).href;
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === configUri, 20_000);
    assert.deepEqual(published.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity]), [[1, 20, 22, 1], [2, 2, 14, 1], [4, 7, 17, 1], [5, 0, 6, 1]]);
    assert.match(String(published.diagnostics[0].message), /^The severity of ‘placeholder-left’ must be one of ‘error’, ‘warning’, ‘information’, ‘hint’, ‘off’; ‘of’ is ignored\.$/);
    assert.match(String(published.diagnostics[3].message), /^Unknown key ‘colour’/);
    // The good line applies: requirement-unanswered is off; the bad one is ignored: placeholder-left stays on.
    const main = pathToFileURL(path.join(folder, 'broken', 'requirements.hds.yaml')).href;
    const checked = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === main, 20_000);
    assert.ok(!checked.diagnostics.some((d) => d.code === 'requirement-unanswered'));
    // Editing the file in the editor: fixed, its diagnostics are cleared.
    const since = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: 'rules:\n  placeholder-left: off\n' } });
    const cleared = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === configUri, 20_000, since);
    assert.deepEqual(cleared.diagnostics, []);
    // Hover and completion in the file.
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: configUri }, position: { line: 1, character: 4 } });
    assert.match(hover.contents.value, /^\*\*placeholder-left\*\* — /);
    client.notify('textDocument/didChange', { textDocument: { uri: configUri, version: 2 }, contentChanges: [{ text: 'rules:\n  placeholder-left: \n' }] });
    const items = await client.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: configUri }, position: { line: 1, character: 20 } });
    assert.deepEqual(items.items.map((item) => item.label), ['error', 'warning', 'information', 'hint', 'off']);

    const ran = spawnSync(process.execPath, [CLI, '.'], { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    assert.equal(ran.status, 2);
    assert.match(ran.stderr, /\.hds-studio\.yaml has problems; correct them, or run with --no-config:\n {2}\.hds-studio\.yaml:2:21: The severity of ‘placeholder-left’/);
    assert.match(ran.stderr, /\n {2}\.hds-studio\.yaml:6:1: Unknown key ‘colour’/);
  });
});
