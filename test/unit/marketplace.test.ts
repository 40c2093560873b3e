// What the manifest promises the editor and the marketplace: workspace trust and virtual
// workspaces declared, and what a published extension needs (repository, icon, changelog).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('manifest: trust and virtual workspaces', () => {
  it('runs fully in untrusted folders: it reads declarations and never runs anything from them', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  });

  it('runs in virtual workspaces (github.dev, the GitLab Web IDE): a web extension, its files read through the editor', () => {
    assert.deepEqual(manifest.capabilities.virtualWorkspaces, { supported: true });
    assert.equal(manifest.browser, './dist/browser/client.js');
    const ignore = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!dist\/browser\/client\.js$/m);
    assert.match(ignore, /^!dist\/browser\/server\.js$/m);
  });
});

describe('manifest: ready for the marketplace', () => {
  it('names its repository and a 128×128 PNG icon that ships in the package', () => {
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    const png = fs.readFileSync(path.join(REPO, manifest.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    const ignore = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!images\/\*\*$/m);
    assert.match(ignore, /^!CHANGELOG\.md$/m);
  });

  it('keeps a changelog with an Unreleased section and the current version', () => {
    const changelog = fs.readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8');
    const sections = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    assert.equal(sections[0], 'Unreleased');
    assert.ok(sections.includes(manifest.version), `no section for ${manifest.version}`);
  });

  it('bundles are minified (source maps stay beside them)', () => {
    for (const bundle of ['client.js', 'server.js', 'cli.js', 'exceljs.js']) {
      const text = fs.readFileSync(path.join(REPO, 'dist', bundle), 'utf8');
      const lines = text.split('\n').length;
      assert.ok(text.length / lines > 1000, `${bundle}: ${lines} lines for ${text.length} characters`);
      assert.ok(fs.existsSync(path.join(REPO, 'dist', `${bundle}.map`)));
    }
  });

  it('keeps the workbook library apart: the server and the command line load dist/exceljs.js only to write a workbook, and it ships', () => {
    const workbookPart = 'xl/workbook.xml'; // a path every .xlsx holds, written by exceljs
    assert.ok(fs.readFileSync(path.join(REPO, 'dist', 'exceljs.js'), 'utf8').includes(workbookPart));
    for (const bundle of ['server.js', 'cli.js']) {
      const text = fs.readFileSync(path.join(REPO, 'dist', bundle), 'utf8');
      assert.ok(!text.includes(workbookPart), `${bundle} bundles exceljs`);
      assert.ok(text.includes('import("./exceljs.js")'), `${bundle} loads ./exceljs.js when asked`);
    }
    assert.match(fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8'), /^!dist\/exceljs\.js$/m);
  });
});
