// Runs the integration suite (suite/index.ts) in a VS Code that @vscode/test-electron downloads.
// For machines that can reach VS Code's download site; offline machines use runCodeServer.ts.
//   npm run test:e2e:electron        (VSCODE_VERSION=1.100.3 to pin a version; default: latest stable)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { printResults, readResults } from './results';
import { assertBuilt, makeWorkspace, REPO } from './workspace';

async function main(): Promise<number> {
  assertBuilt();
  const workspace = makeWorkspace();
  const resultsFile = path.join(workspace.base, 'results.json');
  try {
    const exitCode = await runTests({
      version: process.env.VSCODE_VERSION,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      extensionTestsEnv: { HDS_E2E_RESULTS: resultsFile },
      // runTests adds --no-sandbox, --skip-welcome, --disable-workspace-trust … and an --extensions-dir.
      launchArgs: [workspace.folder, '--disable-extensions', `--user-data-dir=${path.join(workspace.base, 'user-data')}`],
    });
    const results = readResults(resultsFile);
    if (results) printResults(results, '@vscode/test-electron');
    return exitCode;
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, i.e. when a test failed or the suite could not start.
    const results = readResults(resultsFile);
    if (results) printResults(results, '@vscode/test-electron');
    else console.error(`the suite did not run: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (fs.existsSync(workspace.base)) workspace.remove();
  }
}

main().then((code) => process.exit(code));
