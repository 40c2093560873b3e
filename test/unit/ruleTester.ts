// ESLint-grade rule tests. A rule is tested by cases where it must stay silent and cases where it
// must fire; for each firing case the tester checks every finding, in order: its messageId, its
// facts (`data`), its exact range (file, start line and character, text), its related places, and,
// where the editor offers a quick fix for it, the text that fix writes. What each rule's cases
// cover is recorded, so that test/unit/rules/meta.test.ts can fail a rule without tests, a message
// that never fires, or a rule whose "valid" cases are only the clean declaration.
import * as assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleByCode, type CheckOptions, type CheckResult, type Finding, type RuleCode } from '../../server/src/engine';
import { toDiagnostic } from '../../server/src/services/diagnostics';
import { ACCEPT_EXCEPTION_KIND, codeActions } from '../../server/src/services/codeActions';
import { check, cleanDeclaration, ROOT, type Files, type Yaml } from './fixtures';

export interface Case {
  name: string;
  /** Changes the clean declaration, or gives the files outright (`{ 'main.hds.yaml': text }`). */
  change?: (declaration: Yaml) => void;
  files?: Files;
  options?: Partial<CheckOptions>;
}

/** A place: the exact text of the range and the zero-based line it starts on. */
export interface Place {
  /** The text the range covers, exactly. */
  at: string;
  line: number;
  /** Zero-based start character; by default, where `at` first occurs on that line. */
  character?: number;
  /** The file, relative to the declaration's folder; `main.hds.yaml` by default. */
  file?: string;
}

export interface ExpectedFix {
  /** The quick fix's title, in the case's locale. */
  title: string;
  /**
   * The lines the fix writes: the new document's lines from the first one it changes to the last
   * one, joined by `\n` (empty when it only deletes). For a fix that edits other files, one entry per file.
   */
  fixed: string | Record<string, string>;
}

export interface ExpectedError extends Place {
  messageId: string;
  /** The finding's facts, exactly (omit when the finding carries none). */
  data?: Record<string, unknown>;
  /** Text the message must contain, in the case's locale, when the wording itself matters. */
  message?: string | RegExp;
  related?: (Place & { messageId: string })[];
  /** The finding's severity, when a report may set it below or above the rule's default (the severity policy). */
  severity?: Finding['severity'];
  /** Required when the editor offers quick fixes for this finding: the first one (the preferred one). */
  fix?: ExpectedFix;
}

export interface InvalidCase extends Case {
  /**
   * Every finding of the rule, in order. A bare number only counts them, for cases that produce
   * many findings of one kind; each rule still needs detailed cases for each of its messages.
   */
  errors: ExpectedError[] | number;
}


export interface RuleCases {
  valid: Case[];
  invalid: InvalidCase[];
}

/** What the cases of each rule cover, read by the meta-test. */
export const coverage = new Map<string, { valid: number; cleanValid: number; invalid: number; messageIds: Set<string> }>();

