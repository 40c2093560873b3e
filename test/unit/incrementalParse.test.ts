// Re-parsing after an edit (engine/incrementalParse.ts) gives exactly what parsing the whole text
// gives: the same AST (node kinds, values, ranges), plain value, problems and findings, over many
// seeded random edits of real and generated declarations.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { checkDeclaration, parseFile, type ParsedFile, type SourceDocument } from '../../server/src/engine';
import { reparseFile } from '../../server/src/engine/incrementalParse';

const REPO = path.resolve(__dirname, '../../..');
const TODAY = '2026-11-22';

/** A small seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The AST as comparable data: every node's kind, value as written, flow style and ranges. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node ?? null;
  if (isPair(node)) return { pair: [shape(node.key), shape(node.value)] };
  const base = node as Node & { flow?: boolean };
  if (isScalar(node)) return { scalar: node.value instanceof Date ? node.value.toISOString() : node.value, source: node.source, type: node.type, range: base.range, tag: node.tag };
  if (isMap(node) || isSeq(node)) return { [isMap(node) ? 'map' : 'seq']: node.items.map(shape), flow: base.flow ?? false, range: base.range, tag: node.tag };
  return { other: String(node) };
}

function assertSameParse(incremental: ParsedFile, whole: ParsedFile, context: string): void {
  assert.deepEqual(incremental.problems, whole.problems, `${context}: problems`);
  assert.deepEqual(incremental.value, whole.value, `${context}: plain value`);
  assert.deepEqual(incremental.lineStarts, whole.lineStarts, `${context}: line starts`);
  assert.equal(incremental.document === undefined, whole.document === undefined, `${context}: document`);
  if (whole.document && incremental.document) {
    assert.deepEqual(incremental.document.range, whole.document.range, `${context}: document range`);
    assert.deepEqual(shape(incremental.document.contents), shape(whole.document.contents), `${context}: AST`);
    assert.equal(incremental.document.errors.length, whole.document.errors.length, `${context}: errors`);
  }
}

const SNIPPETS = ['a', ' ', '\n', ':', '- ', '  - id: R-99\n    scenario: A\n', '#', '"', "'", '[', ']', '{', '}', ',', '&x ', '*x', '---\n', '\t', 'risks:\n', '8.10', 'TODO', '  ', '\n  - { control: "5.2" }\n', 'hds: 2\n'];

/** One random edit: insert a snippet, delete a span, duplicate or drop a line, re-indent. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  switch (Math.floor(next() * 6)) {
    case 0:
    case 1:
      return text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 12)));
    case 3:
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 4:
      return text.slice(0, lineStart) + text.slice(lineEnd);
    default:
      return next() < 0.5 ? text.slice(0, lineStart) + '  ' + text.slice(lineStart) : text.slice(0, lineStart) + text.slice(lineStart).replace(/^ {1,2}/, '');
  }
}

/** A finding about a placeholder: placeholder-left's, or a rule's that counts it as a missing answer. */
const isPlaceholderFinding = (finding: { code: string; data?: Record<string, unknown> }) => finding.code === 'placeholder-left' || finding.data?.undecided === true;

function generated(): string {
  const lines = ['# generated', 'hds: 2', 'organization: { name: Gen SAS }', 'soa:'];
  for (let i = 1; i <= 30; i++) lines.push(`  - control: "5.${i}"`, '    applicable: true', i % 7 === 0 ? '  # a comment between items' : '    status: implemented');
  lines.push('', '# risks below', 'risks:');
  for (let i = 1; i <= 30; i++) lines.push(`  - id: R-${i}`, `    scenario: ${'ABCDEFGH'[i % 8]}`, `    title: "Risk ${i}"`, '    controls: ["8.10", "5.1"]');
  lines.push('contract:', '  EXI-17: "§1"', 'transfers:', '  public_page: https://example.fr/t');
  return lines.join('\n') + '\n';
}

