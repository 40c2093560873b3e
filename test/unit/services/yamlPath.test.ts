// The path at the cursor, in whole and half-typed documents, from the AST and from indentation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { visit } from 'yaml';
import { parseFile } from '../../../server/src/engine';
import { cursorContext, textContext, type CursorContext } from '../../../server/src/services/yamlPath';
import { REPO } from '../fixtures';

/** `text` with the cursor written as `|`. */
export function at(textWithCursor: string): { text: string; offset: number; context: CursorContext | undefined } {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { text, offset, context: cursorContext(parseFile({ uri: 'file:///t.hds.yaml', text }), offset) };
}

function expectContext(textWithCursor: string, expected: Partial<CursorContext>): CursorContext {
  const { context } = at(textWithCursor);
  assert.ok(context, `no context for ${JSON.stringify(textWithCursor)}`);
  const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, context[key as keyof CursorContext]]));
  assert.deepEqual(picked, expected, JSON.stringify(textWithCursor));
  return context;
}

describe('path at the cursor', () => {
  it('finds a half-typed control id in a block sequence item', () => {
    expectContext('soa:\n  - control: "5.1"\n    applicable: true\n  - control: 8.|\n', { kind: 'value', path: ['soa', 1, 'control'], prefix: '8.' });
  });

  it('finds an empty value after `key: `', () => {
    expectContext('scope:\n  activities:\n    hardware:\n      provided: |\n      by: [dc]\n', { kind: 'value', path: ['scope', 'activities', 'hardware', 'provided'], prefix: '' });
  });

  it('finds a bare half-typed key and the keys already written around it', () => {
    expectContext('scope:\n  activities:\n    hardware:\n      by: [dc]\n      prov|\n      sites: []\n', {
      kind: 'key',
      path: ['scope', 'activities', 'hardware', 'prov'],
      prefix: 'prov',
      siblingKeys: ['by', 'sites'],
      source: 'text',
    });
  });

  it('finds a key on an empty line, at the indentation the cursor is at', () => {
    expectContext('hds: 2\norganization:\n  name: X\n  |\n', { kind: 'key', path: ['organization', ''], siblingKeys: ['name'] });
    expectContext('hds: 2\norganization:\n  name: X\n|\n', { kind: 'key', path: [''], siblingKeys: ['hds', 'organization'] });
  });

  it('sees a new item position in a block sequence, with or without its dash', () => {
    const withDash = expectContext('risks:\n  - id: R-01\n    title: t\n  - |\n', { kind: 'value', path: ['risks', 1] });
    assert.deepEqual(withDash.itemStart, { dash: true, dashOffset: 'risks:\n  - id: R-01\n    title: t\n'.length + 2 });
    const withoutDash = expectContext('risks:\n  - id: R-01\n    title: t\n  |\n', { kind: 'value', path: ['risks', 1] });
    assert.deepEqual(withoutDash.itemStart, { dash: false });
  });

  it('reads a sequence written at the same column as its key', () => {
    expectContext('risks:\n- id: R-01\n- id: R-02\n  scenario: B|\n', { kind: 'value', path: ['risks', 1, 'scenario'], prefix: 'B' });
    expectContext('risks:\n- id: R-01\n  title: t\n- |\n', { kind: 'value', path: ['risks', 1], itemStart: { dash: true, dashOffset: 'risks:\n- id: R-01\n  title: t\n'.length } });
  });

  it('finds the keys of a mapping item after its dash', () => {
    expectContext('risks:\n  - id: R-01\n    sce|\n', { kind: 'key', path: ['risks', 0, 'sce'], siblingKeys: ['id'] });
    expectContext('risks:\n  - id: R-01\n    controls:\n      - "5.1"\n      - 8.2|\n', { kind: 'value', path: ['risks', 0, 'controls', 1], prefix: '8.2' });
  });

  it('reads flow collections on the cursor line', () => {
    expectContext('scope:\n  activities:\n    hardware: { provided: subcontracted, by: [dc, |] }\n', { kind: 'value', path: ['scope', 'activities', 'hardware', 'by', 1], flow: true, prefix: '' });
    expectContext('scope:\n  activities:\n    hardware: { provided: sub|, by: [dc] }\n', { kind: 'value', path: ['scope', 'activities', 'hardware', 'provided'], prefix: 'sub', text: 'sub' });
    expectContext('soa:\n  - { control: "5.1", applicable: true }\n  - { control: "8.2|\n', { kind: 'value', path: ['soa', 1, 'control'], prefix: '8.2', quote: '"' });
    expectContext('soa:\n  - { control: "5.1", st|, applicable: true }\n', { kind: 'key', path: ['soa', 0, 'st'], siblingKeys: ['control', 'applicable'] });
  });

  it('gives the opened quote and the token without its quotes', () => {
    expectContext('risks:\n  - id: R-01\n    controls: ["8.2|"]\n', { kind: 'value', path: ['risks', 0, 'controls', 0], prefix: '8.2', quote: '"', text: '8.2' });
  });

  it('finds contract keys and values', () => {
    expectContext('contract:\n  EXI-17: "art. 1"\n  EXI-1|\n', { kind: 'key', path: ['contract', 'EXI-1'], siblingKeys: ['EXI-17'] });
  });

  it('stays quiet inside comments and block scalars', () => {
    assert.equal(at('hds: 2 # a comm|ent\n').context, undefined);
    assert.equal(at('# head|er\nhds: 2\n').context, undefined);
    assert.equal(at('hds: 2\norganization:\n |  name: X\n').context, undefined);
    assert.equal(at('subcontractors:\n  - id: x\n    third_country_laws:\n      - law: L\n        mitigations: >-\n          some te|xt\n').context?.kind !== 'key', true);
  });

  it('never throws on odd input', () => {
    const inputs = ['', '|', '- |', ': |', '{|', '[[[|', '"|', "key: '|", 'a:\n\t\tb: |', '- - - |', '? x\n: |', '&a x: *a|', 'a: [\n  b, |\n'];
    for (const input of inputs) assert.doesNotThrow(() => at(input.includes('|') ? input : `${input}|`), input);
  });

  it('agrees with the AST on every scalar of the examples (the indentation fallback is checked against it)', () => {
    const folder = path.join(REPO, 'examples');
    let compared = 0;
    for (const name of fs.readdirSync(folder).filter((entry) => entry.endsWith('.hds.yaml'))) {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const file = parseFile({ uri: `file:///${name}`, text });
      visit(file.document!, {
        Scalar(_key, node) {
          if (!node.range || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || node.range[1] === node.range[0]) return;
          // Only single-line scalars: the fallback reads the cursor's line.
          if (text.slice(node.range[0], node.range[1]).includes('\n')) return;
          const offset = node.range[1] - (node.type === 'PLAIN' ? 0 : 1);
          const fromAst = cursorContext(file, offset);
          const fromText = textContext(text, offset, file.lineStarts);
          assert.equal(fromAst?.source, 'ast');
          assert.deepEqual([fromText?.kind, fromText?.path, fromText?.prefix], [fromAst?.kind, fromAst?.path, fromAst?.prefix], `${name} at ${offset}: ${text.slice(node.range[0], node.range[1])}`);
          compared++;
        },
      });
    }
    assert.ok(compared > 500, `compared ${compared}`);
  });
});

