// Hostile shapes cost linear time (issue 23). No clock: each test counts the operations that used
// to grow with the square of the input (items of a mapping read, findings read, files looked at),
// at a size where quadratic work would count hundreds of times more than the bound.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, parseDocument } from 'yaml';
import { checkDeclaration, computeCoverage, computeReadiness, type Finding } from '../../server/src/engine';
import { parseFile, reportDuplicateKeys, type ParsedFile } from '../../server/src/engine/yamlFile';
import { Workspace } from '../../server/src/workspace';
import { nodeFiles } from '../../server/src/nodeFiles';
import { TODAY } from './fixtures';
import { example } from './services/serviceFixtures';

/** An array whose element reads are counted (by index, as loops and find/filter/some read them). */
function counted<T>(items: T[], counter: { reads: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

const EXAMPLES = ['declaration.hds.yaml', 'soa.hds.yaml', 'risks.hds.yaml', 'subcontractors.hds.yaml'];
const documentsWith = (name: string, extra: string) => EXAMPLES.map((file) => ({ uri: `file:///decl/${file}`, text: file === name ? `${example(file).replace(/\n?$/, '\n')}${extra}` : example(file) }));

describe('linear cost on hostile shapes', () => {
  it('finds duplicate keys as the parser’s own check did, with one set per mapping', () => {
    const text = 'a: 1\nb: 2\na: 3\n"1": x\n1: y\nnested:\n  - { k: 1, k: 2 }\n  - k: 1\n    j: 2\n    k: 3\n? [complex]\n: 1\n? [complex]\n: 2\n';
    const reference = parseDocument(text, { uniqueKeys: true }).errors.filter((error) => error.code === 'DUPLICATE_KEY').map((error) => error.pos[0]);
    const parsed = parseDocument(text, { uniqueKeys: false }) as Parameters<typeof reportDuplicateKeys>[0];
    reportDuplicateKeys(parsed);
    const ours = parsed.errors.filter((error) => error.code === 'DUPLICATE_KEY').map((found) => found.pos[0]);
    assert.deepEqual(ours, reference);
    assert.equal(ours.length, 3);
    const problems = parseFile({ uri: 'file:///x.hds.yaml', text }).problems.filter((problem) => problem.kind === 'syntax' && problem.code === 'DUPLICATE_KEY');
    assert.deepEqual(problems.map((problem) => (problem as { start: number }).start), reference);
  });

  it('16,000 unknown keys: each finding finds its key without searching the mapping again', () => {
    const count = 16_000;
    const counter = { reads: 0 };
    const parse = (document: { uri: string; text: string }): ParsedFile => {
      const parsed = parseFile(document);
      const contents = parsed.document?.contents;
      if (document.uri.endsWith('/declaration.hds.yaml') && isMap(contents)) contents.items = counted(contents.items, counter);
      return parsed;
    };
    const extra = Array.from({ length: count }, (_, i) => `unknown_${String(i).padStart(5, '0')}: 1\n`).join('');
    const result = checkDeclaration(documentsWith('declaration.hds.yaml', extra), { today: TODAY, locale: 'en' }, parse);
    assert.equal(result.findings.filter((finding) => finding.code === 'unknown-key').length, count);
    // Searching the mapping per finding read ~count²/2 = 128 million items.
    assert.ok(counter.reads < 40 * count, `${counter.reads} reads of the main mapping's items for ${count} keys`);
  });

  it('4,000 subcontractors: the coverage gathers each actor’s findings without reading every finding per actor', () => {
    const count = 4_000;
    const extra = Array.from({ length: count }, (_, i) => `  - { id: s-${i}, name: Sub ${i}, role: Racks, activities: [hardware], certificate: { number: HDS-${i}, activities: [hardware] }, storage_countries: [FR], secnumcloud: false }\n`).join('');
    const result = checkDeclaration(documentsWith('subcontractors.hds.yaml', extra), { today: TODAY, locale: 'en' });
    assert.ok(result.findings.length > count, `${result.findings.length} findings`);
    const counter = { reads: 0 };
    const coverage = computeCoverage(result.declaration, counted([...result.findings], counter) as Finding[], { today: TODAY });
    assert.equal(coverage.subcontractors.length, count + 4);
    assert.ok(coverage.subcontractors.filter((row) => row.id?.startsWith('s-')).every((row) => row.findings.length > 0), 'each subcontractor keeps its findings');
    // Reading every finding for every actor: count × findings (over 16 million here).
    assert.ok(counter.reads < 30 * result.findings.length, `${counter.reads} reads of ${result.findings.length} findings`);
  });

  it('4,000 missing evidence files and 4,000 subcontractors: readiness reads each finding a bounded number of times', () => {
    const count = 4_000;
    const subcontractors = Array.from({ length: count }, (_, i) => `  - { id: s-${i}, name: Sub ${i}, role: Racks, activities: [hardware], certificate: { number: HDS-${i}, activities: [hardware] }, storage_countries: [FR], secnumcloud: false }\n`).join('');
    const documents = documentsWith('subcontractors.hds.yaml', subcontractors).map((document) => document.uri.endsWith('/soa.hds.yaml')
      ? { ...document, text: document.text.replace('evidence: [evidence/pssi.md]', `evidence: [${Array.from({ length: count }, (_, i) => `gone-${i}.md`).join(', ')}]`) }
      : document);
    const result = checkDeclaration(documents, { today: TODAY, locale: 'en', workspaceRoot: 'file:///decl/', fileExists: () => false });
    assert.ok(result.findings.filter((finding) => finding.code === 'evidence-not-found').length >= count);
    const counter = { reads: 0 };
    const summary = computeReadiness(result.declaration, counted([...result.findings], counter) as Finding[], { today: TODAY });
    assert.ok(summary.evidence.missing >= count, JSON.stringify(summary.evidence));
    // Matching every finding against every evidence file or every section entry: millions of reads.
    assert.ok(counter.reads < 10 * result.findings.length, `${counter.reads} reads of ${result.findings.length} findings`);
  });

  describe('the server’s workspace', () => {
    let folder: string;
    afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

    it('a request over 300 declarations looks at each file a bounded number of times', async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-linear-'));
      const count = 300;
      for (let i = 0; i < count; i++) {
        fs.mkdirSync(path.join(folder, `d-${i}`));
        fs.writeFileSync(path.join(folder, `d-${i}`, 'declaration.hds.yaml'), `hds: 2\norganization:\n  name: Small ${i} SAS\n`);
      }
      const workspace = new Workspace(nodeFiles);
      workspace.setFolders([pathToFileURL(folder).href]);
      await workspace.scan();
      const looks = { count: 0 };
      const sourceOf = workspace.sourceOf.bind(workspace);
      workspace.sourceOf = (uri: string) => {
        looks.count++;
        return sourceOf(uri);
      };
      // What the coverage request does: each declaration's files, then its check, then its declaration again.
      const found = workspace.sameGrouping(() => workspace.declarations().map((declaration) => workspace.declarationOf(declaration.uris[0])));
      assert.equal(found.length, count);
      assert.ok(found.every((declaration) => declaration !== undefined));
      // Grouping again per declaration looked at every file each time: count² = 90,000.
      assert.ok(looks.count <= 3 * count, `${looks.count} looks at ${count} files`);
    });
  });
});
