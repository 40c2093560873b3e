// The client's language, read from `hds.language` when the command runs (issue 22: the starter
// declaration followed the sidebar's last coverage, English until a check told otherwise).
import * as assert from 'node:assert/strict';
import { userLocaleOf } from '../../../client/src/locale';
import { defaultSettings, localeOf } from '../../../server/src/settings';

describe('client: the user’s language', () => {
  it('is hds.language when set, whatever VS Code speaks', () => {
    assert.equal(userLocaleOf('fr', 'en'), 'fr');
    assert.equal(userLocaleOf('fr', 'en-US'), 'fr');
    assert.equal(userLocaleOf('en', 'fr'), 'en');
  });

  it('is VS Code’s display language on auto, or on a value that is no language', () => {
    assert.equal(userLocaleOf('auto', 'fr-CA'), 'fr');
    assert.equal(userLocaleOf('auto', 'de'), 'en');
    assert.equal(userLocaleOf('klingon', 'fr'), 'fr');
    assert.equal(userLocaleOf(undefined, undefined), 'en');
  });

  it('decides as the server does', () => {
    for (const language of ['auto', 'en', 'fr'] as const) {
      for (const editor of ['en', 'fr', 'fr-FR', 'de', undefined]) {
        assert.equal(userLocaleOf(language, editor), localeOf({ ...defaultSettings, language }, editor), `${language} / ${editor}`);
      }
    }
  });
});
