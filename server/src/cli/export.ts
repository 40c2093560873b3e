// `hds-check export soa|risks|requirements|guarantees|transfers-page`: the Statement of Applicability or the
// risk register of one declaration, as a workbook or CSV; the requirements checklist (EXI-01 to
// EXI-31, in French unless --lang says otherwise) as a workbook, CSV or Markdown; the chapter 8 presentation of guarantees
// as HTML or Markdown; the EXI-31 transfers page as HTML. A declaration with errors or undecided answers is refused, the first named,
// unless --force: the document then carries a banner that says so.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectDeclarations, type DeclarationToCheck } from './declarations';
import { isIncluded } from '../engine/repositoryConfig';
import { UsageError, type Options } from './options';
import { checkAll, checkSettingsOf, toRelative, TOOL_NAME, TOOL_VERSION, type CheckedDeclaration } from './report';
import { fileExists, prefixed, terminalText, type Console, type Outcome } from './console';
import { blockingSummary, exportDocument as buildDocument, EXPORT_KINDS, formatOf, FRENCH_BY_DEFAULT, isExportKind, KIND_FORMATS } from '../documents';
import type { Finding, Locale } from '../engine';
import { localize } from '../engine/text';

const say = {
  kind: { en: 'export takes {kinds}', fr: 'export attend {kinds}' },
  // The command line's own quotes (options.ts), not quote()'s: its messages all read alike.
  notKind: { en: 'export takes {kinds}, not “{given}”', fr: 'export attend {kinds}, pas «\u00a0{given}\u00a0»' },
  format: { en: 'export {kind} takes --format {allowed}, not “{format}”', fr: 'export {kind} attend --format {allowed}, pas «\u00a0{format}\u00a0»' },
  or: { en: ' or ', fr: ' ou ' },
  one: { en: '{command} takes one declaration; these paths hold several: {roots}', fr: '{command} prend une seule déclaration\u00a0; ces chemins en contiennent plusieurs\u00a0: {roots}' },
  none: { en: 'no declaration file found', fr: 'aucun fichier de déclaration trouvé' },
  refused: {
    en: 'not exported: the declaration has {count}. Fix what is listed below, or export anyway with --force (the document will say so):',
    fr: 'pas d’export\u00a0: la déclaration comporte {count}. Corrigez ce qui suit, ou exportez quand même avec --force (le document le signalera)\u00a0:',
  },
  more: { en: '  … and {count} more', fr: '  … et {count} autres' },
};

export async function exportDocument(options: Options, io: Console): Promise<Outcome> {
  const [kind, ...paths] = options.positionals;
  const { locale } = options;
  const kinds = alternatives(EXPORT_KINDS, locale);
  if (!isExportKind(kind)) throw new UsageError(kind ? localize(say.notKind, locale, { kinds, given: kind }) : localize(say.kind, locale, { kinds }), locale);
  const format = formatOf(kind, options.format);
  if (!format) throw new UsageError(localize(say.format, locale, { kind, allowed: alternatives(KIND_FORMATS[kind], locale), format: options.format ?? '' }), locale);
  const { checked, declarations } = await checkOneDeclaration(paths, options, io);

  // The SoA says of each evidence file whether it exists, probed as the check probed it.
  const { workspaceRoot } = checked[0].input;
  // The requirements checklist is in French unless --lang says otherwise; messages stay in the user's language.
  const documentLocale = FRENCH_BY_DEFAULT.includes(kind) && !options.langGiven ? 'fr' : locale;
  const built = await buildDocument(checked[0].result, { kind, format, locale: documentLocale, today: options.today, force: options.force, creator: `${TOOL_NAME} ${TOOL_VERSION}`, workspaceRoot, fileExists: (uri) => fileExists(uri, workspaceRoot) });
  if (built.refused) {
    const more = built.count - built.errors.length;
    return { notes: [prefixed(localize(say.refused, locale, { count: blockingSummary(built.count, built.undecided, locale) }), locale), ...built.errors.map((finding) => `  ${describe(finding, io.cwd)}`), ...(more > 0 ? [localize(say.more, locale, { count: more })] : [])], exitCode: 1 };
  }
  const inputs = declarations.flatMap((declaration) => declaration.files.map((file) => fileURLToPath(file.uri)));
  return typeof built.content === 'string' ? { output: built.content, exitCode: 0, inputs } : { output: built.content, exitCode: 0, defaultFile: built.fileName, inputs };
}

/**
 * Checks the one declaration `paths` name (the current folder when none): a folder that holds other
 * declarations below its own (examples/ and examples/broken/) means its own. Several, or none, is
 * a usage error. Shared by export and readiness.
 */
export async function checkOneDeclaration(paths: readonly string[], options: Options, io: Console): Promise<{ checked: CheckedDeclaration[]; declarations: DeclarationToCheck[] }> {
  const { locale } = options;
  const given = paths.length > 0 ? [...paths] : ['.'];
  const found = await collectDeclarations(given, io.cwd, undefined, (uri) => isIncluded(options.repositoryConfig, uri));
  const named = new Set(given.map((entry) => pathToFileURL(path.resolve(io.cwd, entry)).href));
  const meant = found.filter((declaration) => named.has(declaration.root) || declaration.named.length > 0);
  const declarations = found.length > 1 && meant.length > 0 ? meant : found;
  const checked = checkAll(declarations, checkSettingsOf(options), fileExists);
  if (checked.length === 0) throw new UsageError(localize(say.none, locale), locale);
  if (checked.length > 1) throw new UsageError(localize(say.one, locale, { command: options.command, roots: checked.map(({ input }) => toRelative(input.root, io.cwd) || '.').join(', ') }), locale);
  return { checked, declarations };
}

/** "a, b or c" (« a, b ou c »). */
function alternatives(values: readonly string[], locale: Locale): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')}${localize(say.or, locale)}${values[values.length - 1]}`;
}

function describe(finding: Finding, cwd: string): string {
  return `${terminalText(toRelative(finding.uri, cwd))}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${terminalText(finding.message)} (${finding.code})`;
}
