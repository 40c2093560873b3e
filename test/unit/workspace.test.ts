// The server's view of the workspace (server/src/workspace.ts): which files form which
// declaration, as files are opened, edited, changed on disk and deleted. The grouping is kept
// between calls, so these tests make sure it follows every change that can regroup the files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../../server/src/workspace';
import { nodeFiles } from '../../server/src/nodeFiles';

const MAIN = 'hds: 2\norganization:\n  name: Clinique SAS\n';
const RISKS = 'risks: []\n';

describe('Workspace: declarations', () => {
  let folder: string;
  let workspace: Workspace;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  };
  /** Each declaration as its root (relative to the folder) and its files' names. */
  const grouping = () =>
    workspace.declarations().map((declaration) => ({
      root: path.relative(folder, new URL(declaration.root).pathname) || '.',
      files: declaration.uris.map((file) => path.relative(folder, new URL(file).pathname)).sort(),
    }));

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-workspace-'));
    write('declaration.hds.yaml', MAIN);
    write('risks.hds.yaml', RISKS);
    write('site/lyon.hds.yaml', RISKS);
    workspace = new Workspace(nodeFiles);
    workspace.setFolders([pathToFileURL(folder).href]);
    await workspace.scan();
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('groups the files below a main file into its declaration, and gives the same answer when nothing changed', () => {
    const expected = [{ root: '.', files: ['declaration.hds.yaml', 'risks.hds.yaml', 'site/lyon.hds.yaml'] }];
    assert.deepEqual(grouping(), expected);
    assert.deepEqual(grouping(), expected);
  });

  it('makes a file a declaration of its own as soon as an edit gives it `hds:`, and takes it back when the edit is undone', () => {
    workspace.open(uri('site/lyon.hds.yaml'), RISKS);
    assert.equal(grouping().length, 1);
    workspace.open(uri('site/lyon.hds.yaml'), MAIN);
    assert.deepEqual(grouping(), [
      { root: '.', files: ['declaration.hds.yaml', 'risks.hds.yaml'] },
      { root: 'site', files: ['site/lyon.hds.yaml'] },
    ]);
    workspace.open(uri('site/lyon.hds.yaml'), RISKS);
    assert.deepEqual(grouping(), [{ root: '.', files: ['declaration.hds.yaml', 'risks.hds.yaml', 'site/lyon.hds.yaml'] }]);
  });

  it('follows a file changed on disk without a notification (its size or time stamp changes)', () => {
    assert.equal(grouping().length, 1);
    write('site/lyon.hds.yaml', `${MAIN}# Lyon\n`);
    assert.deepEqual(
      grouping().map((declaration) => declaration.root),
      ['.', 'site'],
    );
  });

  it('drops a deleted file, notified or not, and takes in a created one', () => {
    fs.rmSync(path.join(folder, 'risks.hds.yaml'));
    assert.deepEqual(grouping(), [{ root: '.', files: ['declaration.hds.yaml', 'site/lyon.hds.yaml'] }]);
    write('soa.hds.yaml', 'soa: []\n');
    workspace.fileCreated(uri('soa.hds.yaml'));
    assert.deepEqual(grouping(), [{ root: '.', files: ['declaration.hds.yaml', 'site/lyon.hds.yaml', 'soa.hds.yaml'] }]);
    fs.rmSync(path.join(folder, 'declaration.hds.yaml'));
    workspace.fileDeleted(uri('declaration.hds.yaml'));
    // Without a main file, the files of the folder form one declaration rooted at the workspace folder.
    assert.deepEqual(grouping(), [{ root: '.', files: ['site/lyon.hds.yaml', 'soa.hds.yaml'] }]);
  });

  it('drops the files of a deleted folder, reported as one event for the folder', () => {
    const site = pathToFileURL(path.join(folder, 'site')).href;
    // A path that merely begins like the folder, and a deleted file of no declaration, change nothing.
    workspace.pathsDeleted([`${site.slice(0, -1)}`, uri('notes.txt')]);
    assert.equal(grouping()[0].files.length, 3);
    // Even a file the editor still holds open: its tab may be closed, the document not yet.
    workspace.open(uri('site/lyon.hds.yaml'), RISKS);
    workspace.pathsDeleted([`${site}/`]);
    assert.deepEqual(grouping(), [{ root: '.', files: ['declaration.hds.yaml', 'risks.hds.yaml'] }]);
    // Typing in that buffer brings it back.
    workspace.open(uri('site/lyon.hds.yaml'), RISKS);
    assert.equal(grouping()[0].files.length, 3);
  });

  it('regroups when the workspace folders change, even with the same files', async () => {
    // Files under no main file are grouped by workspace folder.
    fs.rmSync(path.join(folder, 'declaration.hds.yaml'));
    workspace.fileDeleted(uri('declaration.hds.yaml'));
    assert.deepEqual(grouping(), [{ root: '.', files: ['risks.hds.yaml', 'site/lyon.hds.yaml'] }]);
    workspace.setFolders([pathToFileURL(folder).href, pathToFileURL(path.join(folder, 'site')).href]);
    await workspace.scan();
    assert.deepEqual(grouping(), [
      { root: '.', files: ['risks.hds.yaml'] },
      { root: 'site', files: ['site/lyon.hds.yaml'] },
    ]);
  });
});
