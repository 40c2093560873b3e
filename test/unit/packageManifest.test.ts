// What package.json contributes stays in step with the engine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../server/src/engine';
import { REPO } from './fixtures';
import { severityWord } from '../../server/src/engine/text';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('lists every rule code under the hds.rules setting, with its documentation in English and French', () => {
    const properties = manifest.contributes.configuration.properties['hds.rules'].properties as Record<string, { description: string }>;
    assert.deepEqual(Object.keys(properties), rules.map((rule) => rule.code));
    const english = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
    const french = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.fr.json'), 'utf8'));
    for (const rule of rules) {
      assert.equal(properties[rule.code].description, `%rule.${rule.code}%`);
      assert.equal(english[`rule.${rule.code}`], `${rule.docs.en} Default: ${rule.severity}.`);
      assert.equal(french[`rule.${rule.code}`], `${rule.docs.fr} Par défaut\u00a0: ${severityWord(rule.severity, 'fr')} (\`${rule.severity}\`).`);
    }
  });

  it('has a French translation for every localized string', () => {
    const english = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
    const french = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.fr.json'), 'utf8'));
    assert.deepEqual(Object.keys(french).sort(), Object.keys(english).sort());
    const used = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    for (const key of used) assert.ok(key in english, `package.nls.json lacks ${key}`);
  });

  it('indents declarations with two spaces, whatever the file or the user\'s usual tab size', () => {
    // New files were indented with four spaces (VS Code's default), unlike every example and the starter.
    assert.deepEqual(manifest.contributes.configurationDefaults['[hds-yaml]'], { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false });
  });
});
