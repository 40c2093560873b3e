// Aliases (*name) cost work linear in the document: each alias is matched to its anchor once, in
// one walk of the document, and the expansion guard counts only values reached through aliases.
// Work is counted (reads of a long list's items), never timed.
import * as assert from 'node:assert/strict';
import { isMap, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { MAX_EXPANDED_NODES, nodeAt, parseFile, toPlain, type ParsedFile } from '../../server/src/engine/yamlFile';
import { checkDeclaration } from '../../server/src/engine';
import { TODAY } from './fixtures';

const URI = 'file:///workspace/declaration/main.hds.yaml';

/** `hds: 2`, an anchor, then a list of `count` aliases to it. */
function aliasList(count: number, anchored = '1'): string {
  return `hds: 2\nx: &x ${anchored}\nlist:\n${'  - *x\n'.repeat(count)}`;
}

/** The file's document with its `list` items behind a proxy that counts every read of an item. */
function countingItemReads(text: string): { document: Document.Parsed; reads: () => number } {
  const document = parseAllDocuments(text)[0] as Document.Parsed;
  const list = (document.contents as { items: { key: { value: string }; value: Node }[] }).items.find((pair) => pair.key.value === 'list')!.value;
  assert.ok(isSeq(list));
  let reads = 0;
  list.items = new Proxy(list.items, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { document, reads: () => reads };
}

describe('YAML aliases', () => {
  it('converting a list of N aliases reads its items a number of times linear in N, not N²', () => {
    const count = 2000;
    const { document, reads } = countingItemReads(aliasList(count));
    const value = toPlain(document.contents, document, { left: MAX_EXPANDED_NODES, mergeKeys: [] }, 0) as { list: unknown[] };
    assert.equal(value.list.length, count);
    assert.ok(value.list.every((item) => item === 1));
    // yaml's Alias.resolve walks the whole document for each alias: about N²/2 = 2,000,000 reads.
    assert.ok(reads() <= 4 * count, `${reads()} reads of ${count} items`);
  });

  it('finding nodes through aliases, for every item of a long list, stays linear', () => {
    const count = 2000;
    const { document, reads } = countingItemReads(aliasList(count, '{ id: R-1, scenario: S }'));
    const file = { ...parseFile({ uri: URI, text: 'hds: 2\n' }), document } as ParsedFile;
    for (let index = 0; index < count; index++) {
      const found = nodeAt(file, ['list', index, 'scenario']);
      assert.equal((found?.node as { value?: unknown } | undefined)?.value, 'S');
    }
    assert.ok(reads() <= 4 * count, `${reads()} reads of ${count} items`);
  });

  it('a long list of aliases is read and checked, and its values counted as expanded', () => {
    const count = 20_000;
    const parsed = parseFile({ uri: URI, text: aliasList(count) });
    assert.deepEqual(parsed.problems, []);
    assert.equal((parsed.value as { list: unknown[] }).list.length, count);
    const findings = checkDeclaration([{ uri: URI, text: aliasList(count) }], { today: TODAY, locale: 'en' }).findings;
    assert.ok(!findings.some((finding) => finding.code === 'unreadable-file'));
    // More aliases than the guard allows are still refused, as expanding too much.
    const refused = parseFile({ uri: URI, text: `hds: 2\nx: &x 1\nlist: [${'*x,'.repeat(MAX_EXPANDED_NODES + 1)}]\n` });
    assert.deepEqual(refused.problems.map((problem) => problem.kind), ['alias-expansion']);
  });

  it('an anchor is the last one of its name before the alias, as YAML says, and keys may carry anchors', () => {
    const text = 'hds: 2\na: &n first\nb: *n\nc: &n second\nd: *n\n&k key: *k\n';
    const parsed = parseFile({ uri: URI, text });
    const value = parsed.value as Record<string, unknown>;
    assert.equal(value.b, 'first');
    assert.equal(value.d, 'second');
    assert.equal(value.key, 'key');
    // Yaml's own resolution agrees.
    const reference = parseAllDocuments(text)[0].toJS() as Record<string, unknown>;
    assert.deepEqual({ b: reference.b, d: reference.d, key: reference.key }, { b: 'first', d: 'second', key: 'key' });
    // An alias inside its own anchor expands forever: refused, never a stack overflow.
    assert.deepEqual(parseFile({ uri: URI, text: 'hds: 2\ne: &self [*self]\n' }).problems.map((problem) => problem.kind), ['too-deep']);
    assert.ok(isMap(parsed.document?.contents));
  });

  it('a large file without a single alias is never refused as expanding through aliases', () => {
    // 250,000 values, more than the guard allows through aliases, in half a megabyte.
    const text = `hds: 2\nlist: [${'1,'.repeat(250_000)}]\n`;
    const parsed = parseFile({ uri: URI, text });
    assert.deepEqual(parsed.problems, []);
    assert.equal((parsed.value as { list: unknown[] }).list.length, 250_000);
  });
});

describe('YAML mappings', () => {
  it('finds duplicate keys in one pass: a mapping of N keys costs work linear in N', () => {
    const count = 2000;
    const text = `hds: 2\nm:\n${Array.from({ length: count }, (_, index) => `  k${index}: 1\n`).join('')}  k7: 2\n`;
    // The parser's own check (uniqueKeys) runs items.some() over every earlier key of the mapping
    // for each key: about N²/2 = 2,000,000 predicate calls. Count them.
    const some = Array.prototype.some;
    let calls = 0;
    Array.prototype.some = function (this: unknown[], predicate: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
      return some.call(this, (value: unknown, index: number, array: unknown[]) => (calls++, predicate.call(thisArg, value, index, array)));
    };
    let parsed: ParsedFile;
    try {
      parsed = parseFile({ uri: URI, text });
    } finally {
      Array.prototype.some = some;
    }
    assert.ok(calls <= 4 * count, `${calls} calls of some() for ${count} keys`);
    assert.deepEqual(parsed.problems.map((problem) => problem.kind === 'syntax' && problem.code), ['DUPLICATE_KEY']);
    const duplicate = parsed.problems[0] as { start: number; end: number };
    assert.equal(duplicate.start, text.lastIndexOf('k7: 2'));
    assert.equal(text.slice(duplicate.start, duplicate.end), 'k7');
  });

  it('reports duplicates as the parser did: scalar keys of equal value, in flow and block mappings, nested too', () => {
    const text = 'hds: 2\na: { x: 1, "x": 2, 1: a, "1": b }\nb:\n  - { id: R, id: S }\nc: 1\nc: 2\n';
    const parsed = parseFile({ uri: URI, text });
    const spans = parsed.problems.filter((problem) => problem.kind === 'syntax').map((problem) => text.slice((problem as { start: number }).start, (problem as { end: number }).end));
    assert.deepEqual(spans, ['"x"', 'id', 'c']);
  });
});
