// The rule tests' own test, as ESLint's build does it: every rule has a test file of its own,
// named after it, with cases where it stays silent and cases where it fires, and every message a
// rule can give is shown firing in detail at least once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../../server/src/engine';
import { REPO } from '../fixtures';
import { coverage } from '../ruleTester';

describe('rule tests', () => {
  const folder = path.join(REPO, 'test/unit/rules');

  it('are one file per rule, named after it', () => {
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.test.ts') && name !== 'meta.test.ts');
    assert.deepEqual(files.sort(), rules.map((rule) => `${rule.code}.test.ts`).sort());
    for (const rule of rules) {
      const source = fs.readFileSync(path.join(folder, `${rule.code}.test.ts`), 'utf8');
      assert.match(source, new RegExp(`testRule\\('${rule.code}'`), `${rule.code}.test.ts tests another rule`);
    }
  });

  for (const rule of rules) {
    it(`cover ${rule.code}: silent and firing cases, every message in detail`, () => {
      const cases = coverage.get(rule.code);
      assert.ok(cases, `no testRule('${rule.code}', …)`);
      assert.ok(cases.valid > 0, 'no case where it stays silent');
      assert.ok(cases.invalid > 0, 'no case where it fires');
      assert.ok(cases.cleanValid <= 1, 'several silent cases are the unchanged clean declaration: make each a boundary case');
      assert.deepEqual(Object.keys(rule.messages).filter((id) => !cases.messageIds.has(id)), [], 'messages never shown firing in detail');
    });
  }
});
