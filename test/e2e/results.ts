// Prints the outcome the integration suite wrote (see suite/index.ts), the same way for every launcher.
import * as fs from 'node:fs';
import type { SuiteResults } from './suite/index';

export function readResults(file: string): SuiteResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults) : undefined;
}

export function printResults(results: SuiteResults, launcher: string): void {
  console.log(`\nIntegration suite in VS Code ${results.vscodeVersion} (${launcher}), ${(results.durationMs / 1000).toFixed(1)} s:`);
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${test.title}${test.durationMs !== undefined ? ` (${test.durationMs} ms)` : ''}`);
  }
  for (const test of results.tests.filter((item) => item.state === 'failed')) {
    console.log(`\n  FAILED: ${test.title}\n    ${(test.error ?? '').split('\n').slice(0, 12).join('\n    ')}`);
  }
  if (Object.keys(results.metrics).length > 0) {
    console.log('\n  timings (ms):');
    for (const [name, value] of Object.entries(results.metrics)) console.log(`    ${name}: ${value}`);
  }
  console.log(`\nintegration suite: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
}
