// --fix: applies, with the editor's own quick fixes (services/codeActions.ts), those that need no
// human answer: they change how a fact is written, never what it says. Quoting a bare control id
// and writing an activity's name for its number qualify. A "did you mean" replacement is a guess
// about intent, a new risk or SoA entry needs an assessment, and any fix that writes TODO leaves
// the answer to a person: those stay quick fixes for the editor.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CodeActionKind } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { type Nouns, counted, localize } from '../engine/text';
import { toDiagnostic } from '../services/diagnostics';
import { codeActions } from '../services/codeActions';
import { collectDeclarations } from './declarations';
import { applyEdits } from './edits';
import type { Options } from './options';
import { checkAll, checkSettingsOf, toRelative } from './report';
import { prefixed, terminalText, type Console } from './console';

export const SAFE_FIXES: ReadonlySet<string> = new Set(['unquoted-control-id', 'numeric-activity']);
const MAX_ROUNDS = 10_000;

const fixedFindings: Nouns = { en: ['finding', 'findings'], fr: ['constat corrigé', 'constats corrigés'] };

const say = {
  fixed: { en: 'fixed {count} in {file}', fr: '{count} dans {file}' },
};

/** Applies the safe fixes on disk, one at a time (each is computed on the text the previous one left); returns what was done. */
export async function applyFixes(options: Options, io: Console, fileExists: (uri: string) => boolean = () => true): Promise<string[]> {
  const settings = checkSettingsOf(options);
  const fixedPerFile = new Map<string, number>();
  const declarations = await collectDeclarations(options.positionals, io.cwd);
  for (const declaration of declarations) {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const [checked] = checkAll([declaration], settings, fileExists);
      const edit = firstSafeFix(checked.result, checked.result.findings.filter((finding) => SAFE_FIXES.has(finding.code)), options);
      if (!edit) break;
      const document = declaration.files.find((file) => file.uri === edit.uri)!;
      const text = applyEdits(edit.uri, document.text, edit.edits);
      if (text === document.text) break;
      fs.writeFileSync(fileURLToPath(edit.uri), text);
      document.text = text;
      fixedPerFile.set(edit.uri, (fixedPerFile.get(edit.uri) ?? 0) + 1);
    }
  }
  return [...fixedPerFile].sort(([a], [b]) => (a < b ? -1 : 1)).map(([uri, count]) => prefixed(localize(say.fixed, options.locale, { count: counted(count, fixedFindings), file: terminalText(toRelative(uri, io.cwd)) }), options.locale));
}

function firstSafeFix(result: ReturnType<typeof checkAll>[number]['result'], findings: readonly Finding[], options: Options) {
  for (const finding of findings) {
    const actions = codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)], only: [CodeActionKind.QuickFix] }, options.locale);
    const action = actions.find((candidate) => candidate.isPreferred) ?? actions[0];
    const changes = Object.entries(action?.edit?.changes ?? {});
    // A fix that touches another file, or writes TODO, is not one to apply unattended.
    if (changes.length !== 1 || changes[0][0] !== finding.uri || changes[0][1].some((edit) => /TODO/.test(edit.newText))) continue;
    return { uri: finding.uri, edits: changes[0][1] };
  }
  return undefined;
}
