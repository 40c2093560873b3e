// Runs hds-check's commands in process, on copies of the examples, and collects what they print.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../../server/src/cli/run';
import { REPO, TODAY } from '../fixtures';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }): Promise<Ran> {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await run(argv, { cwd, env, today: TODAY, stdout: (text) => out.push(Buffer.from(text)), stderr: (text) => (stderr += text) });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), stderr, bytes };
}

const folders: string[] = [];
after(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

export function temporaryFolder(prefix = 'hds-cli-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** A fresh copy of examples/ (the clean declaration and broken/) in a temporary folder. */
export function copyExamples(): string {
  const folder = temporaryFolder();
  fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
  return folder;
}
