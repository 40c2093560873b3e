// Runs the engine and every language service over a declaration, the way an editor would ask, and
// checks what must hold for any input: nothing throws, every range lies inside its document, every
// quick fix yields YAML that parses, keeps every comment and every node it did not mean to change,
// and applied twice changes nothing. Time is measured per case and reported, never asserted.
import * as assert from 'node:assert/strict';
import type { CodeAction, Range as LspRange, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, Lexer, type Node } from 'yaml';
import { toDiagnostic } from '../../../server/src/services/diagnostics';
import { checkDeclaration, positionAt, type CheckResult, type Finding, type Locale, type ParsedFile, type Range, type SourceDocument } from '../../../server/src/engine';
import { codeActions } from '../../../server/src/services/codeActions';
import { codeLenses } from '../../../server/src/services/codeLens';
import { complete } from '../../../server/src/services/completion';
import { foldingRanges } from '../../../server/src/services/folding';
import { hover } from '../../../server/src/services/hover';
import { definitionAt, prepareRename, referencesAt, rename } from '../../../server/src/services/references';
import { documentSymbols, workspaceSymbols } from '../../../server/src/services/symbols';
import { assertInside } from './inside';
import { ROOT, TODAY } from '../fixtures';

/** How many cursor positions each file is probed at (plus every line start, up to this many). */
const POSITIONS_PER_FILE = 12;
/** Quick fixes applied per case: enough to meet every kind of fix, few enough to stay fast. */
const FIXES_PER_CASE = 6;

export interface CaseReport {
  /** Service calls made: the work done, independent of the machine's load. */
  operations: number;
  fixesApplied: number;
  milliseconds: number;
}

/** Keeps the slowest case of a run, to print it. */
export class Budget {
  runs = 0;
  operations = 0;
  fixes = 0;
  slowest: { milliseconds: number; label: string; operations: number } = { milliseconds: 0, label: '', operations: 0 };
  record(label: string, report: CaseReport): void {
    this.runs++;
    this.operations += report.operations;
    this.fixes += report.fixesApplied;
    if (report.milliseconds > this.slowest.milliseconds) this.slowest = { milliseconds: report.milliseconds, label, operations: report.operations };
  }
  summary(name: string): string {
    const label = this.slowest.label.length > 70 ? `${this.slowest.label.slice(0, 70)}…` : this.slowest.label;
    return `${name}: ${this.runs} cases, ${this.operations} service calls, ${this.fixes} quick fixes applied; slowest case ${this.slowest.milliseconds.toFixed(1)} ms (${this.slowest.operations} calls): ${label}`;
  }
}

export const uriOf = (name: string) => `${ROOT}/${name}`;

const check = (documents: readonly SourceDocument[], locale: Locale): CheckResult =>
  checkDeclaration(documents, { today: TODAY, locale, workspaceRoot: ROOT, fileExists: () => true });

