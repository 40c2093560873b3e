// Which parse and check a request reads: the fresh check, or, while typing in a large file, the
// text alone with the previous check (so completion does not wait for a re-parse).
import * as assert from 'node:assert/strict';
import type { CheckedDeclaration, ServerContext } from '../../server/src/context';
import { checkDeclaration } from '../../server/src/engine';
import { currentFile, recentChecks } from '../../server/src/currentFile';
import { TODAY } from './fixtures';

const URI = 'file:///workspace/decl/risks.hds.yaml';

function fakeContext(initialText: string) {
  let text = initialText;
  const listeners: ((checked: CheckedDeclaration) => void)[] = [];
  let checks = 0;
  const check = (): CheckedDeclaration => {
    checks++;
    const checked = { declaration: { root: 'file:///workspace/decl', uris: [URI] }, result: checkDeclaration([{ uri: URI, text }], { today: TODAY, locale: 'en' }) };
    for (const listener of listeners) listener(checked);
    return checked;
  };
  const context = {
    workspace: { textOf: () => text },
    checked: () => check(),
    checkedAll: () => [check()],
    document: () => ({ getText: () => text }),
    locale: () => 'en',
    today: () => TODAY,
    onDidCheck: (listener: (checked: CheckedDeclaration) => void) => listeners.push(listener),
    onDidForget: () => undefined,
  } as unknown as ServerContext;
  return { context, edit: (next: string) => (text = next), checks: () => checks };
}

const risks = (count: number) => `risks:\n${Array.from({ length: count }, (_, index) => `  - id: R-${index}\n    scenario: A\n    title: Risk number ${index}\n`).join('')}`;

describe('the file a request reads', () => {
  it('reuses the check’s parse when the text has not changed', () => {
    const fake = fakeContext(risks(3));
    const current = currentFile(fake.context, URI, { allowStale: true })!;
    assert.ok(current.file.document);
    assert.equal(current.checked?.declaration.risks.length, 3);
  });

  it('checks again after an edit of a small file', () => {
    const fake = fakeContext(risks(3));
    recentChecks(fake.context);
    currentFile(fake.context, URI, { allowStale: true });
    fake.edit(risks(4));
    const current = currentFile(fake.context, URI, { allowStale: true })!;
    assert.equal(current.checked?.declaration.risks.length, 4);
    assert.ok(current.file.document);
  });

  it('reads a large file’s fresh text without re-checking, with the previous check for its ids', () => {
    const fake = fakeContext(risks(1000));
    recentChecks(fake.context);
    currentFile(fake.context, URI);
    const checksBefore = fake.checks();
    const typed = `${risks(1000)}  - id: R-new\n`;
    fake.edit(typed);
    const current = currentFile(fake.context, URI, { allowStale: true })!;
    assert.equal(fake.checks(), checksBefore, 'no check while typing');
    assert.equal(current.file.text, typed);
    assert.equal(current.file.document, undefined);
    assert.equal(current.file.lineStarts.length, typed.split('\n').length);
    assert.equal(current.checked?.declaration.risks.length, 1000);
    // Hover and other requests that do not allow it get a fresh check.
    assert.equal(currentFile(fake.context, URI)!.checked?.declaration.risks.length, 1001);
  });
});
