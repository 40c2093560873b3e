// A hostile declaration's text in every output: Markdown (hovers, completion documentation, the
// --markdown review comment, `export --format md`), the terminal (text report, notes), HTML, CSV,
// SARIF, JSON and JUnit. The text must come out as text: no image fetched, no link, no raw HTML,
// no mention, no code span ended early, no ESC sequence, no forged line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownCode, markdownFence, markdownText } from '../../server/src/engine/markdown';
import { terminalText } from '../../server/src/cli/console';
import { csvField } from '../../server/src/documents/csv';
import { hover } from '../../server/src/services/hover';
import { complete } from '../../server/src/services/completion';
import { positionAt } from '../../server/src/engine/yamlFile';
import { TODAY } from './fixtures';
import { atCursor, exampleWith } from './services/serviceFixtures';
import { copyExamples, runCli } from './cli/cliHarness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js: { parseStringPromise(xml: string): Promise<any> } = require('xml2js'); // eslint-disable-line @typescript-eslint/no-explicit-any

/** Everything a hostile text tries at once. */
const HOSTILE = 'x`y`` ![p](https://evil.test/p.png) [go](https://evil.test) <img src=x onerror=alert(1)> @all www.evil.test https://evil.test\n# Heading\n\n- item\n\u001b[31mred\u001b]0;title\u0007\r::error file=a.yml::forged\n4 files checked: 0 errors, 0 warnings, 0 information.\u202e';
const YAML_HOSTILE = JSON.stringify(HOSTILE);

/**
 * Checks that Markdown shows `text` and nothing else: no image, link, HTML tag, mention, heading,
 * list, autolink or control character can have come from it.
 */
