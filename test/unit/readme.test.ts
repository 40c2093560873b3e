// The README is part of the product: its rule table and its commands must stay true.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../server/src/engine';
import { REPO } from './fixtures';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every rule once, with its requirement and default severity', () => {
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]*) \| ([a-z]+) \|/gm)].map(([, code, requirement, severity]) => ({
      code,
      requirement: requirement.trim(),
      severity,
    }));
    const expected = rules.map((rule) => ({ code: rule.code, requirement: rule.requirement ?? '', severity: rule.severity }));
    assert.deepEqual(rows, expected);
  });

  it('opens with the build command and the test command, and CI runs the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
    assert.deepEqual(commands, ['npm ci && npm run demo', 'npm test']);
    const ci = readFileSync(path.join(REPO, '.ci/run'), 'utf8');
    assert.match(ci, /^npm test$/m);
  });
});
