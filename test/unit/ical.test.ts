// The iCalendar export (RFC 5545), read back by a small strict parser: CRLF line endings, lines
// folded at 75 octets, TEXT escaping, one all-day VEVENT per calendar item with UID and DTSTAMP.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calendarOf, checkDeclaration, groupDeclarations } from '../../server/src/engine';
import { escapeText, foldLine, renderIcs } from '../../server/src/engine/ical';
import { findDeclarationFiles } from '../../server/src/nodeFiles';
import { REPO, TODAY } from './fixtures';

interface Property { name: string; params: Record<string, string>; value: string }
interface Component { name: string; properties: Property[]; components: Component[] }

/** Parses an iCalendar stream, failing on anything RFC 5545 does not allow in what we write. */
function parseIcs(text: string): Component {
  assert.ok(text.endsWith('\r\n'), 'the stream ends with CRLF');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF, never a bare CR or LF');
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line longer than 75 octets: ${JSON.stringify(line)}`);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      assert.ok(logical.length > 0, 'a continuation line follows a content line');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  const stack: Component[] = [{ name: '', properties: [], components: [] }];
  for (const line of logical) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    assert.ok(match, `not a content line: ${JSON.stringify(line)}`);
    const [, name, rawParams, value] = match;
    const params = Object.fromEntries(rawParams.split(';').filter(Boolean).map((param) => param.split('=') as [string, string]));
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], components: [] };
      stack[stack.length - 1].components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      assert.equal(stack.pop()!.name, value, 'END matches its BEGIN');
    } else {
      stack[stack.length - 1].properties.push({ name, params, value });
    }
  }
  assert.equal(stack.length, 1, 'every component is closed');
  assert.equal(stack[0].components.length, 1);
  return stack[0].components[0];
}

/** RFC 5545 §3.3.11: the only escapes are \\ \; \, \n \N, and ; or , never appear bare. */
function unescapeText(value: string): string {
  assert.doesNotMatch(value.replace(/\\[\\;,nN]/g, ''), /[\\;,]/, `bad TEXT escaping: ${value}`);
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

const property = (component: Component, name: string) => {
  const found = component.properties.filter((candidate) => candidate.name === name);
  assert.equal(found.length, 1, `${component.name} has one ${name}`);
  return found[0];
};

describe('iCalendar export', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    assert.ok(folded.length > 1);
    for (const part of folded) assert.ok(Buffer.byteLength(part, 'utf8') <= 75);
    assert.equal(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join(''), line);
    assert.equal(foldLine('SHORT:x'), 'SHORT:x');
    const exactly = `X:${'a'.repeat(73)}`;
    assert.equal(foldLine(exactly), exactly);
    assert.equal(foldLine(`${exactly}b`), `${exactly}\r\n b`);
  });

  it('writes events that read back exactly, with tricky text', () => {
    const text = renderIcs(
      [{ uid: 'a@hds-studio', date: '2026-12-31', summary: 'Audit; year 1, «\u00a0HDS\u00a0»\\now', description: 'line one\nline two, with 😀 and a long tail '.repeat(4), categories: ['HDS', 'a,b'] }],
      { now: new Date('2026-11-22T08:30:05.123Z'), name: 'Calendrier' },
    );
    const calendar = parseIcs(text);
    assert.equal(calendar.name, 'VCALENDAR');
    assert.equal(property(calendar, 'VERSION').value, '2.0');
    assert.ok(property(calendar, 'PRODID').value);
    const [event] = calendar.components;
    assert.equal(event.name, 'VEVENT');
    assert.equal(property(event, 'UID').value, 'a@hds-studio');
    assert.equal(property(event, 'DTSTAMP').value, '20261122T083005Z');
    assert.deepEqual(property(event, 'DTSTART'), { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' });
    assert.deepEqual(property(event, 'DTEND'), { name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270101' });
    assert.equal(unescapeText(property(event, 'SUMMARY').value), 'Audit; year 1, «\u00a0HDS\u00a0»\\now');
    assert.equal(unescapeText(property(event, 'DESCRIPTION').value), 'line one\nline two, with 😀 and a long tail '.repeat(4));
    assert.equal(property(event, 'CATEGORIES').value, 'HDS,a\\,b');
  });

  it('hds-check --calendar --ics FILE writes every calendar item of the broken example as an event', () => {
    const folder = path.join(REPO, 'examples', 'broken');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hds-ics-')), 'calendar.ics');
    execFileSync(process.execPath, [path.join(REPO, 'out/server/src/cli.js'), folder, '--as-of', TODAY, '--lang', 'fr', '--calendar', '--ics', out], { cwd: REPO });
    const calendar = parseIcs(fs.readFileSync(out, 'utf8'));
    const events = calendar.components.filter((component) => component.name === 'VEVENT');

    return findDeclarationFiles(folder).then((files) => {
      const documents = files.map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') }));
      const expected = groupDeclarations(documents, [pathToFileURL(folder).href]).flatMap((group) => calendarOf(checkDeclaration(group.files, { today: TODAY, locale: 'fr' }).declaration, { today: TODAY, locale: 'fr' }));
      assert.equal(events.length, expected.length);
      assert.ok(events.length >= 7);
      expected.forEach((item, index) => {
        const event = events[index];
        assert.equal(property(event, 'DTSTART').value, item.date.replace(/-/g, ''));
        assert.equal(property(event, 'DTSTART').params.VALUE, 'DATE');
        assert.equal(unescapeText(property(event, 'SUMMARY').value), item.label);
        const description = unescapeText(property(event, 'DESCRIPTION').value).split('\n');
        assert.equal(description[0], item.tooltip);
        assert.match(description[1], new RegExp(`broken/[a-z]+\\.hds\\.yaml:${item.location.range.start.line + 1}$`));
        assert.match(property(event, 'UID').value, /^[A-Za-z0-9._-]+@hds-studio$/);
        assert.match(property(event, 'DTSTAMP').value, /^\d{8}T\d{6}Z$/);
      });
      assert.equal(new Set(events.map((event) => property(event, 'UID').value)).size, events.length, 'UIDs are unique');
    });
  });

  it('hds-check --calendar prints the same list, and refuses --format ics without --calendar', () => {
    const cli = path.join(REPO, 'out/server/src/cli.js');
    const text = execFileSync(process.execPath, [cli, 'examples', '--as-of', TODAY, '--calendar'], { cwd: REPO, encoding: 'utf8' });
    assert.match(text, /\n {2}2027-01-26 {2}due soon {2}Surveillance audit, year 2 — HDS certificate ‘HDS-2025-0117’ — in 65 days, 26 January 2027 {2}examples\/declaration\.hds\.yaml:42\n/);
    const ics = execFileSync(process.execPath, [cli, 'examples/declaration.hds.yaml', 'examples/subcontractors.hds.yaml', 'examples/soa.hds.yaml', 'examples/risks.hds.yaml', '--as-of', TODAY, '--calendar', '--format', 'ics'], { cwd: REPO, encoding: 'utf8' });
    // Five certificate dates, and the ISMS cycle's next internal audit, management review and technical audit.
    assert.equal(parseIcs(ics).components.length, 8);
    assert.throws(() => execFileSync(process.execPath, [cli, 'examples', '--format', 'ics'], { cwd: REPO, stdio: 'pipe' }), /--format ics goes with --calendar/);
  });
});