function assertInertMarkdown(markdown: string, where: string): void {
  assert.doesNotMatch(markdown, /(?<!\\)!(?<!\\)\[/, `${where}: an image`);
  assert.doesNotMatch(markdown, /(?<!\\)\[[^\]]*(?<!\\)\]\(/, `${where}: a link`);
  assert.doesNotMatch(markdown, /<img|<\/?(?!br>)[a-z][^>]*>/i, `${where}: raw HTML`);
  assert.doesNotMatch(markdown, /@all/, `${where}: a mention`);
  assert.doesNotMatch(markdown, /https:\/\/|www\.evil/, `${where}: a bare link`);
  assert.doesNotMatch(markdown, /^\s*(# Heading|- item|::error)/m, `${where}: a line of the text became a line of the document`);
  assert.doesNotMatch(markdown, /[\u0000-\u0008\u000b-\u001f\u007f]/, `${where}: a control character`);
}

/** Checks that text for a terminal carries no control character and no line of the hostile text. */
function assertInertTerminal(output: string, where: string): void {
  assert.doesNotMatch(output, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, `${where}: a control character`);
  assert.doesNotMatch(output, /^::error/m, `${where}: a forged CI annotation`);
  assert.doesNotMatch(output, /^# Heading/m, `${where}: a forged line`);
  assert.ok(output.split('\n').filter((line) => /^4 files checked: 0 errors/.test(line)).length === 0, `${where}: a forged summary line`);
}

describe('hostile text', () => {
  describe('the one Markdown escaping', () => {
    it('shows the text literally: syntax, links, images, HTML, mentions and line breaks neutralised', () => {
      const escaped = markdownText(HOSTILE);
      assertInertMarkdown(escaped, 'markdownText');
      assert.ok(!escaped.includes('\n'), 'one line');
      assert.ok(escaped.includes('\\`y\\`\\`'), 'backticks escaped');
      assert.ok(escaped.includes('@\u200ball'), 'the mention broken by an invisible space');
      assert.equal(markdownText('a | b\nc <d> & e', { lineBreak: '<br>' }), 'a \\| b<br>c &lt;d&gt; &amp; e');
      assert.equal(markdownText('# title'), '\\# title');
      assert.equal(markdownText('1. first'), '1\\. first');
      assert.equal(markdownText('plain words, kept as they are'), 'plain words, kept as they are');
    });

    it('fences a code span with more backticks than any run inside it', () => {
      assert.equal(markdownCode('dc-nord'), '`dc-nord`');
      assert.equal(markdownCode('a`b'), '``a`b``');
      assert.equal(markdownCode('a```b``'), '```` a```b`` ````');
      assert.equal(markdownCode('`x'), '`` `x ``');
      assert.equal(markdownCode('a\nb'), '`a b`');
      assert.equal(markdownCode('a|b', { inTable: true }), '`a\\|b`');
      assert.equal(markdownFence('a\n```\nb', 'yaml'), '````yaml\na\n```\nb\n````');
    });
  });

  describe('the one terminal escaping', () => {
    it('writes control characters, line breaks and bidirectional overrides visibly', () => {
      assert.equal(terminalText('a\nb\r\tc\u001b[31m\u0007\u009b\u202e'), 'a\\nb\\r\\tc\\x1b[31m\\x07\\x9b\\u202e');
      assert.equal(terminalText('déclaration « ok » — C:\\dir'), 'déclaration « ok » — C:\\dir');
      assertInertTerminal(terminalText(HOSTILE), 'terminalText');
    });
  });

  describe('spreadsheets', () => {
    it('never lets a CSV cell start a formula', () => {
      for (const formula of ['=HYPERLINK("https://evil.test","x")', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1']) {
        const field = csvField(formula);
        assert.match(field, /^"?'/, `${JSON.stringify(formula)} is prefixed: ${field}`);
      }
      assert.equal(csvField('=1;2'), `"'=1;2"`);
    });
  });

  describe('in the editor', () => {
    const subcontractors = exampleWith('subcontractors.hds.yaml', 'name: Datacentre Nord SAS\n    role: Colocation of racks and supply of dedicated servers', `name: ${YAML_HOSTILE}\n    role: ${YAML_HOSTILE}`);

    it('hovers show a hostile name and role as text', () => {
      const declaration = exampleWith('declaration.hds.yaml', 'by: [dc-nord, coffre-fort], sites', 'by: [dc-|nord, coffre-fort], sites');
      const at = atCursor('declaration.hds.yaml', declaration, { others: { 'subcontractors.hds.yaml': subcontractors } });
      const result = hover({ file: at.file, position: positionAt(at.file, at.offset), checked: at.checked, locale: 'en', today: TODAY });
      const text = (result?.contents as { value: string }).value;
      assert.match(text, /Subcontractor x\\`y/);
      assertInertMarkdown(text, 'hover');
    });

    it('hovers write a value with backticks in a longer code span', () => {
      const declaration = exampleWith('declaration.hds.yaml', 'by: [dc-nord, coffre-fort], sites', 'by: [dc-nord, "co`|ffre``"], sites');
      const at = atCursor('declaration.hds.yaml', declaration);
      const result = hover({ file: at.file, position: positionAt(at.file, at.offset), checked: at.checked, locale: 'en', today: TODAY });
      assert.match((result?.contents as { value: string }).value, /No subcontractor ``` co`ffre`` ``` is declared/);
    });

    it('completion documentation shows a hostile name and role as text', () => {
      const declaration = exampleWith('declaration.hds.yaml', '{ provided: subcontracted, by: [dc-nord, coffre-fort] }', '{ provided: subcontracted, by: [|] }');
      const at = atCursor('declaration.hds.yaml', declaration, { others: { 'subcontractors.hds.yaml': subcontractors } });
      const items = complete({ ...at })?.items ?? [];
      const item = items.find((candidate) => candidate.label === 'dc-nord');
      assert.ok(item, 'dc-nord offered');
      const documentation = (item.documentation as { value: string }).value;
      assert.match(documentation, /^\*\*x\\`y/);
      assertInertMarkdown(documentation, 'completion');
    });
  });

  describe('on the command line', () => {
    /** The examples with a hostile unknown key, subcontractor name and SoA justification. */
    function hostileFolder(): string {
      const folder = copyExamples();
      const file = (name: string) => path.join(folder, name);
      fs.appendFileSync(file('declaration.hds.yaml'), `\n${YAML_HOSTILE}: 1\n`);
      const subcontractors = fs.readFileSync(file('subcontractors.hds.yaml'), 'utf8').replace('name: Datacentre Nord SAS', `name: ${YAML_HOSTILE}`);
      fs.writeFileSync(file('subcontractors.hds.yaml'), subcontractors);
      const soa = fs.readFileSync(file('soa.hds.yaml'), 'utf8').replace(/justification: "Aucun équipement[^"]*"/, `justification: ${JSON.stringify(`=HYPERLINK("https://evil.test","clic") ${HOSTILE}`)}`);
      fs.writeFileSync(file('soa.hds.yaml'), soa);
      return folder;
    }

    it('the text report and the notes show the text on its own line, escaped', async () => {
      const folder = hostileFolder();
      const ran = await runCli(['.'], folder);
      assert.equal(ran.code, 1);
      assert.match(ran.stdout, /Unknown key ‘x`y`` .*\\n# Heading\\n\\n- item\\n\\x1b\[31mred\\x1b\]0;title\\x07\\r::error/);
      assertInertTerminal(ran.stdout, 'text report');
      const lines = ran.stdout.trimEnd().split('\n');
      assert.match(lines[lines.length - 1], /^\d+ files checked: [1-9]\d* errors?, /, 'the real summary is the last line');
      const refused = await runCli(['export', 'guarantees', '.'], folder);
      assert.equal(refused.code, 1);
      assertInertTerminal(refused.stderr, 'the errors of a refused export');
    });

    it('the --markdown review comment shows the text inertly', async () => {
      const folder = copyExamples();
      const baseline = await runCli(['.', '--format', 'json'], folder);
      fs.writeFileSync(path.join(folder, 'baseline.json'), baseline.stdout);
      fs.appendFileSync(path.join(folder, 'declaration.hds.yaml'), `\n${YAML_HOSTILE}: 1\n`);
      const ran = await runCli(['.', '--baseline', './baseline.json', '--markdown'], folder);
      assert.match(ran.stdout, /Unknown key ‘x\\`y\\`\\` /);
      assertInertMarkdown(ran.stdout, '--markdown');
      const row = ran.stdout.split('\n').find((line) => line.includes('Unknown key'))!;
      assert.equal(row.split(/(?<!\\)\|/).length, 6, 'the row keeps its four cells');
      const text = await runCli(['.', '--baseline', './baseline.json'], folder);
      assertInertTerminal(text.stdout, '--baseline as text');
    });

    it('export guarantees as Markdown and HTML show a hostile name as text', async () => {
      const folder = hostileFolder();
      const markdown = await runCli(['export', 'guarantees', '.', '--format', 'md', '--force'], folder);
      assert.equal(markdown.code, 0);
      assert.match(markdown.stdout, /x\\`y\\`\\` \\!\\\[p\\\]/);
      assertInertMarkdown(markdown.stdout, 'export --format md');
      const html = await runCli(['export', 'guarantees', '.', '--format', 'html', '--force'], folder);
      assert.ok(html.stdout.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the tag shown as text');
      assert.doesNotMatch(html.stdout, /<img/);
    });

    it('export soa as CSV: a justification written like a formula stays text', async () => {
      const folder = hostileFolder();
      const csv = await runCli(['export', 'soa', '.', '--format', 'csv', '--force'], folder);
      assert.equal(csv.code, 0);
      const record = csv.stdout.split('\r\n').find((line) => line.includes('HYPERLINK'));
      assert.ok(record, 'the justification is exported');
      assert.match(record, /;"'=HYPERLINK\(""https/);
    });

    it('SARIF, JSON and JUnit carry the text exactly, escaped by their syntax', async () => {
      const folder = hostileFolder();
      const message = (text: string) => text.includes(HOSTILE);
      const json = JSON.parse((await runCli(['.', '--format', 'json'], folder)).stdout);
      assert.ok(json.findings.some((finding: { message: string }) => message(finding.message)), 'JSON');
      const sarif = JSON.parse((await runCli(['.', '--format', 'sarif'], folder)).stdout);
      assert.ok(sarif.runs[0].results.some((result: { message: { text: string } }) => message(result.message.text)), 'SARIF');
      const junit = (await runCli(['.', '--format', 'junit'], folder)).stdout;
      assert.doesNotMatch(junit, /<img/);
      const parsed = JSON.stringify(await xml2js.parseStringPromise(junit));
      assert.ok(parsed.includes(JSON.stringify(HOSTILE.replace(/\r/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')).slice(1, 20)), 'JUnit');
    });
  });
});
