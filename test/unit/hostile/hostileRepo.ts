// Hostile repositories for the tests of this folder: copies of the clean example declaration with
// symbolic links to devices and to files outside, named pipes, planted output links, and a
// command line run on them both in process and as CI runs it (the bundled dist/cli.js).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../fixtures';
import { temporaryFolder } from '../cli/cliHarness';

export { runCli, temporaryFolder } from '../cli/cliHarness';

/** A folder holding a copy of the clean example declaration (examples/ without broken/). */
export function cleanRepository(prefix = 'hds-hostile-'): string {
  const folder = temporaryFolder(prefix);
  for (const entry of fs.readdirSync(path.join(REPO, 'examples'))) {
    if (entry !== 'broken') fs.cpSync(path.join(REPO, 'examples', entry), path.join(folder, entry), { recursive: true });
  }
  return folder;
}

export function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/**
 * Runs the bundled hds-check as CI does. The kill after a minute is no timing: it only turns a
 * command that would read /dev/zero or wait on a pipe forever into a failed test, not a stuck run.
 */
export function spawnCli(args: string[], cwd: string): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const ran = spawnSync(process.execPath, ['--max-old-space-size=512', path.join(REPO, 'dist', 'cli.js'), ...args, '--as-of', '2026-11-22'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: ran.status, signal: ran.signal, stdout: ran.stdout, stderr: ran.stderr };
}

/** Runs `script` in a node of its own, under the same kill, with out/ at hand: `require(OUT + '/server/src/workspace.js')`. */
export function inChild(script: string): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const ran = spawnSync(process.execPath, ['--max-old-space-size=512', '-e', `const OUT = ${JSON.stringify(path.join(REPO, 'out'))};\n${script}`], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: ran.status, signal: ran.signal, stdout: ran.stdout, stderr: ran.stderr };
}
