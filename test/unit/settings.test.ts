// The hds.* settings as the server reads them: good values kept, bad ones reported and ignored.
import * as assert from 'node:assert/strict';
import { localeOf, readSettings, ruleSeverities, today } from '../../server/src/settings';
import { parseRepositoryConfig } from '../../server/src/engine/repositoryConfig';

describe('settings', () => {
  it('reads hds.riskAcceptanceThreshold, a whole number from 0 to 16', () => {
    const warnings: string[] = [];
    assert.equal(readSettings({ riskAcceptanceThreshold: 12 }, (message) => warnings.push(message)).riskAcceptanceThreshold, 12);
    assert.equal(readSettings({ riskAcceptanceThreshold: 0 }, (message) => warnings.push(message)).riskAcceptanceThreshold, 0);
    assert.equal(readSettings({}, (message) => warnings.push(message)).riskAcceptanceThreshold, undefined, 'unset: the engine’s default applies');
    assert.equal(warnings.length, 0);
    for (const bad of [17, -1, 2.5, 'high'] as unknown[]) {
      assert.equal(readSettings({ riskAcceptanceThreshold: bad }, (message) => warnings.push(message)).riskAcceptanceThreshold, undefined);
    }
    assert.equal(warnings.length, 4);
    assert.match(warnings[0], /hds\.riskAcceptanceThreshold must be a whole number from 0 to 16; "17" is ignored\./);
  });

  it('puts explicit settings over the repository configuration file over the defaults', () => {
    const config = parseRepositoryConfig({ uri: 'file:///repo/.hds-studio.yaml', text: 'rules:\n  placeholder-left: off\n  certificate-expiring: information\nas_of: 2026-11-22\nlanguage: fr\n' }, 'en').config;
    const none = readSettings({}, () => undefined);
    assert.deepEqual(ruleSeverities(none, config), { 'placeholder-left': 'off', 'certificate-expiring': 'information' });
    assert.equal(today(none, config), '2026-11-22');
    assert.equal(localeOf(none, 'en-US', config), 'fr');
    const set = readSettings({ rules: { 'placeholder-left': 'warning' }, asOf: '2027-01-01', language: 'auto' }, () => undefined);
    assert.deepEqual(ruleSeverities(set, config), { 'placeholder-left': 'warning', 'certificate-expiring': 'information' }, 'per rule: the setting wins where the user set it');
    assert.equal(today(set, config), '2027-01-01');
    assert.equal(localeOf(set, 'en-US', config), 'en', 'language set to auto explicitly: the editor’s');
    assert.equal(localeOf(none, 'fr-FR', undefined), 'fr');
  });
});
