// The hds.* settings as the server reads them: good values kept, bad ones reported and ignored.
import * as assert from 'node:assert/strict';
import { readSettings } from '../../server/src/settings';

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
});
