// The one definition of "inside the document" the range tests share.
import * as assert from 'node:assert/strict';
import type { Range } from '../../../server/src/engine';

/** Fails unless `range` starts before it ends and both ends lie on a line of `text`, within its content. */
export function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [name, position] of [['start', range.start], ['end', range.end]] as const) {
    assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length, `${what}: ${name} line ${position.line} outside ${lines.length} lines`);
    assert.ok(Number.isInteger(position.character) && position.character >= 0 && position.character <= lines[position.line].length,
      `${what}: ${name} ${position.line}:${position.character} past the end of its line (${lines[position.line].length} characters: ${JSON.stringify(lines[position.line])})`);
  }
  const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(before, `${what}: starts after it ends ${JSON.stringify(range)}`);
}
