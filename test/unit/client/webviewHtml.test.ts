// The preview's Content-Security-Policy: put first in the page's <head>, whatever shape the page has.
import * as assert from 'node:assert/strict';
import { messagePage, PREVIEW_CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../../client/src/webviewHtml';

const META = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CONTENT_SECURITY_POLICY}">`;

describe('the preview webview’s HTML', () => {
  it('allows nothing but inline style', () => {
    const directives = PREVIEW_CONTENT_SECURITY_POLICY.split(';').map((directive) => directive.trim());
    assert.deepEqual(directives, ["default-src 'none'", "style-src 'unsafe-inline'"]);
  });

  it('puts the policy first in the head, before anything the page loads or styles', () => {
    const page = '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<style>p{}</style>\n</head>\n<body><p>x</p></body>\n</html>\n';
    assert.equal(withContentSecurityPolicy(page), page.replace('<head>\n', `<head>\n${META}\n`));
    assert.equal(withContentSecurityPolicy('<HTML><HEAD lang="en"><title>t</title></HEAD></HTML>'), `<HTML><HEAD lang="en">\n${META}<title>t</title></HEAD></HTML>`);
    // Not fooled by an element whose name starts with "head".
    assert.equal(withContentSecurityPolicy('<html><header>h</header></html>'), `<html>\n<head>${META}</head><header>h</header></html>`);
  });

  it('wraps a fragment into a page that carries it', () => {
    assert.equal(withContentSecurityPolicy('<p>x</p>'), `<!DOCTYPE html>\n<html>\n<head>${META}</head>\n<body><p>x</p></body>\n</html>\n`);
  });

  it('writes messages escaped, under the policy', () => {
    const page = messagePage('No <b>declaration</b> & "more"', 'en');
    assert.ok(page.includes(`<head>\n${META}\n<meta charset="utf-8">`));
    assert.ok(page.includes('<p>No &lt;b&gt;declaration&lt;/b&gt; &amp; &quot;more&quot;</p>'));
    assert.ok(page.includes('<html lang="en">'));
  });
});
