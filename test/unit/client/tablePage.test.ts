// The table editor's page: only its own inline style and the script carrying its nonce may run;
// nothing loads from anywhere, and the script cannot close its own element early.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tableContentSecurityPolicy, tablePage } from '../../../client/src/tablePage';
import { REPO } from '../fixtures';

describe('the table editor’s page', () => {
  it('allows inline style and the nonce’s script, nothing else', () => {
    assert.deepEqual(tableContentSecurityPolicy('abc').split(';').map((directive) => directive.trim()), ["default-src 'none'", "style-src 'unsafe-inline'", "script-src 'nonce-abc'"]);
    const page = tablePage('console.log("</script><img src=x>")', 'abc', 'fr');
    assert.match(page, /^<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc'">/);
    assert.equal(page.match(/<script/g)?.length, 1);
    assert.ok(page.includes('<script nonce="abc">console.log("<\\/script><img src=x>")</script>'));
    assert.doesNotMatch(page, /https?:|src="/);
  });

  it('takes its colours from the theme and loads nothing', () => {
    const page = tablePage('', 'n', 'en');
    const style = /<style>([\s\S]*)<\/style>/.exec(page)![1];
    assert.ok(style.includes('var(--vscode-list-activeSelectionBackground)'));
    assert.doesNotMatch(style, /#[0-9a-f]{3,6}\b|rgb\(|url\(|@import/i);
  });

  it('ships a page script that opens no connection and writes no HTML', () => {
    const script = fs.readFileSync(path.join(REPO, 'client', 'webview', 'tableEditor.js'), 'utf8');
    assert.doesNotMatch(script, /fetch\(|XMLHttpRequest|WebSocket|innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function/);
  });
});
