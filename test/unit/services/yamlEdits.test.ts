// The edit-preserving YAML toolkit: new items and keys are written in the file's own style, and
// everything else (comments, blank lines, order) stays byte for byte.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { parse } from 'yaml';
import { parseFile } from '../../../server/src/engine';
import { detectStyle, flowList, insertMapEntry, insertSequenceItems, renameKey, replaceScalar, scalar, scalarAt, type NewItem } from '../../../server/src/services/yamlEdits';

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///t.hds.yaml', 'hds-yaml', 1, text), edits);
const file = (text: string) => parseFile({ uri: 'file:///t.hds.yaml', text });
const risk: NewItem = { entries: [{ key: 'id', value: 'R-03' }, { key: 'scenario', value: 'B.c' }, { key: 'controls', value: '[]', comment: 'to assess' }] };

function appendRisk(text: string, items: NewItem[] = [risk]): string {
  return apply(text, insertSequenceItems(file(text), ['risks'], [{ after: 'end', items }]));
}

describe('yamlEdits', () => {
  describe('inserting list items', () => {
    it('appends a block item after the last one, keeping comments and the blank lines between items', () => {
      const text = [
        '# Risks',
        'risks:',
        '  - id: R-01',
        '    title: x  # first',
        '',
        '  - id: R-02',
        '    title: y',
        '    # a note under R-02',
        '',
        '# the SoA follows',
        'soa: []',
        '',
      ].join('\n');
      const expected = [
        '# Risks',
        'risks:',
        '  - id: R-01',
        '    title: x  # first',
        '',
        '  - id: R-02',
        '    title: y',
        '    # a note under R-02',
        '',
        '  - id: R-03',
        '    scenario: B.c',
        '    controls: []  # to assess',
        '',
        '# the SoA follows',
        'soa: []',
        '',
      ].join('\n');
      assert.equal(appendRisk(text), expected);
    });

    it('writes flow items when the siblings are flow mappings, with their brace spacing and comment column', () => {
      const text = 'risks:\n  - {id: R-01}          # one\n  - {id: R-02}          # two\n';
      assert.equal(appendRisk(text), 'risks:\n  - {id: R-01}          # one\n  - {id: R-02}          # two\n  - {id: R-03, scenario: B.c, controls: []}  # to assess\n');
      const spaced = 'risks:\n  - { id: R-01 }                                 # one\n';
      assert.equal(appendRisk(spaced), 'risks:\n  - { id: R-01 }                                 # one\n  - { id: R-03, scenario: B.c, controls: [] }    # to assess\n');
    });

    it('follows a 4-space indent, with items indented under their key or flush with it', () => {
      const indented = 'organization:\n    name: X\nrisks:\n    -   id: R-01\n        title: x\n';
      assert.equal(appendRisk(indented), 'organization:\n    name: X\nrisks:\n    -   id: R-01\n        title: x\n    -   id: R-03\n        scenario: B.c\n        controls: []  # to assess\n');
      const flush = 'organization:\n    name: X\nrisks:\n- id: R-01\n  title: x\n';
      assert.equal(appendRisk(flush), 'organization:\n    name: X\nrisks:\n- id: R-01\n  title: x\n- id: R-03\n  scenario: B.c\n  controls: []  # to assess\n');
      assert.equal(detectStyle(file(flush)).indentUnit, 2);
      assert.equal(detectStyle(file(flush)).itemsIndented, false);
      assert.equal(detectStyle(file(indented)).indentUnit, 4);
    });

    it('creates the section when absent, in the file style (flush items in a flush file)', () => {
      assert.equal(appendRisk('hds: 2\n'), 'hds: 2\n\nrisks:\n  - id: R-03\n    scenario: B.c\n    controls: []  # to assess\n');
      assert.equal(appendRisk('hds: 2'), 'hds: 2\n\nrisks:\n  - id: R-03\n    scenario: B.c\n    controls: []  # to assess\n');
      assert.equal(
        appendRisk('hds: 2\nsoa:\n- { control: "5.1", applicable: true }\n'),
        'hds: 2\nsoa:\n- { control: "5.1", applicable: true }\n\nrisks:\n- id: R-03\n  scenario: B.c\n  controls: []  # to assess\n',
      );
    });

    it('fills an empty section (`risks:` or `risks: []`), keeping a comment on its line', () => {
      assert.equal(appendRisk('risks:\nsoa: []\n'), 'risks:\n  - id: R-03\n    scenario: B.c\n    controls: []  # to assess\nsoa: []\n');
      assert.equal(appendRisk('risks: []  # none yet\n'), 'risks:  # none yet\n  - id: R-03\n    scenario: B.c\n    controls: []  # to assess\n');
    });

    it('extends a flow sequence with flow items', () => {
      assert.equal(appendRisk('risks: [{ id: R-01 }]\n'), 'risks: [{ id: R-01 }, { id: R-03, scenario: B.c, controls: [] }]\n');
    });

    it('inserts after a given item, or before the first one', () => {
      const text = 'soa:\n  - { control: "5.1" }\n  - { control: "5.3" }\n';
      const item = (id: string): NewItem => ({ entries: [{ key: 'control', value: JSON.stringify(id) }] });
      const edits = insertSequenceItems(file(text), ['soa'], [{ after: 0, items: [item('5.2')] }, { after: 'end', items: [item('5.4')] }]);
      assert.equal(apply(text, edits), 'soa:\n  - { control: "5.1" }\n  - { control: "5.2" }\n  - { control: "5.3" }\n  - { control: "5.4" }\n');
      const first = insertSequenceItems(file('soa:\n  - { control: "5.2" }\n'), ['soa'], [{ after: -1, items: [item('5.1')] }]);
      assert.equal(apply('soa:\n  - { control: "5.2" }\n', first), 'soa:\n  - { control: "5.1" }\n  - { control: "5.2" }\n');
    });

    it('keeps Windows line endings', () => {
      assert.equal(appendRisk('risks:\r\n  - id: R-01\r\n'), 'risks:\r\n  - id: R-01\r\n  - id: R-03\r\n    scenario: B.c\r\n    controls: []  # to assess\r\n');
    });

    it('refuses to edit a file with syntax errors, where offsets cannot be trusted', () => {
      assert.deepEqual(insertSequenceItems(file('risks:\n  - { id: R-01\n'), ['risks'], [{ after: 'end', items: [risk] }]), []);
    });
  });

  describe('inserting keys', () => {
    it('adds a key in a block mapping after a given key, keeping the value column and trailing comments', () => {
      const text = 'contract:\n  EXI-17: "a"  # x\n  EXI-19: b\n';
      const edits = insertMapEntry(file(text), ['contract'], { key: 'EXI-18', value: '"TODO"', comment: 'title' }, { after: 'EXI-17' });
      assert.equal(apply(text, edits), 'contract:\n  EXI-17: "a"  # x\n  EXI-18: "TODO"  # title\n  EXI-19: b\n');
      const aligned = 'scope:\n    activities:\n        hardware:       { provided: in-house }\n';
      const added = insertMapEntry(file(aligned), ['scope', 'activities'], { key: 'backup', value: '{ provided: in-house }' });
      assert.equal(apply(aligned, added), 'scope:\n    activities:\n        hardware:       { provided: in-house }\n        backup:         { provided: in-house }\n');
    });

    it('adds a key before another one', () => {
      const text = 'contract:\n  EXI-19: b\n';
      assert.equal(apply(text, insertMapEntry(file(text), ['contract'], { key: 'EXI-18', value: 'a' }, { before: 'EXI-19' })), 'contract:\n  EXI-18: a\n  EXI-19: b\n');
    });

    it('adds a key to a flow mapping, empty or not', () => {
      const text = 'soa:\n  - { control: "5.15", applicable: false }  # comment\n';
      assert.equal(
        apply(text, insertMapEntry(file(text), ['soa', 0], { key: 'justification', value: '""' }, { after: 'applicable' })),
        'soa:\n  - { control: "5.15", applicable: false, justification: "" }  # comment\n',
      );
      assert.equal(apply('contract: {}\n', insertMapEntry(file('contract: {}\n'), ['contract'], { key: 'EXI-17', value: 'a' })), 'contract: { EXI-17: a }\n');
    });

    it('fills a key without value, and creates a missing section at the end', () => {
      assert.equal(apply('contract:\nsoa: []\n', insertMapEntry(file('contract:\nsoa: []\n'), ['contract'], { key: 'EXI-17', value: 'a' })), 'contract:\n  EXI-17: a\nsoa: []\n');
      assert.equal(apply('hds: 2\n', insertMapEntry(file('hds: 2\n'), ['contract'], { key: 'EXI-17', value: 'a' })), 'hds: 2\n\ncontract:\n  EXI-17: a\n');
    });
  });

  describe('replacing', () => {
    it('replaces a scalar in its own quoting style, or quoted when asked', () => {
      const text = 'a: ["x", \'y\', z, 8.10]\n';
      const at = (needle: string) => scalarAt(file(text), text.indexOf(needle))!.node;
      assert.equal(apply(text, replaceScalar(file(text), at('"x"'), 'X')), 'a: ["X", \'y\', z, 8.10]\n');
      assert.equal(apply(text, replaceScalar(file(text), at("'y'"), "it's")), "a: [\"x\", 'it''s', z, 8.10]\n");
      assert.equal(apply(text, replaceScalar(file(text), at('z'), 'Z')), 'a: ["x", \'y\', Z, 8.10]\n');
      assert.equal(apply(text, replaceScalar(file(text), at('8.10'), '8.1', { quote: true })), 'a: ["x", \'y\', z, "8.1"]\n');
    });

    it('keeps a lined-up comment in its column when a value grows or shrinks', () => {
      const text = 'a: { by: [dc-sud] }       # note\nb: { x: 1 }  # tight\n';
      const grown = apply(text, replaceScalar(file(text), scalarAt(file(text), text.indexOf('dc-sud'))!.node, 'dc-sud1'));
      assert.equal(grown, 'a: { by: [dc-sud1] }      # note\nb: { x: 1 }  # tight\n');
      const shrunk = apply(text, replaceScalar(file(text), scalarAt(file(text), text.indexOf('dc-sud'))!.node, 'dc'));
      assert.equal(shrunk, 'a: { by: [dc] }           # note\nb: { x: 1 }  # tight\n');
      const added = apply(text, insertMapEntry(file(text), ['b'], { key: 'y', value: '2' }));
      assert.equal(added, 'a: { by: [dc-sud] }       # note\nb: { x: 1, y: 2 }  # tight\n');
      const soa = 'soa:\n  - { control: "5.15", applicable: false }                          # excluded\n';
      assert.equal(
        apply(soa, insertMapEntry(file(soa), ['soa', 0], { key: 'justification', value: '"x"' })),
        'soa:\n  - { control: "5.15", applicable: false, justification: "x" }      # excluded\n',
      );
    });

    it('renames a key and shrinks the alignment padding so the value keeps its column', () => {
      const text = 'activities:\n  3:                        { provided: in-house }\n  hardware: { provided: in-house }\n';
      const located = scalarAt(file(text), text.indexOf('3:'))!;
      assert.equal(located.role, 'key');
      assert.deepEqual(located.path, ['activities', '3']);
      assert.equal(
        apply(text, [renameKey(file(text), located.pair!, 'virtual-infrastructure')]),
        'activities:\n  virtual-infrastructure:   { provided: in-house }\n  hardware: { provided: in-house }\n',
      );
      const tight = 'transfer: { public_page: x }\n';
      assert.equal(apply(tight, [renameKey(file(tight), scalarAt(file(tight), 0)!.pair!, 'transfers')]), 'transfers: { public_page: x }\n');
    });
  });

  describe('scalars', () => {
    it('reads back as the same string in block and flow context', () => {
      for (const value of ['B.c', 'Health data: copied', "Copie de l'hébergeur", '8.24', 'true', '2026-01-01', 'a, b', '- x', '#x', 'x #y', '', ' padded', 'null', '{x}', 'Défaillance physique']) {
        const written = scalar(value);
        assert.equal(parse(`k: ${written}`).k, value, written);
        assert.equal(parse(`k: { v: ${written} }`).k.v, value, written);
        assert.equal(parse(`k: [${written}]`).k[0], value, written);
      }
      assert.equal(scalar('B.c'), 'B.c');
      assert.equal(scalar('8.24'), '"8.24"');
      assert.equal(flowList(['hardware', 'backup']), '[hardware, backup]');
    });
  });
});
