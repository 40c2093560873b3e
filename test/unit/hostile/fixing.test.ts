// --fix in a hostile world: a save made while the fixes are computed is never lost (the file is
// read again before it is written, and left alone if it changed), the byte order mark is kept,
// and the checks run do not grow with the number of fixes (non-overlapping fixes go together).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../../../server/src/cli/fix';
import { parseArguments } from '../../../server/src/cli/options';
import { temporaryFolder } from './hostileRepo';

const io = (cwd: string) => ({ cwd, env: {}, stdout: () => undefined, stderr: () => undefined });

/** A declaration with `count` SoA entries whose control ids are unquoted numbers (a safe fix each), each with an evidence file. */
function declaration(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => `  - { control: 5.${i + 1}, applicable: true, status: implemented, evidence: [evidence/e${i}.md] }`);
  return `hds: 2\norganization: { name: Clinique }\nsoa:\n${entries.join('\n')}\n`;
}

describe('a hostile repository: --fix', () => {
  it('never loses a save made while it works: the file changed on disk is left alone, and said so', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'main.hds.yaml');
    fs.writeFileSync(file, declaration(3));
    const saved = `${declaration(3)}# saved in the editor meanwhile\n`;
    let calls = 0;
    // The check asks whether evidence exists: the user saves at that moment.
    const notes = await applyFixes(parseArguments(['.'], {}), io(folder), () => {
      if (calls++ === 0) fs.writeFileSync(file, saved);
      return true;
    });
    assert.equal(fs.readFileSync(file, 'utf8'), saved);
    assert.deepEqual(notes, ['hds-check: main.hds.yaml changed on disk while it was being fixed: nothing written to it (run --fix again)']);
  });

  it('keeps the byte order mark', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'main.hds.yaml');
    fs.writeFileSync(file, `\ufeff${declaration(2)}`);
    const notes = await applyFixes(parseArguments(['.'], {}), io(folder));
    assert.deepEqual(notes, ['hds-check: fixed 2 findings in main.hds.yaml']);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(bytes.toString('utf8'), /control: "5\.1",[^\n]*\n[^\n]*control: "5\.2",/);
  });

  it('applies the fixes of a round together: as many checks for 200 fixes as for 20', async () => {
    const checks: number[] = [];
    for (const count of [20, 200]) {
      const folder = temporaryFolder();
      fs.writeFileSync(path.join(folder, 'main.hds.yaml'), declaration(count));
      let asked = 0;
      // Every check asks about each evidence file the same number of times: the first one's count is the checks'.
      const notes = await applyFixes(parseArguments(['.'], {}), io(folder), (uri) => {
        if (uri.endsWith('/e0.md')) asked++;
        return true;
      });
      assert.deepEqual(notes, [`hds-check: fixed ${count} findings in main.hds.yaml`]);
      assert.doesNotMatch(fs.readFileSync(path.join(folder, 'main.hds.yaml'), 'utf8'), /control: 5\./);
      checks.push(asked);
    }
    assert.equal(checks[0], checks[1], `checks: ${checks.join(', ')}`);
  });
});
