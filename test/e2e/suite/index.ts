// Entry point of the integration suite inside a real VS Code extension host. Both launchers name this
// module as `extensionTestsPath`: VS Code calls `run()` once the workbench and extension host are up.
// @vscode/test-electron reads the outcome from the returned promise; code-server's browser cannot report
// it, so the outcome (counts, failures, timings) is also written as JSON to $HDS_E2E_RESULTS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { metrics } from './helpers';

/** Activation runs first, so that it sees the extension as the editor started it. */
const ORDER = ['activation', 'diagnostics', 'completion', 'hover', 'codeActions', 'coverage'];

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  vscodeVersion: string;
  tests: TestOutcome[];
  metrics: Record<string, number>;
}

export async function run(): Promise<void> {
  const started = Date.now();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const rank = (file: string) => {
    const index = ORDER.indexOf(path.basename(file, '.test.js'));
    return index < 0 ? ORDER.length : index;
  };
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).map((name) => path.join(__dirname, name));
  for (const file of files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) mocha.addFile(file);

  const tests: TestOutcome[] = [];
  const outcome = await new Promise<SuiteResults>((resolve) => {
    const runner = mocha.run(() =>
      resolve({
        passed: tests.filter((test) => test.state === 'passed').length,
        failed: tests.filter((test) => test.state === 'failed').length,
        pending: tests.filter((test) => test.state === 'pending').length,
        durationMs: Date.now() - started,
        vscodeVersion: vscode.version,
        tests,
        metrics,
      }),
    );
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
    // Hook failures ("before all" …) count as failures too, under the hook's title.
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error?.stack ?? String(error) }),
    );
  });

  const resultsFile = process.env.HDS_E2E_RESULTS;
  if (resultsFile) fs.writeFileSync(resultsFile, `${JSON.stringify(outcome, null, 2)}\n`);
  if (outcome.failed > 0) throw new Error(`${outcome.failed} of ${outcome.tests.length} end-to-end tests failed`);
}
