// The shipped examples: the complete declaration checks clean, and the broken one fires every rule.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDeclaration, groupDeclarations, rules, type Finding } from '../../server/src/engine';
import { findDeclarationFiles } from '../../server/src/nodeFiles';
import { REPO, TODAY } from './fixtures';

async function checkFolder(folder: string, locale: 'en' | 'fr' = 'en'): Promise<{ groups: number; findings: Finding[] }> {
  const root = pathToFileURL(folder).href;
  const files = (await findDeclarationFiles(folder)).map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') }));
  const groups = groupDeclarations(files, [root]);
  const fileExists = (uri: string) => fs.existsSync(fileURLToPath(uri));
  const findings = groups.flatMap((group) => checkDeclaration(group.files, { today: TODAY, locale, workspaceRoot: root, fileExists }).findings);
  return { groups: groups.length, findings };
}

describe('examples', () => {
  it('the complete declaration, split over four files, checks clean', async () => {
    const { groups, findings } = await checkFolder(path.join(REPO, 'examples'));
    const clean = findings.filter((finding) => !finding.uri.includes('/examples/broken/'));
    assert.equal(groups, 3, 'examples, examples/broken and examples/broken/missing-sections are three declarations');
    assert.deepEqual(clean.map((finding) => `${finding.code} ${finding.uri}:${finding.range.start.line + 1} ${finding.message}`), []);
  });

  it('the broken declaration fires every rule', async () => {
    const { findings } = await checkFolder(path.join(REPO, 'examples', 'broken'));
    const fired = new Set(findings.map((finding) => finding.code));
    assert.deepEqual(rules.map((rule) => rule.code).filter((code) => !fired.has(code)), []);
  });

  it('the broken declaration reads in French too', async () => {
    const { findings } = await checkFolder(path.join(REPO, 'examples', 'broken'), 'fr');
    const storage = findings.find((finding) => finding.code === 'storage-outside-eea');
    assert.match(storage!.message, /Stockage hors de l’EEE\u00a0: États-Unis/);
  });
});
