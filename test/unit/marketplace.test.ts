// What the manifest promises the editor and the marketplace: workspace trust and virtual
// workspaces declared, and what a published extension needs (repository, icon, changelog).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const nls = (locale: '' | '.fr') => JSON.parse(fs.readFileSync(path.join(REPO, `package.nls${locale}.json`), 'utf8')) as Record<string, string>;

describe('manifest: trust and virtual workspaces', () => {
  it('runs fully in untrusted folders: it reads declarations and never runs anything from them', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  });

  it('says why it does not run in virtual workspaces, in English and French', () => {
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    const key = /^%(.+)%$/.exec(manifest.capabilities.virtualWorkspaces.description)?.[1];
    assert.ok(key && nls('')[key] && nls('.fr')[key]);
  });
});
