// The TextMate grammar highlights exactly the ids the checker knows: it is generated from the
// catalog, and its patterns accept every catalog id and refuse near misses.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activities, controls, requirements, riskEvents } from '../../server/src/engine/catalog';
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
