// Nothing leaves the machine, proven: the bundled server (over stdio, through a whole session) and
// the command line run with every network entry point of Node trapped (networkTrap.ts, preloaded
// with NODE_OPTIONS=--require); any attempt fails the test. The extension's client bundle carries
// no networking module at all.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanExampleCopy, LspClient, positionOf, REPO, temporaryFolder } from './lspClient';

const TRAP = path.join(__dirname, 'networkTrap.js');

interface Attempt { pid: number; what: string; stack?: string }

function trapped(): { env: NodeJS.ProcessEnv; attempts: () => Attempt[] } {
  const log = path.join(temporaryFolder('hds-network-'), 'attempts.jsonl');
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(TRAP)}`.trim(), HDS_NETWORK_LOG: log };
  const attempts = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Attempt) : []);
  return { env, attempts };
}

const armedOnly = (attempts: Attempt[]) => {
  assert.ok(attempts.some((attempt) => attempt.what === 'armed'), 'the trap was not loaded: the test would prove nothing');
  return attempts.filter((attempt) => attempt.what !== 'armed');
};

describe('nothing leaves the machine', function () {
  this.timeout(30_000);

  it('the trap catches what it must (so the tests below can fail)', () => {
    const { env, attempts } = trapped();
    const script = "try { require('node:https').get('https://example.org') } catch {} try { require('node:dns').lookup('example.org', () => {}) } catch {} try { fetch('https://example.org') } catch {} try { require('node:net').connect(80, 'example.org') } catch {}";
    const run = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(armedOnly(attempts()).map((attempt) => attempt.what), ['https.get', 'dns.lookup', 'globalThis.fetch', 'net.connect']);
  });

  it('the language server, through a whole session over stdio', async () => {
    const { env, attempts } = trapped();
    const folder = cleanExampleCopy();
    const client = new LspClient(['--stdio'], { env });
    try {
      await client.initialize([folder], { locale: 'fr' });
      const uri = pathToFileURL(path.join(folder, 'declaration.hds.yaml')).href;
      const text = fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8');
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
      await client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (params) => params.uri === uri);
      const position = positionOf(text, 'dc-nord');
      const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source'] } });
      await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      await client.request('workspace/symbol', { query: '' });
      await client.request('hds/coverage', {});
    } finally {
      await client.shutdown();
    }
    assert.deepEqual(armedOnly(attempts()), []);
  });

  it('the command line, on a declaration and on every output it has', () => {
    const { env, attempts } = trapped();
    for (const args of [[path.join(REPO, 'examples'), '--as-of', '2026-11-22'], [path.join(REPO, 'examples', 'broken'), '--format', 'json'], ['--list-rules']]) {
      const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { env, encoding: 'utf8' });
      assert.ok(run.status === 0 || run.status === 1, `${args.join(' ')}: ${run.stderr}`);
    }
    assert.deepEqual(armedOnly(attempts()), []);
  });

  it('the extension’s client bundle imports no networking module', () => {
    const bundle = fs.readFileSync(path.join(REPO, 'dist', 'client.js'), 'utf8');
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1].replace(/^node:/, ''));
    assert.ok(required.includes('vscode'), 'the bundle was read');
    assert.deepEqual(required.filter((name) => ['net', 'http', 'https', 'http2', 'dns', 'tls', 'dgram', 'undici'].includes(name)), []);
    assert.ok(!/\bfetch\(|new WebSocket\(/.test(bundle), 'the bundle calls fetch or opens a WebSocket');
  });
});
