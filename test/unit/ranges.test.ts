// Ranges are made in one place (engine/yamlFile.ts positionAt/offsetRange): these cases pin the
// inputs where a parser offset falls outside the visible text of a line.
import * as assert from 'node:assert/strict';
import { checkDeclaration, parseFile, positionAt, offsetAt } from '../../server/src/engine';
import { TODAY } from './fixtures';
import { assertInside } from './properties/inside';

const findingsOf = (text: string) => checkDeclaration([{ uri: 'file:///workspace/main.hds.yaml', text }], { today: TODAY, locale: 'en' }).findings;

describe('ranges stay inside the document', () => {
  it('an offset between the \\r and the \\n of a line break is the end of the line', () => {
    const file = parseFile({ uri: 'file:///workspace/a.hds.yaml', text: 'ab\r\ncd' });
    assert.deepEqual(positionAt(file, 2), { line: 0, character: 2 });
    assert.deepEqual(positionAt(file, 3), { line: 0, character: 2 });
    assert.deepEqual(positionAt(file, 4), { line: 1, character: 0 });
    assert.deepEqual(positionAt(file, 99), { line: 1, character: 2 });
    assert.deepEqual(positionAt(file, -5), { line: 0, character: 0 });
  });

  it('a character past the end of its line is read as the end of the line, as LSP says', () => {
    const file = parseFile({ uri: 'file:///workspace/a.hds.yaml', text: 'ab\r\ncd\n' });
    assert.equal(offsetAt(file, { line: 0, character: 40 }), 2);
    assert.equal(offsetAt(file, { line: 1, character: 40 }), 6);
    assert.equal(offsetAt(file, { line: 9, character: 0 }), 7);
  });

  // From the YAML test suite (9MQT, QB6E, DK95, 5TRB…) written with CRLF: the parser ends the error
  // of an unclosed quote on the \r, which used to give a character one past the line's end.
  for (const text of ['--- "a\r\n... x\r\nb"\r\n', '---\r\nquoted: "a\r\nb\r\nc"\r\n', 'foo: "bar\r\n\tbaz"\r\n', 'key: &x\r\n!!map\r\n  a: b\r\n']) {
    it(`a syntax error in ${JSON.stringify(text)}`, () => {
      const findings = findingsOf(text);
      assert.ok(findings.some((finding) => finding.code === 'yaml-syntax'));
      for (const finding of findings) assertInside(text, finding.range, finding.code);
    });
  }

  it('a block spanning lines is shown on its first line, never ending before it starts', () => {
    // The value starts in the trailing spaces of its line: the first-line end is the start itself.
    const text = 'hds: 2\nsoa: !!str   \n  text\n';
    for (const finding of findingsOf(text)) assertInside(text, finding.range, finding.code);
  });
});
