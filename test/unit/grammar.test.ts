// The TextMate grammar highlights exactly the ids the checker knows: it is generated from the
// catalog, and its patterns accept every catalog id and refuse near misses.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activities, controls, requirements, riskEvents } from '../../server/src/engine/catalog';
import { parse } from 'yaml';
import { REPO } from './fixtures';

const injection = JSON.parse(fs.readFileSync(path.join(REPO, 'syntaxes/hds-yaml.injection.tmLanguage.json'), 'utf8'));
const languageConfiguration = JSON.parse(fs.readFileSync(path.join(REPO, 'language-configuration.json'), 'utf8'));

/** The whole-token pattern of a repository entry, as a JavaScript regular expression. */
function pattern(name: string): RegExp {
  return new RegExp(`^${injection.repository[name].match}$`);
}

describe('TextMate grammar', () => {
  it('is up to date with the catalog (node syntaxes/build-grammar.mjs --check)', () => {
    execFileSync(process.execPath, [path.join(REPO, 'syntaxes/build-grammar.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('injects into the hds-yaml language, never into comments', () => {
    assert.equal(injection.injectionSelector, 'L:source.hds-yaml -comment');
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const grammars = manifest.contributes.grammars as { scopeName: string; path: string; injectTo?: string[] }[];
    assert.deepEqual(grammars.find((grammar) => grammar.scopeName === injection.scopeName)?.injectTo, ['source.hds-yaml']);
    for (const grammar of grammars) assert.ok(fs.existsSync(path.join(REPO, grammar.path)), grammar.path);
  });

  it('highlights the 93 Annex A controls and nothing near them', () => {
    const control = pattern('control');
    for (const { id } of controls) assert.match(id, control);
    for (const miss of ['5.38', '8.35', '6.9', '7.15', '4.1', '9.1', '5.0', '18.1', '8.1.1']) assert.doesNotMatch(miss, control);
  });

  it('highlights EXI-01 to EXI-31, activities and provisions, and nothing near them', () => {
    for (const { id } of requirements) assert.match(id, pattern('requirement'));
    for (const miss of ['EXI-00', 'EXI-32', 'EXI-1', 'EXI-011']) assert.doesNotMatch(miss, pattern('requirement'));
    for (const { id } of activities) assert.match(id, pattern('activity'));
    for (const miss of ['hardware-x', 'backups', 'physical-site']) assert.doesNotMatch(miss, pattern('activity'));
    for (const provision of ['in-house', 'subcontracted', 'not-provided']) assert.match(provision, pattern('provision'));
  });

  it('highlights an id only when it is a whole scalar, never inside prose', () => {
    const inLine = (name: string) => new RegExp(injection.repository[name].match);
    for (const line of ['controls: ["5.3", 8.24]', '- "5.3"', '  control: 5.3 # policy', '{ control: "5.3" }']) assert.match(line, inLine('control'), line);
    for (const line of ['title: "art. 5.3 of the policy"', 'justification: see 5.3 below', 'issued: 2025.5.3']) assert.doesNotMatch(line, inLine('control'), line);
    for (const line of ['activities: [hardware, backup]', 'hardware: { provided: in-house }']) assert.match(line, inLine('activity'), line);
    assert.doesNotMatch('title: a hardware failure', inLine('activity'));
    assert.match('- EXI-05', inLine('requirement'));
    assert.doesNotMatch('title: as EXI-05 asks', inLine('requirement'));
  });

  it('highlights the 13 risk events as the value of scenario only', () => {
    const scenario = new RegExp(injection.repository['risk-event'].patterns[0].match);
    for (const { id } of riskEvents) assert.match(`scenario: ${id}`, scenario);
    assert.match('scenario: "B.c"', scenario);
    for (const miss of ['scenario: B.d', 'scenario: I', 'scenario: Ab', 'title: A']) assert.doesNotMatch(miss, scenario);
  });

  it('keeps ids whole as words, for double-click, hover and rename', () => {
    const word = new RegExp(`^${languageConfiguration.wordPattern}$`, 'u');
    for (const id of ['B.a', '8.24', 'EXI-05', 'virtual-infrastructure', 'dc-nord', 'R-01', 'coffre-fort', 'Santé']) assert.match(id, word);
    assert.doesNotMatch('provided:', word);
  });
});

/** The indentation VS Code gives the line after `line` on Enter at its end (onEnterRules, `indent: none`), or undefined when no rule applies. */
function indentAfterEnter(line: string): string | undefined {
  const rules = languageConfiguration.onEnterRules as { beforeText: string; action: { indent: string; appendText?: string } }[];
  const rule = rules.find((candidate) => new RegExp(candidate.beforeText).test(line));
  if (!rule) return undefined;
  assert.equal(rule.action.indent, 'none', 'every rule keeps the line’s indentation and appends spaces, so it does not depend on the tab size');
  return /^\s*/.exec(line)![0] + (rule.action.appendText ?? '');
}

describe('language configuration: Enter in a list item', () => {
  it('aligns under the key of a `- key: value` item, not under the dash', () => {
    assert.equal(indentAfterEnter('  - law: CLOUD Act'), '    ');
    assert.equal(indentAfterEnter('    - date: 2026-03-02'), '      ');
    assert.equal(indentAfterEnter('  - url: https://example.org/a:b # cited'), '    ');
    assert.equal(indentAfterEnter('- { from: TN, basis: scc }'), undefined);
  });

  it('goes one level under the key of an item whose value starts on the next lines', () => {
    assert.equal(indentAfterEnter('  - acceptance:'), '      ');
    assert.equal(indentAfterEnter('  - justification: |'), '      ');
    assert.equal(indentAfterEnter('  - mitigations: # what limits it'), '      ');
  });

  it('leaves scalar items, flow items, comments and plain keys to the usual indentation', () => {
    for (const line of ['  - TN', '  - "8.24"', '  - { date: 2026-03-02, result: passed }', '  - [a, b]', '  # - law: CLOUD Act', '  law: CLOUD Act', 'risks:', '  -', '  - "quoted: text"']) {
      assert.equal(indentAfterEnter(line), undefined, line);
    }
  });

  it('gives YAML where the next key belongs to the same item (or nests under the key)', () => {
    const sibling = indentAfterEnter('  - law: CLOUD Act')!;
    const items = parse(`laws:\n  - law: CLOUD Act\n${sibling}mitigations: [encryption]\n  - law: FISA\n`).laws;
    assert.deepEqual(items, [{ law: 'CLOUD Act', mitigations: ['encryption'] }, { law: 'FISA' }]);
    const nested = indentAfterEnter('  - acceptance:')!;
    assert.deepEqual(parse(`risks:\n  - acceptance:\n${nested}by: CISO\n${nested}date: 2026-03-02\n`).risks, [{ acceptance: { by: 'CISO', date: '2026-03-02' } }]);
  });
});
