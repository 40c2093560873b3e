// The file access of the server in a browser (server/src/webFiles.ts): files come from the editor,
// asked with hds/files/* requests, only after `initialized`; what is not answered yet is pending, so
// the server checks again before publishing, and a change asks again.
import * as assert from 'node:assert/strict';
import { webFiles } from '../../server/src/webFiles';
import { ListFilesRequest, ReadFilesRequest, StatFilesRequest, toBase64, type ReadFileAnswer } from '../../server/src/protocol';

const encode = (text: string) => toBase64(new TextEncoder().encode(text));

function editor(files: Record<string, string>, existing: string[]) {
  const asked: string[] = [];
  const connection = {
    sendRequest: async (type: { method: string }, params: { uris?: string[] }) => {
      asked.push(type.method);
      if (type.method === ListFilesRequest.method) return { uris: Object.keys(files).sort(), complete: true };
      if (type.method === ReadFilesRequest.method) return (params.uris ?? []).map((uri): ReadFileAnswer => (uri in files ? { uri, stamp: '1', base64: encode(files[uri]) } : { uri, missing: true }));
      if (type.method === StatFilesRequest.method) return (params.uris ?? []).map((uri) => ({ uri, exists: existing.includes(uri) }));
      throw new Error(`unexpected ${type.method}`);
    },
  };
  return { connection: connection as unknown as Parameters<typeof webFiles>[0], asked, files };
}

describe('webFiles: the files of a browser workspace', () => {
  it('asks nothing before initialized, then lists and reads the declaration files', async () => {
    const { connection, asked } = editor({ 'vscode-vfs://github/o/r/a.hds.yaml': 'hds: 2\n', 'vscode-vfs://github/o/r/b.hds.yaml': '\ufeffsoa: []\n' }, []);
    const files = webFiles(connection);
    const listing = files.listDeclarationFiles(['vscode-vfs://github/o/r'], 10);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(asked, []);
    files.initialized!();
    assert.deepEqual(await listing, { uris: ['vscode-vfs://github/o/r/a.hds.yaml', 'vscode-vfs://github/o/r/b.hds.yaml'], complete: true });
    assert.equal(files.read('vscode-vfs://github/o/r/a.hds.yaml')?.read.text, 'hds: 2\n');
    assert.deepEqual(files.read('vscode-vfs://github/o/r/b.hds.yaml')?.read, { text: 'soa: []\n', bom: true });
    assert.equal(files.pending(), undefined);
  });

  it('says complete: false when the editor found more than the limit', async () => {
    const { connection } = editor({ 'x://r/a.hds.yaml': '', 'x://r/b.hds.yaml': '', 'x://r/c.hds.yaml': '' }, []);
    const files = webFiles(connection);
    files.initialized!();
    assert.deepEqual(await files.listDeclarationFiles(['x://r'], 2), { uris: ['x://r/a.hds.yaml', 'x://r/b.hds.yaml'], complete: false });
  });

  it('keeps an evidence lookup pending until the editor answers, then answers from it', async () => {
    const { connection } = editor({}, ['x://r/evidence/pssi.md']);
    const files = webFiles(connection);
    files.initialized!();
    assert.equal(files.evidenceStatus('x://r/evidence/pssi.md', 'x://r'), false);
    assert.equal(files.evidenceStatus('x://r/evidence/gone.md', 'x://r'), false);
    const pending = files.pending();
    assert.ok(pending, 'a lookup is pending');
    await pending;
    assert.equal(files.pending(), undefined);
    assert.equal(files.evidenceStatus('x://r/evidence/pssi.md', 'x://r'), true);
    assert.equal(files.evidenceStatus('x://r/evidence/gone.md', 'x://r'), false);
  });

  it('reads a changed or created file again, and forgets a deleted one', async () => {
    const state = editor({ 'x://r/a.hds.yaml': 'hds: 2\n' }, []);
    const files = webFiles(state.connection);
    files.initialized!();
    await files.listDeclarationFiles(['x://r'], 10);
    state.files['x://r/a.hds.yaml'] = 'hds: 2\nsoa: []\n';
    state.files['x://r/new.hds.yaml'] = 'risks: []\n';
    await files.changed(['x://r/a.hds.yaml', 'x://r/new.hds.yaml']);
    assert.equal(files.read('x://r/a.hds.yaml')?.read.text, 'hds: 2\nsoa: []\n');
    assert.equal(files.read('x://r/new.hds.yaml')?.read.text, 'risks: []\n');
    delete state.files['x://r/a.hds.yaml'];
    await files.changed(['x://r/a.hds.yaml']);
    assert.equal(files.read('x://r/a.hds.yaml'), undefined);
    assert.equal(files.pending(), undefined, 'a file the editor says is gone is not asked again');
  });
});
