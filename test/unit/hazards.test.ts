// Hostile or odd YAML: each gets a clear diagnostic, in bounded time and memory, and nothing it
// contains reaches Object.prototype. Work is bounded by construction (limits in engine/yamlFile.ts);
// the time and memory each case took are printed, never asserted.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDeclaration, type Finding, type SourceDocument } from '../../server/src/engine';
import { decodeDeclaration, readDeclarationFile } from '../../server/src/readText';
import { cleanDeclaration, REPO, TODAY } from './fixtures';
import { assertInside } from './properties/inside';
import { exercise } from './properties/harness';
import { temporaryFolder } from '../server/lspClient';
import { stringify } from 'yaml';

const URI = 'file:///workspace/declaration/main.hds.yaml';
const figures: string[] = [];
after(() => figures.length && console.log(`      hazards: ${figures.join('; ')}`));

function checked(name: string, source: Omit<SourceDocument, 'uri'>, locale: 'en' | 'fr' = 'en'): Finding[] {
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const findings = checkDeclaration([{ uri: URI, ...source }], { today: TODAY, locale }).findings;
  figures.push(`${name} ${(performance.now() - started).toFixed(0)} ms, ${Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);
  for (const finding of findings) assertInside(source.text, finding.range, `${name}: ${finding.code}`);
  return findings;
}

const messages = (findings: Finding[], code: string) => findings.filter((finding) => finding.code === code).map((finding) => finding.message);

describe('YAML hazards', () => {
  it('an alias bomb (a billion laughs) is refused, not expanded', () => {
    const lines = ['hds: 2', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const findings = checked('alias bomb (9^10 values)', { text: lines.join('\n') });
    assert.deepEqual(findings.map((finding) => finding.code), ['unreadable-file']);
    assert.match(findings[0].message, /too many values through its aliases/);
  });

  it('deep nesting, in flow and in block style, is refused with one finding', () => {
    const flow = checked('5,000 nested [', { text: `hds: 2\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
    assert.deepEqual(flow.map((finding) => finding.messageId), ['too-deep']);
    const block = checked('300 nested keys', { text: `hds: 2\n${Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')} 1\n` });
    assert.deepEqual(block.map((finding) => finding.messageId), ['too-deep']);
  });

  it('a 10 MB file is refused before it is parsed', () => {
    const text = `hds: 2\nsoa:\n${'  - { control: "5.1", applicable: true, status: implemented }\n'.repeat(170_000)}`;
    assert.ok(text.length > 10_000_000);
    const findings = checked('10 MB file', { text }, 'fr');
    assert.deepEqual(findings.map((finding) => finding.messageId), ['too-large']);
    assert.match(findings[0].message, /trop gros pour être vérifié \(10,1 Mo\u00a0; la limite est de 4 Mo\)/);
  });

  it('invalid UTF-8 read from disk is reported where it starts, and a BOM is dropped as editors do', () => {
    const folder = temporaryFolder('hds-utf8-');
    const file = path.join(folder, 'main.hds.yaml');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('hds: 2\norganization: { name: "Clinique '), Buffer.from([0xe9, 0x20]), Buffer.from('" }\n')]));
    const read = readDeclarationFile(file);
    assert.equal(read.invalidUtf8At, read.text.indexOf('\ufffd'));
    const findings = checked('invalid UTF-8', read);
    assert.deepEqual(findings.map((finding) => finding.messageId), ['invalid-utf8']);
    assert.deepEqual(findings[0].range.start, { line: 1, character: 32 });

    // The command line reads files the same way.
    const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), folder, '--as-of', TODAY], { encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stdout, /main\.hds\.yaml\n +2:33 +error +This file is not valid UTF-8/);

    const withBom = decodeDeclaration(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hds: 2\nfoo: 1\n')]));
    assert.equal(withBom.text, 'hds: 2\nfoo: 1\n');
    assert.equal(withBom.invalidUtf8At, undefined);
  });

  it('a BOM left in the text (as some editors send it) still gives the right ranges', () => {
    const findings = checked('BOM', { text: '\ufeffhds: 2\nfoo: 1\n' });
    const unknown = findings.find((finding) => finding.code === 'unknown-key');
    assert.deepEqual(unknown?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    assert.ok(!findings.some((finding) => finding.code === 'yaml-syntax' || finding.code === 'unreadable-file'));
  });

  it('__proto__ and constructor keys stay plain keys: Object.prototype is untouched', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = [
      'hds: 2',
      '__proto__: { polluted: true }',
      'constructor: { prototype: { polluted: true } }',
      'organization: { name: X, __proto__: { isAdmin: true }, constructor: { name: Y } }',
      'scope:',
      '  activities:',
      '    __proto__: { provided: in-house }',
      'risks:',
      '  - { id: R-1, __proto__: { scenario: A }, toString: 1, hasOwnProperty: 2 }',
    ].join('\n');
    const findings = checked('__proto__ keys', { text });
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore);
    const probe: Record<string, unknown> = {};
    assert.equal(probe.polluted, undefined);
    assert.equal(probe.isAdmin, undefined);
    assert.equal(typeof probe.toString, 'function');
    assert.ok(messages(findings, 'unknown-key').some((message) => message.includes('__proto__')));
    assert.ok(messages(findings, 'unknown-key').some((message) => message.includes('constructor')));
    // Every service copes, and still nothing reaches the prototype.
    exercise([{ uri: URI, text }]);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('a merge key is reported, not silently merged or ignored', () => {
    const findings = checked('merge key', { text: 'hds: 2\nbase: &base { provided: in-house }\nscope:\n  activities:\n    hardware: { <<: *base }\n' }, 'fr');
    const merge = findings.filter((finding) => finding.messageId === 'merge-key');
    assert.equal(merge.length, 1);
    assert.deepEqual(merge[0].range, { start: { line: 4, character: 16 }, end: { line: 4, character: 18 } });
    assert.match(merge[0].message, /^Une clé de fusion \(<<\) n’existe qu’en YAML 1\.1/);
  });

  it('custom tags are reported, and the value is still read', () => {
    const findings = checked('custom tags', { text: 'hds: 2\norganization: !custom { name: X }\nsoa: !!js/function "function () {}"\n' });
    assert.equal(findings.filter((finding) => finding.code === 'yaml-syntax').length, 2);
    assert.ok(messages(findings, 'yaml-syntax').every((message) => /this tag is not one of YAML 1\.2/.test(message)));
    assert.ok(!messages(findings, 'missing-key').some((message) => /organization/.test(message)), 'the tagged mapping is still read');
  });

  it('a duplicate key is marked on the whole key, in its file', () => {
    const findings = checked('duplicate key', { text: 'hds: 2\nrisks: []\n"risks": []\n' });
    const duplicate = findings.find((finding) => finding.code === 'yaml-syntax')!;
    assert.deepEqual(duplicate.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
  });

  it('CRLF line breaks give the same ranges as LF', () => {
    const lf = stringify({ ...cleanDeclaration(), extra: 1, scope: { ...cleanDeclaration().scope, storage: [{ site: 'paris-1', country: 'XX', operator: 'dc' }] } });
    const crlf = lf.replace(/\n/g, '\r\n');
    const rangesOf = (findings: Finding[]) => findings.map((finding) => `${finding.code} ${JSON.stringify(finding.range)}`);
    const fromLf = checked('LF', { text: lf });
    assert.ok(fromLf.length >= 2);
    assert.deepEqual(rangesOf(checked('CRLF', { text: crlf })), rangesOf(fromLf));
  });

  it('a tab that indents is an error that says so; a tab after a colon is fine', () => {
    const indented = checked('tab indent', { text: 'hds: 2\norganization:\n\tname: X\n' }, 'fr');
    assert.deepEqual(messages(indented, 'yaml-syntax').map((message) => message.replace(/\u00a0/g, ' ')), ['Erreur de syntaxe YAML : Les tabulations ne peuvent pas indenter du YAML : utilisez des espaces.']);
    assert.deepEqual(checked('tab separator', { text: 'hds: 2\norganization:\t{ name: X }\n' }).filter((finding) => finding.code === 'yaml-syntax'), []);
  });
});