/** `code` is a RuleCode, so a misspelled rule fails to compile. */
export function testRule(code: RuleCode, cases: RuleCases): void {
  const covered = { valid: cases.valid.length, cleanValid: 0, invalid: cases.invalid.length, messageIds: new Set<string>() };
  assert.ok(!coverage.has(code), `rule ${code} is tested twice`);
  coverage.set(code, covered);
  for (const testCase of cases.valid) if (!testCase.change && !testCase.files && !testCase.options) covered.cleanValid++;
  for (const testCase of cases.invalid) {
    if (typeof testCase.errors === 'number') continue;
    for (const error of testCase.errors) {
      covered.messageIds.add(error.messageId);
      for (const related of error.related ?? []) covered.messageIds.add(related.messageId);
    }
  }

  describe(`rule ${code}`, () => {
    it('is registered with documentation and messages in English and French', () => {
      const rule = ruleByCode.get(code);
      assert.ok(rule, `rule ${code} is not registered`);
      assert.ok(rule.docs.en && rule.docs.fr);
      for (const message of Object.values(rule.messages)) assert.ok(message.en && message.fr);
    });
    for (const testCase of cases.valid) {
      it(`stays silent: ${testCase.name}`, () => {
        const { found } = run(code, testCase);
        assert.deepEqual(found.map((finding) => `${finding.messageId}: ${finding.message}`), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`fires: ${testCase.name}`, () => {
        const { result, found } = run(code, testCase);
        const summary = () => JSON.stringify(found.map((finding) => ({ messageId: finding.messageId, line: finding.range.start.line, message: finding.message, data: finding.data })), null, 1);
        const expected = testCase.errors;
        assert.equal(found.length, typeof expected === 'number' ? expected : expected.length, `findings: ${summary()}`);
        if (typeof expected === 'number') return;
        expected.forEach((error, index) => checkError(result, found[index], error, testCase, `finding ${index + 1} of ${expected.length}`));
      });
    }
  });
}

function checkError(result: CheckResult, finding: Finding, error: ExpectedError, testCase: Case, label: string): void {
  assert.equal(finding.messageId, error.messageId, `${label}: messageId (message: ${finding.message})`);
  if (error.severity) assert.equal(finding.severity, error.severity, `${label}: severity`);
  assert.deepEqual(finding.data, error.data, `${label}: data`);
  if (error.message) assert.match(finding.message, typeof error.message === 'string' ? new RegExp(escape(error.message)) : error.message, `${label}: message ${JSON.stringify(finding.message)}`);
  checkPlace(result, finding.uri, finding.range, error, `${label}: range`);
  const related = finding.related ?? [];
  assert.equal(related.length, error.related?.length ?? 0, `${label}: related places ${JSON.stringify(related.map((item) => item.message))}`);
  related.forEach((item, index) => {
    const expected = error.related![index];
    assert.equal(item.messageId, expected.messageId, `${label}: related ${index + 1} messageId`);
    checkPlace(result, item.location.uri, item.location.range, expected, `${label}: related ${index + 1} range`);
  });
  checkFix(result, finding, error, testCase, label);
}

function checkPlace(result: CheckResult, uri: string, range: Finding['range'], place: Place, label: string): void {
  const file = place.file ?? 'main.hds.yaml';
  assert.equal(uri, `${ROOT}/${file}`, `${label}: file`);
  const text = result.declaration.files.find((candidate) => candidate.uri === uri)!.text;
  const lines = text.split(/\r?\n/);
  assert.equal(range.start.line, place.line, `${label}: start line (the range covers ${JSON.stringify(textOf(lines, range))})`);
  assert.equal(textOf(lines, range), place.at, `${label}: text`);
  const character = place.character ?? lines[place.line].indexOf(place.at.split('\n')[0]);
  assert.equal(range.start.character, character, `${label}: start character`);
}

function checkFix(result: CheckResult, finding: Finding, error: ExpectedError, testCase: Case, label: string): void {
  const locale = testCase.options?.locale ?? 'en';
  // "Accept as an exception…" is offered for nearly every finding; the exception rules' tests check it.
  const actions = codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, locale).filter((action) => action.kind !== ACCEPT_EXCEPTION_KIND);
  if (!error.fix) {
    assert.deepEqual(actions.map((action) => action.title), [], `${label}: quick fixes are offered; give the first one as fix: { title, fixed }`);
    return;
  }
  assert.ok(actions.length > 0, `${label}: no quick fix is offered`);
  const [first] = actions;
  assert.equal(first.title, error.fix.title, `${label}: fix title`);
  const fixed = fixedText(result, first.edit!);
  const expected = typeof error.fix.fixed === 'string' ? { [finding.uri.slice(ROOT.length + 1)]: error.fix.fixed } : error.fix.fixed;
  assert.deepEqual(fixed, expected, `${label}: what the fix writes`);
}

/** For each file an edit changes, the new lines from the first changed one to the last. */
function fixedText(result: CheckResult, edit: WorkspaceEdit): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const file = result.declaration.files.find((candidate) => candidate.uri === uri);
    assert.ok(file, `the fix edits a file outside the declaration: ${uri}`);
    const before = file.text.split('\n');
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'hds-yaml', 1, file.text), edits).split('\n');
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    changed[uri.slice(ROOT.length + 1)] = after.slice(start, after.length - end).join('\n');
  }
  return changed;
}

function run(code: RuleCode, testCase: Case): { result: CheckResult; found: Finding[] } {
  let files = testCase.files;
  if (!files) {
    const declaration = cleanDeclaration();
    testCase.change?.(declaration);
    files = declaration;
  }
  const result = check(files, testCase.options);
  return { result, found: result.findings.filter((finding) => finding.code === code) };
}

function textOf(lines: string[], range: Finding['range']): string {
  const { start, end } = range;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), (lines[end.line] ?? '').slice(0, end.character)].join('\n');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
