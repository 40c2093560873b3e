// A throw-away copy of examples/ to open as the editor's workspace, so no test ever edits the repository.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');

/** The date the expiry rules are checked against, so the examples give the same findings on any day. */
export const AS_OF = '2026-11-22';

export interface TempWorkspace {
  /** A fresh folder holding the temporary workspace and anything else a launcher wants to keep beside it. */
  base: string;
  /** The workspace folder: a copy of examples/ with a .vscode/settings.json. */
  folder: string;
  remove(): void;
}

export function makeWorkspace(prefix = 'hds-e2e-'): TempWorkspace {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const folder = path.join(base, 'workspace');
  fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.vscode'));
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify({ 'hds.asOf': AS_OF }, null, 2)}\n`);
  return { base, folder, remove: () => fs.rmSync(base, { recursive: true, force: true }) };
}

/** Fails with the command to run when the bundles the editor loads are missing. */
export function assertBuilt(): void {
  for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
    if (!fs.existsSync(path.join(REPO, bundle))) throw new Error(`${bundle} is missing: run \`npx tsc -p . && node esbuild.mjs\` first`);
  }
}
