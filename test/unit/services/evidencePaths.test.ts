// Completion of evidence paths: the entries of the folder the typed path names, relative to the
// declaration file, one segment at a time; and the bounded listing the server makes of that folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { complete, evidenceFolderAt } from '../../../server/src/services/completion';
import type { FolderListing } from '../../../server/src/services/evidencePaths';
import { listEvidenceFolder, MAX_LISTED_ENTRIES } from '../../../server/src/readText';
import { atCursor, type AtCursor } from './serviceFixtures';

const ROOT = 'file:///workspace/decl';
const listing = (uri: string, names: string[], complete = true): FolderListing => ({ uri, complete, entries: names.map((name) => ({ name: name.replace(/\/$/, ''), folder: name.endsWith('/') })) });
const newText = (item: CompletionItem) => (item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);

function itemsAt(at: AtCursor, folder: FolderListing | undefined, triggerCharacter?: string): CompletionItem[] {
  return complete({ ...at, evidenceFolder: folder, triggerCharacter })?.items ?? [];
}

describe('evidence path completion', () => {
  it('names the folder the typed path is in, relative to the declaration file, and none outside the workspace', () => {
    const soa = (value: string) => atCursor('soa.hds.yaml', `soa:\n  - { control: "5.1", applicable: true, evidence: [${value}] }\n`, { alone: true });
    const folderOf = (at: AtCursor, root = ROOT) => evidenceFolderAt(at.file, at.offset, root);
    assert.equal(folderOf(soa('|')), `${ROOT}/`);
    assert.equal(folderOf(soa('evidence/ps|')), `${ROOT}/evidence/`);
    assert.equal(folderOf(soa('evidence/sub/|')), `${ROOT}/evidence/sub/`);
    assert.equal(folderOf(soa('../|')), undefined, 'above the workspace folder');
    assert.equal(folderOf(soa('../|'), 'file:///workspace'), 'file:///workspace/');
    assert.equal(folderOf(soa('/etc/|')), undefined, 'an absolute path elsewhere');
    const anywhere = soa('|');
    assert.equal(evidenceFolderAt(anywhere.file, anywhere.offset, undefined), undefined, 'no workspace folder: nothing is listed');
    // Not an evidence path: a control id, an owner.
    assert.equal(folderOf(atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.|" }\n', { alone: true })), undefined);
    assert.equal(folderOf(atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", owner: a/| }\n', { alone: true })), undefined);
  });

  it('offers the files, then the folders, of the listed folder in the SoA', () => {
    const at = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", applicable: true, evidence: [evidence/p|] }\n', { alone: true });
    const items = itemsAt(at, listing(`${ROOT}/evidence/`, ['sub/', 'pssi.md', 'backup-plan.md']));
    assert.deepEqual([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((item) => item.label), ['backup-plan.md', 'pssi.md', 'sub/']);
    const pssi = items.find((item) => item.label === 'pssi.md')!;
    assert.equal(pssi.kind, CompletionItemKind.File);
    // The whole path typed so far is replaced (and filtered on), its folder part kept.
    assert.equal(newText(pssi), 'evidence/pssi.md');
    assert.equal(pssi.filterText, 'evidence/pssi.md');
    const sub = items.find((item) => item.label === 'sub/')!;
    assert.equal(sub.kind, CompletionItemKind.Folder);
    assert.equal(newText(sub), 'evidence/sub/');
    assert.equal(sub.command?.command, 'editor.action.triggerSuggest');
  });

  it('offers them in the requirements register and in a block list, in French', () => {
    const at = atCursor('requirements.hds.yaml', 'requirements:\n  EXI-02:\n    status: met\n    evidence:\n      - |\n', { alone: true, locale: 'fr' });
    assert.equal(evidenceFolderAt(at.file, at.offset, ROOT), `${ROOT}/`);
    const items = itemsAt(at, listing(`${ROOT}/`, ['evidence/', 'notes.md']), '/');
    assert.deepEqual(items.map((item) => [item.label, item.detail]), [['notes.md', 'fichier'], ['evidence/', 'dossier']]);
  });

  it('quotes a name YAML would misread, and keeps a quote the user opened', () => {
    const bare = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", evidence: [|] }\n', { alone: true });
    const items = itemsAt(bare, listing(`${ROOT}/`, ['a, b.md', '#notes.md', 'plain name.md']));
    assert.equal(newText(items.find((item) => item.label === 'a, b.md')!), '"a, b.md"');
    assert.equal(newText(items.find((item) => item.label === '#notes.md')!), '"#notes.md"');
    assert.equal(newText(items.find((item) => item.label === 'plain name.md')!), 'plain name.md');
    const quoted = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", evidence: ["ev|"] }\n', { alone: true });
    const inQuotes = itemsAt(quoted, listing(`${ROOT}/`, ['evidence/', 'say "hi".md']));
    assert.equal(newText(inQuotes.find((item) => item.label === 'evidence/')!), 'evidence/');
    assert.equal(newText(inQuotes.find((item) => item.label === 'say "hi".md')!), 'say \\"hi\\".md');
  });

  it('offers nothing from a listing of another folder, and a slash asks only in an evidence path', () => {
    const at = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", evidence: [evidence/|] }\n', { alone: true });
    assert.deepEqual(itemsAt(at, listing(`${ROOT}/`, ['notes.md'])), []);
    assert.deepEqual(itemsAt(at, undefined), []);
    assert.equal(itemsAt(at, listing(`${ROOT}/evidence/`, ['pssi.md']), '/').length, 1);
    const note = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", owner: RSSI/| }\n', { alone: true });
    assert.equal(complete({ ...note, triggerCharacter: '/' }), null);
  });

  it('says when the folder holds more entries than were listed', () => {
    const at = atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", evidence: [|] }\n', { alone: true });
    const [item] = itemsAt(at, listing(`${ROOT}/`, ['a.md'], false));
    assert.match(String(item.documentation), /more entries than are listed/);
  });

  describe('the listing of one folder on disk', () => {
    let root: string;
    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-evidence-'));
      for (const folder of ['evidence/sub', 'node_modules/x', '.git', 'outside']) fs.mkdirSync(path.join(root, 'ws', folder), { recursive: true });
      fs.writeFileSync(path.join(root, 'ws', 'evidence', 'pssi.md'), '');
      fs.writeFileSync(path.join(root, 'ws', '.hidden.md'), '');
      fs.writeFileSync(path.join(root, 'secret.md'), '');
      fs.symlinkSync(path.join(root, 'secret.md'), path.join(root, 'ws', 'evidence', 'link.md'));
      fs.symlinkSync(root, path.join(root, 'ws', 'up'));
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));
    const uri = (...parts: string[]) => `${pathToFileURL(path.join(root, ...parts)).href}/`;

    it('lists files and folders, without node_modules, dot entries or links', () => {
      const ws = listEvidenceFolder(uri('ws'), uri('ws'))!;
      assert.deepEqual(ws.entries.map((entry) => `${entry.name}${entry.folder ? '/' : ''}`).sort(), ['evidence/', 'outside/']);
      assert.equal(ws.complete, true);
      assert.deepEqual(listEvidenceFolder(uri('ws', 'evidence'), uri('ws'))!.entries.map((entry) => entry.name).sort(), ['pssi.md', 'sub']);
    });

    it('lists nothing outside the workspace folder, through a link either', () => {
      assert.equal(listEvidenceFolder(uri(), uri('ws')), undefined);
      assert.equal(listEvidenceFolder(uri('ws', 'up'), uri('ws')), undefined);
      assert.equal(listEvidenceFolder(uri('ws', 'missing'), uri('ws')), undefined);
    });

    it('stops at a few hundred entries and says so', () => {
      const big = path.join(root, 'ws', 'big');
      fs.mkdirSync(big);
      for (let index = 0; index < MAX_LISTED_ENTRIES + 20; index++) fs.writeFileSync(path.join(big, `f${index}.md`), '');
      const listed = listEvidenceFolder(uri('ws', 'big'), uri('ws'))!;
      assert.equal(listed.entries.length, MAX_LISTED_ENTRIES);
      assert.equal(listed.complete, false);
    });
  });
});
