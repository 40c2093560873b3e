// What the server reads of an LSP client's capabilities, and how it degrades its answers for a
// client that takes no Markdown, no snippets, no symbol trees (server/src/clientSupport.ts).
import * as assert from 'node:assert/strict';
import { nodeFiles } from '../../server/src/nodeFiles';
import { adaptCompletion, adaptHover, adaptSymbols, clientSupport, LEAST_SUPPORT, plainText, snippetText, workspaceFoldersOf } from '../../server/src/clientSupport';
import { hover } from '../../server/src/services/hover';
import { checkDeclaration } from '../../server/src/engine';
import { parseFile } from '../../server/src/engine/yamlFile';
import { TODAY } from './fixtures';

describe('client support', () => {
  it('reads what the client announced, and nothing it did not', () => {
    assert.deepEqual(clientSupport({}), LEAST_SUPPORT);
    assert.deepEqual(clientSupport(undefined), LEAST_SUPPORT);
    const vscode = clientSupport({
      workspace: { workspaceFolders: true, configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true }, codeLens: { refreshSupport: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { documentationFormat: ['markdown'], snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] } } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
      experimental: { hdsTableEditor: true },
    });
    assert.ok(Object.values(vscode).every((supported) => supported === true), JSON.stringify(vscode));
    assert.equal(clientSupport({ textDocument: { hover: { contentFormat: ['plaintext'] } } }).hoverMarkdown, false);
  });

  it('takes the workspace folders, else rootUri, else rootPath', () => {
    assert.deepEqual(workspaceFoldersOf({ workspaceFolders: [{ uri: 'file:///a', name: 'a' }], rootUri: 'file:///b' }, nodeFiles.uriOfPath), ['file:///a']);
    assert.deepEqual(workspaceFoldersOf({ workspaceFolders: null, rootUri: 'file:///b' }, nodeFiles.uriOfPath), ['file:///b']);
    assert.deepEqual(workspaceFoldersOf({ rootUri: null, rootPath: '/srv/decl' }, nodeFiles.uriOfPath), ['file:///srv/decl']);
    assert.deepEqual(workspaceFoldersOf({ rootUri: null }, nodeFiles.uriOfPath), []);
  });

  it('makes Markdown plain: emphasis, code, rules, links and escapes', () => {
    assert.equal(plainText('**Rule `unknown-key`** — see *this*\n\n---\n\nA \\*starred\\* \\`name\\` and [the page](https://x.example/p) <https://y.example>'), 'Rule unknown-key — see this\n\nA *starred* `name` and the page (https://x.example/p) https://y.example');
    assert.equal(plainText('```yaml\n- id: R-1\n  title: *x* and **y**\n```'), '- id: R-1\n  title: *x* and **y**', 'code is kept as written');
    assert.equal(plainText('`a \\* b` then **c**'), 'a \\* b then c');
    assert.equal(plainText('*.hds.yaml files'), '*.hds.yaml files', 'a lone star is no emphasis');
  });

  it('fills a snippet\'s placeholders with their defaults, its choices with their first option', () => {
    assert.equal(snippetText('id: ${1:R-01}\nscenario: ${2|A,B.a|}\ntitle: ${3:a ${4:nested} one}$0 costs \\$5 \\} done'), 'id: R-01\nscenario: A\ntitle: a nested one costs $5 } done');
    assert.equal(snippetText('controls: ["$8"]'), 'controls: [""]');
  });

  it('adapts a real hover, completion items and an outline to the least client', () => {
    const uri = 'file:///w/main.hds.yaml';
    const text = 'hds: 2\nscope:\n  activities:\n    hardware: { provided: in-house }\n';
    const file = parseFile({ uri, text });
    const markdown = hover({ file, position: { line: 3, character: 6 }, checked: checkDeclaration([{ uri, text }], { today: TODAY, locale: 'en' }), locale: 'en', today: TODAY })!;
    assert.equal((markdown.contents as { kind: string }).kind, 'markdown');
    const plain = adaptHover(markdown, LEAST_SUPPORT)!.contents as { kind: string; value: string };
    assert.equal(plain.kind, 'plaintext');
    assert.doesNotMatch(plain.value, /\*\*|`/);
    assert.match(plain.value, /hardware/);

    const items = adaptCompletion([{ label: 'New risk', insertTextFormat: 2, insertTextMode: 2, textEdit: { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, newText: 'id: ${1:R-1}\n  title: ${2:T}' }, documentation: { kind: 'markdown', value: '**x**' } }], LEAST_SUPPORT, '  ');
    assert.deepEqual(items[0], { label: 'New risk', insertTextFormat: 1, textEdit: { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, newText: 'id: R-1\n    title: T' }, documentation: { kind: 'plaintext', value: 'x' } });

    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const flat = adaptSymbols([{ name: 'scope', kind: 2, range, selectionRange: range, children: [{ name: 'hardware', kind: 8, range, selectionRange: range }] }], uri, LEAST_SUPPORT);
    assert.deepEqual(flat, [{ name: 'scope', kind: 2, location: { uri, range } }, { name: 'hardware', kind: 8, location: { uri, range }, containerName: 'scope' }]);
  });
});