/** Exercises everything over `documents`; throws (an assertion error) on the first broken property. */
export function exercise(documents: readonly SourceDocument[], options: { locale?: Locale; seed?: number; fixes?: boolean; positions?: number } = {}): CaseReport {
  const locale = options.locale ?? 'en';
  const started = performance.now();
  let operations = 0;
  let fixesApplied = 0;
  const texts = new Map(documents.map((document) => [document.uri, document.text]));
  const inside = (uri: string, range: Range | LspRange, what: string) => {
    const text = texts.get(uri);
    assert.ok(text !== undefined, `${what}: a range in a file that is not part of the declaration (${uri})`);
    assertInside(text, range, what);
  };

  const result = check(documents, locale);
  operations++;
  for (const finding of result.findings) {
    inside(finding.uri, finding.range, `finding ${finding.code}`);
    for (const related of finding.related ?? []) inside(related.location.uri, related.location.range, `related place of ${finding.code}`);
    assert.ok(!/Internal error/.test(finding.message), `a rule broke: ${finding.message}`);
  }

  for (const file of result.declaration.files) {
    const uri = file.uri;
    for (const symbol of flatten(documentSymbols(file, locale))) {
      inside(uri, symbol.range, `symbol ${symbol.name}`);
      inside(uri, symbol.selectionRange, `symbol ${symbol.name} (selection)`);
    }
    for (const fold of foldingRanges(file)) {
      assert.ok(fold.startLine >= 0 && fold.endLine < file.lineStarts.length && fold.startLine <= fold.endLine, `folding range ${fold.startLine}-${fold.endLine} outside ${file.lineStarts.length} lines`);
    }
    for (const lens of codeLenses(result, uri, locale)) inside(uri, lens.range, `code lens ${lens.command?.title}`);
    operations += 3;

    for (const offset of probeOffsets(file.text, file.lineStarts, options.seed ?? 0, options.positions ?? POSITIONS_PER_FILE)) {
      const position = positionAt(file, offset);
      const hovered = hover({ file, position, checked: result, locale, today: TODAY });
      if (hovered?.range) inside(uri, hovered.range, 'hover');
      const completion = complete({ file, offset, checked: result, locale });
      for (const item of completion?.items ?? []) {
        const edit = item.textEdit;
        if (edit && 'range' in edit) inside(uri, edit.range, `completion ${item.label}`);
        if (edit && 'insert' in edit) {
          inside(uri, edit.insert, `completion ${item.label} (insert)`);
          inside(uri, edit.replace, `completion ${item.label} (replace)`);
        }
        for (const extra of item.additionalTextEdits ?? []) inside(uri, extra.range, `completion ${item.label} (additional edit)`);
      }
      for (const location of definitionAt(result, uri, position)) inside(location.uri, location.range, 'definition');
      for (const location of referencesAt(result, uri, position, true)) inside(location.uri, location.range, 'reference');
      const renameCheck = prepareRename(result, file, position, locale);
      if ('range' in renameCheck) {
        inside(uri, renameCheck.range, 'rename range');
        const renamed = rename(result, file, position, 'renamed-id', locale);
        if (!('error' in renamed)) editsInside(renamed, inside, 'rename');
      }
      operations += 6;
    }
  }
  for (const symbol of workspaceSymbols([result], '')) inside(symbol.location.uri, symbol.location.range, `workspace symbol ${symbol.name}`);
  operations++;

  // Quick fixes, as the editor asks for them on a diagnostic: one finding of each rule, then a few
  // more (asking for all of them on a declaration with 90 missing controls is quadratic work for
  // nothing new), and the source actions.
  const actions: { action: CodeAction; code: string; data?: string }[] = [];
  for (const finding of sampleFindings(result.findings, options.seed ?? 0)) {
    for (const action of codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, locale)) actions.push({ action, code: finding.code, data: JSON.stringify(finding.data ?? {}) });
    operations++;
  }
  for (const file of result.declaration.files) {
    for (const action of sourceActions(result, file.uri, locale)) actions.push({ action, code: SOURCE });
    operations++;
  }
  const seen = new Set<string>();
  for (const { action, code, data } of actions) {
    if (!action.edit) continue;
    editsInside(action.edit, inside, `fix ${action.title}`);
    const key = `${action.title} ${JSON.stringify(action.edit)}`;
    if (seen.has(key) || options.fixes === false || fixesApplied >= FIXES_PER_CASE) continue;
    seen.add(key);
    checkFix(documents, result, action, { code, data }, locale);
    fixesApplied++;
    operations += 2;
  }
  return { operations, fixesApplied, milliseconds: performance.now() - started };
}

const SOURCE = 'source actions';
const FINDINGS_PER_CASE = 10;