const examples = ['declaration', 'soa', 'risks', 'subcontractors'].map((name) => fs.readFileSync(path.join(REPO, 'examples', `${name}.hds.yaml`), 'utf8'));

describe('incremental re-parse', () => {
  it('reuses the parse of the sections an edit did not touch', () => {
    const text = generated();
    const before = reparseFile({ uri: 'file:///w/a.hds.yaml', text });
    const after = reparseFile({ uri: 'file:///w/a.hds.yaml', text: text.replace('title: "Risk 20"', 'title: "Risk twenty"') }, before);
    const pairs = (file: ParsedFile) => (file.document!.contents as unknown as { items: { value: { items?: unknown[] } }[] }).items;
    assert.equal(pairs(after)[0], pairs(before)[0], 'the unchanged first entry is the same node');
    assert.equal(pairs(after)[2].value.items![0], pairs(before)[2].value.items![0], 'the first SoA item is the same node');
    assert.notEqual(pairs(after)[3].value.items![19], pairs(before)[3].value.items![19], 'the edited risk is parsed again');
    assertSameParse(after, parseFile({ uri: 'file:///w/a.hds.yaml', text: after.text }), 'one edit');
  });

  it('cuts a file that holds one sequence only (a file of risks) into its groups of items', () => {
    const uri = 'file:///w/risks.hds.yaml';
    const before = reparseFile({ uri, text: examples[2] });
    const edited = examples[2].replace(/title: [^\n]*/, 'title: Edited first risk');
    const after = reparseFile({ uri, text: edited }, before);
    const items = (file: ParsedFile) => ((file.document!.contents as unknown as { items: { value: { items: unknown[] } }[] }).items[0].value.items);
    assert.ok(items(before).length > 4, 'the example has enough risks to be cut');
    assert.notEqual(items(after)[0], items(before)[0], 'the edited risk is parsed again');
    assert.equal(items(after).at(-1), items(before).at(-1), 'the last risk is the same node');
    assertSameParse(after, parseFile({ uri, text: edited }), 'one edit');
  });

  it('keeps no earlier version of the text alive through the segments it reuses', () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const lines = ['risks:'];
    for (let i = 1; i <= 2000; i++) lines.push(`  - id: R-${i}`, '    scenario: A', `    title: Risk number ${i} of a long analysis`, '    likelihood: 2', '    impact: 3');
    const uri = 'file:///w/risks.hds.yaml';
    let previous = reparseFile({ uri, text: lines.join('\n') });
    const live = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
    const before = live();
    // Sixty edits far apart: each leaves the segments it did not touch parsed from an older text.
    for (let edit = 0; edit < 60; edit++) {
      lines[3 + 5 * ((edit * 677) % 2000)] = `    title: Edited ${edit}`;
      previous = reparseFile({ uri, text: lines.join('\n') }, previous);
    }
    const grown = live() - before;
    const textSize = previous.text.length;
    // Each earlier version kept alive would add the size of the text (sixty of them: about 15 MB).
    if (process.env.HDS_VERBOSE) console.log(`live heap +${(grown / 1048576).toFixed(2)} MiB`);
    assert.ok(grown < 10 * textSize, `the live heap grew by ${(grown / 1048576).toFixed(1)} MiB over 60 edits of a ${(textSize / 1024).toFixed(0)} KB file`);
  });

  for (const [name, base, seed] of [['generated', generated(), 1], ['examples/declaration', examples[0], 2], ['examples/soa', examples[1], 3], ['examples/risks', examples[2], 4], ['examples/subcontractors', examples[3], 5], ['generated, CRLF line ends', generated().replace(/\n/g, '\r\n'), 7]] as const) {
    it(`matches a whole parse over 100 random edits of ${name}`, () => {
      const next = random(seed);
      const uri = 'file:///w/a.hds.yaml';
      let text = base;
      let previous = reparseFile({ uri, text });
      assertSameParse(previous, parseFile({ uri, text }), `${name} before any edit`);
      for (let step = 0; step < 100; step++) {
        // Edits pile up, but every few steps start again from the clean text so most stay near-valid.
        text = step % 25 === 0 ? base : edit(text, next);
        const incremental = reparseFile({ uri, text }, previous);
        assertSameParse(incremental, parseFile({ uri, text }), `${name}, seed ${seed}, step ${step}`);
        previous = incremental;
      }
    });
  }

  it('gives the same findings as a whole check, edit after edit, in one file', () => {
    const next = random(8);
    // Placeholders in risks far apart, so that the placeholders kept per node are both reused and found again.
    // Owners, not titles: a required key left at a placeholder is missing-key's to report.
    // (The transfers page's placeholder is transfer-page-missing's to report now; owners are placeholder-left's.)
    const start = generated().replace('title: "Risk 3"', 'title: "Risk 3"\n    owner: TODO').replace('title: "Risk 27"', 'title: "Risk 27"\n    owner: "TBD"');
    const uri = 'file:///w/declaration.hds.yaml';
    let text = start;
    let previous: ParsedFile | undefined;
    const incremental = (document: SourceDocument) => (previous && previous.text === document.text ? previous : (previous = reparseFile(document, previous)));
    const options = { today: TODAY, locale: 'en' as const };
    let stepsWithPlaceholders = 0;
    for (let step = 0; step < 80; step++) {
      text = step % 20 === 0 ? start : edit(text, next);
      const fast = checkDeclaration([{ uri, text }], options, incremental);
      const whole = checkDeclaration([{ uri, text }], options);
      assert.deepEqual(fast.findings, whole.findings, `step ${step}`);
      if (fast.findings.some(isPlaceholderFinding)) stepsWithPlaceholders++;
    }
    assert.ok(stepsWithPlaceholders > 40, `only ${stepsWithPlaceholders} steps had a placeholder`);
  });

  it('gives the same findings as a whole check, edit after edit, in a split declaration', () => {
    const names = ['declaration', 'soa', 'risks', 'subcontractors'];
    const next = random(6);
    // A risk owner left as TODO, so that placeholder-left (which keeps its findings per parsed file) has findings to keep.
    const starts = examples.map((text, index) => (index === 2 ? text.replace(/owner: [^\n]*/, 'owner: TODO') : text));
    let documents: SourceDocument[] = names.map((name, index) => ({ uri: `file:///w/${name}.hds.yaml`, text: starts[index] }));
    const cache = new Map<string, ParsedFile>();
    const incremental = (document: SourceDocument) => {
      const cached = cache.get(document.uri);
      if (cached && cached.text === document.text) return cached;
      const parsed = reparseFile(document, cached);
      cache.set(document.uri, parsed);
      return parsed;
    };
    const options = { today: TODAY, locale: 'en' as const };
    let stepsWithPlaceholders = 0;
    for (let step = 0; step < 60; step++) {
      const target = Math.floor(next() * documents.length);
      documents = documents.map((document, index) => (index === target ? { ...document, text: step % 15 === 0 ? starts[index] : edit(document.text, next) } : document));
      const fast = checkDeclaration(documents, options, incremental);
      const whole = checkDeclaration(documents, options);
      assert.deepEqual(fast.findings, whole.findings, `step ${step}`);
      // The entries read once per parsed file are those a fresh read gives.
      const entries = (result: typeof fast) => JSON.stringify([result.declaration.soa, result.declaration.risks, result.declaration.subcontractors], (key, value) => (key === 'file' ? value.uri : value));
      assert.equal(entries(fast), entries(whole), `step ${step}`);
      if (fast.findings.some((finding) => finding.code === 'placeholder-left')) stepsWithPlaceholders++;
    }
    assert.ok(stepsWithPlaceholders > 0, 'no step had a placeholder');
  });
});
