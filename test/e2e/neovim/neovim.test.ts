// Runs lsp.lua in a headless Neovim (its built-in LSP client, against `node dist/server.js --stdio`) and
// asserts what Neovim received: the findings hds-check reports, and 8.24 offered after "8.2".
//   npm run test:e2e:neovim        (Neovim from Debian: `apt-get install neovim`, or .ci/e2e-setup.sh)
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertBuilt, AS_OF, makeWorkspace, REPO, type TempWorkspace } from '../workspace';

const NVIM_TIMEOUT_MS = 90_000;

interface NeovimDiagnostic {
  code?: string;
  source?: string;
  line: number;
  character: number;
  message: string;
}

interface NeovimOutput {
  nvim: string;
  errors: string[];
  diagnostics: Record<string, NeovimDiagnostic[]>;
  completion?: string[];
}

/** Runs Neovim on the workspace; kills it (and the server it started) if it outlives the timeout. */
function runNeovim(workspace: TempWorkspace): Promise<NeovimOutput> {
  const outFile = path.join(workspace.base, 'neovim.json');
  const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(REPO, 'test', 'e2e', 'neovim', 'lsp.lua')}`], {
    cwd: workspace.folder,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HDS_SERVER: path.join(REPO, 'dist', 'server.js'), HDS_WORKSPACE: workspace.folder, HDS_AS_OF: AS_OF, HDS_OUT: outFile },
  });
  let output = '';
  nvim.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nvim.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killGroup = () => {
    try {
      if (nvim.pid) process.kill(-nvim.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`Neovim did not finish within ${NVIM_TIMEOUT_MS / 1000} s; it printed: ${output.slice(-2000)}`));
    }, NVIM_TIMEOUT_MS);
    nvim.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start nvim (${error.message}): install it with \`apt-get install neovim\` or \`bash .ci/e2e-setup.sh\``));
    });
    nvim.on('exit', (code) => {
      clearTimeout(timer);
      killGroup(); // the language server, if Neovim left it behind
      process.removeListener('exit', killGroup);
      if (!fs.existsSync(outFile)) return reject(new Error(`Neovim exited (${code}) without writing its results; it printed: ${output.slice(-2000)}`));
      resolve(JSON.parse(fs.readFileSync(outFile, 'utf8')) as NeovimOutput);
    });
  });
}

/** `code line:column message` per file, as hds-check reports the workspace. */
function cliFindings(workspace: TempWorkspace, relative: string): string[] {
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '.', '--as-of', AS_OF, '--lang', 'en', '--format', 'json'], { cwd: workspace.folder, encoding: 'utf8' });
  const uri = pathToFileURL(path.join(workspace.folder, relative)).href;
  const findings = (JSON.parse(run.stdout) as { findings: { code: string; uri: string; message: string; range: { start: { line: number; character: number } } }[] }).findings;
  return findings.filter((finding) => finding.uri === uri).map((finding) => `${finding.code} ${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.message}`).sort();
}

const shown = (diagnostics: NeovimDiagnostic[]) => diagnostics.map((item) => `${item.code} ${item.line + 1}:${item.character + 1} ${item.message}`).sort();

describe('Neovim (built-in LSP client, standalone server)', function () {
  this.timeout(NVIM_TIMEOUT_MS + 10_000);
  let workspace: TempWorkspace;
  let result: NeovimOutput;
  const started = Date.now();

  before(async () => {
    assertBuilt();
    workspace = makeWorkspace('hds-e2e-nvim-');
    result = await runNeovim(workspace);
    console.log(`      (Neovim ${result.nvim}, ${Date.now() - started} ms)`);
    assert.deepEqual(result.errors, [], 'errors inside Neovim');
  });

  after(() => workspace?.remove());

  it('receives the findings hds-check reports on a broken file, all from source "hds"', () => {
    const diagnostics = result.diagnostics['broken/risks.hds.yaml'];
    assert.ok(diagnostics.length > 0, 'broken/risks.hds.yaml has diagnostics');
    assert.deepEqual(shown(diagnostics), cliFindings(workspace, 'broken/risks.hds.yaml'));
    assert.deepEqual([...new Set(diagnostics.map((item) => item.source))], ['hds']);
    assert.ok(diagnostics.some((item) => item.code === 'risk-event-uncovered'), 'risk-event-uncovered is among them');
  });

  it('receives no diagnostic on the clean declaration', () => {
    assert.deepEqual(shown(result.diagnostics['risks.hds.yaml']), []);
  });

  it('gets 8.24 offered after typing "8.2" in a risk\'s controls', () => {
    assert.ok(result.completion?.includes('8.24'), `completion offered: ${(result.completion ?? []).slice(0, 30).join(', ')}`);
  });
});