function sampleFindings(findings: readonly Finding[], seed: number): Finding[] {
  const firstOfEach = new Map<string, Finding>();
  for (const finding of findings) if (!firstOfEach.has(finding.code)) firstOfEach.set(finding.code, finding);
  const sample = new Set(firstOfEach.values());
  for (let i = 0; sample.size < FINDINGS_PER_CASE && i < findings.length; i++) sample.add(findings[(seed + i * 7) % findings.length]);
  return [...sample];
}

function sourceActions(result: CheckResult, uri: string, locale: Locale): CodeAction[] {
  const file = result.declaration.files.find((candidate) => candidate.uri === uri)!;
  const whole = { start: { line: 0, character: 0 }, end: positionAt(file, file.text.length) };
  return codeActions(result, { uri, range: whole, diagnostics: [], only: ['source'] }, locale);
}

function flatten<T extends { children?: T[] }>(items: readonly T[]): T[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
}

function editsInside(edit: WorkspaceEdit, inside: (uri: string, range: LspRange, what: string) => void, what: string): void {
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) for (const textEdit of edits) inside(uri, textEdit.range, what);
  for (const change of edit.documentChanges ?? []) {
    if ('edits' in change) for (const textEdit of change.edits) inside(change.textDocument.uri, textEdit.range, what);
  }
}

/** A few offsets spread over the text (line starts, key ends, values), chosen from the seed. */
function probeOffsets(text: string, lineStarts: readonly number[], seed: number, count: number): number[] {
  const offsets = new Set<number>([0, text.length]);
  const step = Math.max(1, Math.floor(lineStarts.length / count));
  for (let line = seed % step; line < lineStarts.length; line += step) {
    offsets.add(lineStarts[line]);
    const colon = text.indexOf(': ', lineStarts[line]);
    const next = lineStarts[line + 1] ?? text.length;
    if (colon >= 0 && colon < next) offsets.add(colon + 2 + ((seed + line) % 3));
    offsets.add(Math.min(next, lineStarts[line] + ((seed * 7 + line) % 40)));
  }
  return [...offsets].filter((offset) => offset >= 0 && offset <= text.length);
}

export function applyWorkspaceEdit(documents: readonly SourceDocument[], edit: WorkspaceEdit): SourceDocument[] {
  const byUri = new Map<string, TextEdit[]>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
  for (const change of edit.documentChanges ?? []) if ('edits' in change) byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((e): e is TextEdit => 'newText' in e)]);
  for (const uri of byUri.keys()) assert.ok(documents.some((document) => document.uri === uri), `an edit of a file outside the declaration: ${uri}`);
  return documents.map((document) => {
    const edits = byUri.get(document.uri);
    return edits ? { uri: document.uri, text: TextDocument.applyEdits(TextDocument.create(document.uri, 'hds-yaml', 1, document.text), edits) } : document;
  });
}

function editedOffsets(documents: readonly SourceDocument[], edit: WorkspaceEdit): Map<string, [number, number][]> {
  const spans = new Map<string, [number, number][]>();
  const add = (uri: string, edits: readonly TextEdit[]) => {
    const document = documents.find((candidate) => candidate.uri === uri);
    if (!document) return;
    const text = TextDocument.create(uri, 'hds-yaml', 1, document.text);
    for (const textEdit of edits) (spans.get(uri) ?? spans.set(uri, []).get(uri)!).push([text.offsetAt(textEdit.range.start), text.offsetAt(textEdit.range.end)]);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits);
  for (const change of edit.documentChanges ?? []) if ('edits' in change) add(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'newText' in e));
  return spans;
}

