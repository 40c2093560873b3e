// --fix: applies, with the editor's own quick fixes (services/codeActions.ts), those that need no
// human answer: they change how a fact is written, never what it says. Quoting a bare control id
// and writing an activity's name for its number qualify. A "did you mean" replacement is a guess
// about intent, a new risk or SoA entry needs an assessment, and any fix that writes TODO leaves
// the answer to a person: those stay quick fixes for the editor.
import { fileURLToPath } from 'node:url';
import { CodeActionKind, type TextEdit } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { type Nouns, counted, localize } from '../engine/text';
import { toDiagnostic } from '../services/diagnostics';
import { codeActions } from '../services/codeActions';
import { readDeclarationFile } from '../readText';
import { collectDeclarations } from './declarations';
import { isIncluded } from '../engine/repositoryConfig';
import { applyEdits } from './edits';
import type { Options } from './options';
import { writeOutput, WriteError } from './output';
import { checkAll, checkSettingsOf, toRelative } from './report';
import { prefixed, terminalText, type Console } from './console';

export const SAFE_FIXES: ReadonlySet<string> = new Set(['unquoted-control-id', 'numeric-activity']);
const MAX_ROUNDS = 10_000;

const fixedFindings: Nouns = { en: ['finding', 'findings'], fr: ['constat corrigé', 'constats corrigés'] };

const say = {
  fixed: { en: 'fixed {count} in {file}', fr: '{count} dans {file}' },
  changed: {
    en: '{file} changed on disk while it was being fixed: nothing written to it (run --fix again)',
    fr: '{file} a changé sur le disque pendant sa correction\u00a0: rien n’y est écrit (relancez --fix)',
  },
};

/**
 * Applies the safe fixes, then writes each file fixed once. A round applies together every safe fix
 * whose edits overlap no other's, so the checks run grow with how fixes depend on each other, not
 * with their number; the next round is computed on the text the previous one left. Before a file
 * is written it is read again: if it changed on disk since it was read (a save in the editor),
 * nothing is written to it. Its byte order mark, if it had one, is kept.
 */
export async function applyFixes(options: Options, io: Console, fileExists: (uri: string) => boolean = () => true): Promise<string[]> {
  const settings = checkSettingsOf(options);
  const fixedPerFile = new Map<string, number>();
  const notes: string[] = [];
  const declarations = await collectDeclarations(options.positionals, io.cwd, undefined, (uri) => isIncluded(options.repositoryConfig, uri));
  for (const declaration of declarations) {
    const asRead = new Map(declaration.files.map((file) => [file.uri, { text: file.text, bom: (file as { bom?: true }).bom === true }]));
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const [checked] = checkAll([declaration], settings, fileExists);
      const edits = safeFixes(checked.result, checked.result.findings.filter((finding) => SAFE_FIXES.has(finding.code)), options);
      let changed = false;
      for (const [uri, fixes] of edits) {
        const document = declaration.files.find((file) => file.uri === uri)!;
        const text = applyEdits(uri, document.text, fixes.flatMap((fix) => fix));
        if (text === document.text) continue;
        document.text = text;
        changed = true;
        fixedPerFile.set(uri, (fixedPerFile.get(uri) ?? 0) + fixes.length);
      }
      if (!changed) break;
    }
    for (const file of declaration.files) {
      const read = asRead.get(file.uri);
      if (!read || !fixedPerFile.has(file.uri) || read.text === file.text) continue;
      const path = fileURLToPath(file.uri);
      let now: ReturnType<typeof readDeclarationFile> | undefined;
      try {
        now = readDeclarationFile(path);
      } catch {
        now = undefined;
      }
      if (!now || now.unread || now.text !== read.text || (now.bom === true) !== read.bom) {
        fixedPerFile.delete(file.uri);
        notes.push(prefixed(localize(say.changed, options.locale, { file: toRelative(file.uri, io.cwd) }), options.locale));
        continue;
      }
      try {
        writeOutput(path, `${read.bom ? '\ufeff' : ''}${file.text}`, { cwd: io.cwd, locale: options.locale, declaration: true });
      } catch (error) {
        fixedPerFile.delete(file.uri);
        if (error instanceof WriteError) notes.push(prefixed(error.message, options.locale));
        else throw error;
      }
    }
  }
  return [
    ...notes,
    ...[...fixedPerFile].sort(([a], [b]) => (a < b ? -1 : 1)).map(([uri, count]) => prefixed(localize(say.fixed, options.locale, { count: counted(count, fixedFindings), file: terminalText(toRelative(uri, io.cwd)) }), options.locale)),
  ];
}

const before = (a: TextEdit['range']['start'], b: TextEdit['range']['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The safe fixes of a round, per file: each fix's edits, none overlapping another fix's (the first found wins). */
function safeFixes(result: ReturnType<typeof checkAll>[number]['result'], findings: readonly Finding[], options: Options): Map<string, TextEdit[][]> {
  const chosen = new Map<string, TextEdit[][]>();
  for (const finding of findings) {
    const actions = codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)], only: [CodeActionKind.QuickFix] }, options.locale);
    const action = actions.find((candidate) => candidate.isPreferred) ?? actions[0];
    const changes = Object.entries(action?.edit?.changes ?? {});
    // A fix that touches another file, or writes TODO, is not one to apply unattended.
    if (changes.length !== 1 || changes[0][0] !== finding.uri || changes[0][1].some((edit) => /TODO/.test(edit.newText))) continue;
    const fixes = chosen.get(finding.uri) ?? [];
    // Two edits overlap when neither ends before the other starts; two insertions at one place do too.
    const overlaps = (a: TextEdit, b: TextEdit) => !before(a.range.end, b.range.start) && !before(b.range.end, a.range.start);
    if (fixes.some((fix) => fix.some((edit) => changes[0][1].some((other) => overlaps(edit, other))))) continue;
    fixes.push(changes[0][1]);
    chosen.set(finding.uri, fixes);
  }
  return chosen;
}
