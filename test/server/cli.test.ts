// The bundled hds-check, spawned as CI runs it: exit codes, and a reader that closes the pipe early.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './lspClient';

const CLI = path.join(REPO, 'dist', 'cli.js');

/** Runs the CLI with its output into a pipe that the reader closes at once, or after the first chunk. */
function runIntoClosedPipe(args: string[], closeAtOnce: boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; received: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The CLI takes far longer to start than this takes to run: its first write finds the pipe closed.
    if (closeAtOnce) child.stdout.destroy();
    else child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, received }));
  });
}

describe('hds-check, the bundled command line', function () {
  this.timeout(30_000);

  it('ends quietly when the reader closes the pipe (hds-check … | head -1)', async () => {
    // A SARIF report of the broken example is far larger than a pipe's buffer: the writes after the close fail with EPIPE.
    const runs = [['examples/broken', '--format', 'sarif', '--as-of', '2026-11-22'], ['--list-rules'], ['examples', '--as-of', '2026-11-22'], ['--help']].flatMap((args) => [
      { args, closeAtOnce: true },
      { args, closeAtOnce: false },
    ]);
    for (const { args, closeAtOnce } of runs) {
      const ran = await runIntoClosedPipe(args, closeAtOnce);
      if (!closeAtOnce) assert.ok(ran.received > 0);
      assert.equal(ran.stderr, '', `${args.join(' ')}: ${ran.stderr}`);
      assert.equal(ran.signal, null);
      assert.ok(ran.code === 0 || ran.code === 1, `exit code ${ran.code}`);
    }
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --list-rules | head -1`], { cwd: REPO, encoding: 'utf8' });
    assert.equal(shell.stderr, '');
    assert.match(shell.stdout, /^yaml-syntax +error/);
  });

  it('exits 0 on a clean declaration, 1 on errors, 2 on a usage error; --help follows --lang', () => {
    const clean = spawnSync(process.execPath, [CLI, 'examples/declaration.hds.yaml', '--as-of', '2026-11-22'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stdout, /^examples\/declaration\.hds\.yaml is the main file of its declaration: checked with its 3 other files\.\n/);
    assert.equal(spawnSync(process.execPath, [CLI, 'examples/broken', '--as-of', '2026-11-22'], { cwd: REPO }).status, 1);
    const usage = spawnSync(process.execPath, [CLI, '--nope'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^hds-check: unknown option --nope\n\nUsage: /);
    const french = spawnSync(process.execPath, [CLI, '--help', '--lang', 'fr'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(french.status, 0);
    assert.match(french.stdout, /^Usage\u00a0: hds-check \[options\] <dossier ou fichier>/);
    assert.match(french.stdout, /afficher cette aide/);
  });
});
