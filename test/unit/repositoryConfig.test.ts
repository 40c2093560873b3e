// The repository configuration file's reader (engine/repositoryConfig.ts): what it applies, the
// exact place and wording of each problem, file patterns, and no input that makes it throw.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globMatches, isConfigFile, isIncluded, parseRepositoryConfig } from '../../server/src/engine/repositoryConfig';
import { ruleCodes } from '../../server/src/engine/ruleCodes';
import { isDeclarationFile } from '../../server/src/engine';
import { REPO } from './fixtures';

const URI = 'file:///repo/.hds-studio.yaml';
const parse = (text: string, locale: 'en' | 'fr' = 'en') => parseRepositoryConfig({ uri: URI, text }, locale);

describe('the repository configuration file', () => {
  it('is named so that the declaration glob *.hds.yaml never takes it for a declaration', () => {
    assert.ok(isConfigFile(URI) && !isDeclarationFile(URI));
    assert.ok(!isConfigFile('file:///repo/x.hds-studio.yaml'));
  });

  it('reads rule severities, patterns, the as-of date and the language', () => {
    const { config, problems } = parse('rules:\n  placeholder-left: off\n  certificate-expiring: information\nfiles: ["compliance/**/*.hds.yaml"]\nignore: [compliance/fixtures/]\nas_of: 2026-11-22\nlanguage: fr\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'placeholder-left': 'off', 'certificate-expiring': 'information' });
    assert.deepEqual(config.ruleRanges['placeholder-left'], { start: { line: 1, character: 20 }, end: { line: 1, character: 23 } });
    assert.deepEqual([config.files, config.ignore, config.asOf, config.language, config.folder], [['compliance/**/*.hds.yaml'], ['compliance/fixtures/'], '2026-11-22', 'fr', 'file:///repo']);
    assert.ok(isIncluded(config, 'file:///repo/compliance/main.hds.yaml'));
    assert.ok(isIncluded(config, 'file:///repo/compliance/a/b/risks.hds.yaml'));
    assert.ok(!isIncluded(config, 'file:///repo/compliance/fixtures/bad.hds.yaml'));
    assert.ok(!isIncluded(config, 'file:///repo/examples/main.hds.yaml'));
    assert.ok(isIncluded(config, 'file:///elsewhere/main.hds.yaml'), 'not its folder: not its business');
  });

  it('says what is wrong, where, in English and French, and applies the rest', () => {
    const text = 'rules:\n  placeholder-left: of\n  nope: error\n  exception-stale: off\nfiles: compliance\nas_of: 2026-02-30\nlanguage: de\ncolor: blue\n';
    const { config, problems } = parse(text);
    assert.deepEqual(problems.map((problem) => [problem.range.start.line, problem.range.start.character, problem.range.end.character]), [[1, 20, 22], [2, 2, 6], [4, 7, 17], [5, 7, 17], [6, 10, 12], [7, 0, 5]]);
    assert.deepEqual(problems.map((problem) => problem.message), [
      'The severity of ‘placeholder-left’ must be one of ‘error’, ‘warning’, ‘information’, ‘hint’, ‘off’; ‘of’ is ignored.',
      'No rule has the code ‘nope’ (hds-check --list-rules lists them): it is ignored.',
      'files must be a list of glob patterns (text), such as ["compliance/**/*.hds.yaml"]; it is ignored.',
      'as_of must be a real date written YYYY-MM-DD; ‘2026-02-30’ is ignored.',
      'language must be en or fr; ‘de’ is ignored.',
      'Unknown key ‘color’: the configuration knows ‘rules’, ‘files’, ‘ignore’, ‘as_of’, ‘language’. It is ignored.',
    ]);
    assert.deepEqual(config.rules, { 'exception-stale': 'off' });
    assert.match(parse(text, 'fr').problems[1].message, /^Aucune règle n’a le code «\u00a0nope\u00a0»/);
  });

  it('never throws: syntax errors, a list, a scalar, binary, deep nesting, an empty or comment-only file', () => {
    for (const text of ['rules: [\n', '- a\n- b\n', 'just text', '\u0000\u0001\u0002', '['.repeat(5000), '', '# nothing yet\n', 'rules:\n', 'rules: 3\n', 'files: [1, 2]\n', '__proto__: { polluted: true }\n', 'rules: { __proto__: off }\n']) {
      const { problems } = parse(text);
      for (const problem of problems) assert.ok(problem.message.length > 0 && problem.range.start.line >= 0, text);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(parse('').problems, []);
    assert.deepEqual(parse('# nothing yet\n').problems, []);
    assert.match(parse('rules: [\n').problems[0].message, /^The configuration file is not valid YAML/);
    assert.match(parse('- a\n').problems[0].message, /^The configuration file must be a mapping of keys/);
  });

  it('matches glob patterns by folder: *, **, ?, {a,b}, a folder, in linear time', () => {
    const cases: [string, string, boolean][] = [
      ['*.hds.yaml', 'main.hds.yaml', true],
      ['*.hds.yaml', 'sub/main.hds.yaml', false],
      ['**/*.hds.yaml', 'main.hds.yaml', true],
      ['**/*.hds.yaml', 'a/b/main.hds.yaml', true],
      ['compliance/**', 'compliance/a/b.hds.yaml', true],
      ['examples', 'examples/broken/x.hds.yaml', true],
      ['examples/', 'examples2/x.hds.yaml', false],
      ['{a,b}/*.hds.yaml', 'b/x.hds.yaml', true],
      ['r?sks.hds.yaml', 'risks.hds.yaml', true],
      ['a.b', 'axb', false],
    ];
    for (const [pattern, file, expected] of cases) assert.equal(globMatches(pattern, file), expected, `${pattern} ~ ${file}`);
    const started = performance.now();
    assert.equal(globMatches('**/'.repeat(20) + '*.x', `${'a/'.repeat(2000)}b.y`), false);
    assert.ok(performance.now() - started < 200, 'no catastrophic backtracking');
  });

  it('has a JSON schema with every rule code, English and French descriptions', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/hds-studio.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...ruleCodes]);
    const walk = (node: Record<string, unknown>, where: string): void => {
      if (node.description !== undefined) assert.ok(typeof node['x-description-fr'] === 'string' && (node['x-description-fr'] as string).length > 0, `${where} has a French description`);
      for (const [key, value] of Object.entries(node)) if (value && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, `${where}.${key}`);
    };
    walk(schema, 'schema');
  });
});
