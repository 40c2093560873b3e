// Files where appending a section or an item as block text would change what the file says: the
// property-based tests found each of these in the YAML test suite. No edit is offered there.
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../server/src/engine';
import { insertMapEntry, insertSequenceItems } from '../../../server/src/services/yamlEdits';

const item = { entries: [{ key: 'id', value: 'R-1' }] };
const edits = (text: string) => {
  const file = parseFile({ uri: 'file:///workspace/main.hds.yaml', text });
  return [...insertSequenceItems(file, ['risks'], [{ after: 'end', items: [item] }]), ...insertMapEntry(file, ['contract'], { key: 'EXI-17', value: 'x' })];
};

describe('yamlEdits: no edit where block text would change the file’s meaning', () => {
  const cases: [string, string][] = [
    ['a flow mapping as the root (2XXW, 4ABK)', '{ hds: 2, soa: [] }\n'],
    ['a !!set as the root', '--- !!set\n? a\n? b\n'],
    ['a tagged collection anywhere', 'hds: 2\nsoa: !!omap\n  - a: 1\n'],
    ['a document end marker (M29M): appended lines would start a second document', 'hds: 2\n...\n'],
    ['a keep-chomped block scalar at the end (A6F9): it would take the new lines in', 'hds: 2\nnotes: |+\n  text\n'],
  ];
  for (const [name, text] of cases) it(name, () => assert.deepEqual(edits(text), []));

  it('a plain block file still gets its section', () => {
    assert.equal(edits('hds: 2\nnotes: |\n  text\n').length, 2);
  });
});