/** A fix: the result parses, keeps comments and untouched nodes, and is not offered again. */
function checkFix(documents: readonly SourceDocument[], before: CheckResult, action: CodeAction, origin: { code: string; data?: string }, locale: Locale): void {
  const { code } = origin;
  const fixed = applyWorkspaceEdit(documents, action.edit!);
  const spans = editedOffsets(documents, action.edit!);
  const again = check(fixed, locale);
  const parsed = (result: CheckResult, uri: string) => result.declaration.files.find((file) => file.uri === uri);
  for (const [index, document] of documents.entries()) {
    const after = fixed[index].text;
    if (after === document.text) continue;
    const what = `fix ${JSON.stringify(action.title)} on ${document.uri.split('/').pop()}`;
    const fileBefore = parsed(before, document.uri);
    const fileAfter = parsed(again, document.uri);
    const syntax = (file: ParsedFile | undefined) => (file ? file.problems.filter((problem) => problem.kind !== 'not-a-mapping').map((problem) => ('message' in problem ? problem.message : problem.kind)) : ['missing']);
    if (syntax(fileBefore).length === 0) assert.deepEqual(syntax(fileAfter), [], `${what} broke the YAML:\n${after}`);
    const edited = spans.get(document.uri) ?? [];
    const missingComments = subtract(comments(document.text, edited), comments(after, []));
    assert.deepEqual(missingComments, [], `${what} lost comments:\n${after}`);
    if (fileBefore?.document && fileAfter?.document) {
      const lost = subtract(leaves(fileBefore.document.contents as Node, edited), leaves(fileAfter.document.contents as Node, []));
      assert.deepEqual(lost, [], `${what} changed nodes it did not mean to:\n${after}`);
    }
  }

  // Applied twice changes nothing: once applied, the fix is offered fewer times (its finding, or
  // the gap a source action fills, is gone), so applying it again has nothing to change.
  const offered = (result: CheckResult) => {
    let count = 0;
    if (code === SOURCE) {
      for (const file of result.declaration.files) count += sourceActions(result, file.uri, locale).filter((candidate) => candidate.title === action.title).length;
      return count;
    }
    // The findings like the one fixed: same rule, same facts.
    for (const finding of result.findings.filter((candidate) => candidate.code === code && JSON.stringify(candidate.data ?? {}) === origin.data)) {
      count += codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, locale).filter((candidate) => candidate.title === action.title).length;
    }
    return count;
  };
  if (fixed.some((document, index) => document.text !== documents[index].text)) {
    const countBefore = offered(before);
    const countAfter = offered(again);
    assert.ok(countAfter < countBefore, `fix ${JSON.stringify(action.title)} (${code}) still offered ${countAfter} time(s) of ${countBefore} after being applied:\n${fixed.map((document) => document.text).join('\n---\n')}`);
  }
}

/** The comments of `text` (outside the `edited` spans), as written. */
function comments(text: string, edited: readonly [number, number][]): string[] {
  const found: string[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#') && !edited.some(([start, end]) => offset < end && offset + token.length > start)) found.push(token.trimEnd());
    offset += token.length;
  }
  return found;
}

/**
 * The leaves (scalars) of a YAML tree as `path = value` with list indices left out (an insertion
 * shifts them), skipping every node under a key or value an edit touched.
 */
function leaves(root: Node | null | undefined, edited: readonly [number, number][]): string[] {
  const found: string[] = [];
  const touched = (node: Node | null | undefined) => !!node?.range && edited.some(([start, end]) => node.range![0] < Math.max(end, start + 1) && node.range![1] > start && !(isMap(node) || isSeq(node)));
  const walk = (node: unknown, path: string, depth: number): void => {
    if (depth > 60 || node === null || node === undefined) return;
    if (isScalar(node)) {
      if (!touched(node)) found.push(`${path} = ${JSON.stringify(node.value)}`);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (touched(key)) continue;
        const keyName = isScalar(key) ? String(key.value) : '?';
        walk(pair.value, `${path}.${keyName}`, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, `${path}[]`, depth + 1);
    }
  };
  walk(root, '', 0);
  return found;
}

/** What of `expected` (a multiset) is not in `actual`. */
function subtract(expected: readonly string[], actual: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of actual) counts.set(item, (counts.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of expected) {
    const left = counts.get(item) ?? 0;
    if (left > 0) counts.set(item, left - 1);
    else missing.push(item);
  }
  return missing;
}
