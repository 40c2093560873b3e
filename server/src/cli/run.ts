// hds-check's commands, run against an injected console so tests can call them in process.
import { fileURLToPath } from 'node:url';
import { rules, type Locale } from '../engine';
import { localize } from '../engine/text';
import { compare, loadBaseline } from './baseline';
import { calendarIcs, calendarText, declarationCalendar } from './calendar';
import type { Console, Outcome } from './console';
import { fileExists, prefixed } from './console';
import { collectDeclarations, PathError, type DeclarationToCheck } from './declarations';
import { MAX_DECLARATION_FILES } from '../readText';
import { explain } from './explain';
import { isIncluded } from '../engine/repositoryConfig';
import { applyRepositoryConfig, ConfigFileError } from './repositoryConfig';
import { exportDocument } from './export';
import { importSpreadsheet } from './import';
import { applyFixes } from './fix';
import { init } from './init';
import { readiness } from './readiness';
import { refusal, writeOutput, WriteError } from './output';
import { formatters } from './formats';
import { comparisonMarkdown, comparisonText } from './formats/comparison';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { summaryLine } from './formats/text';
import { helpText } from './help';
import { parseArguments, UsageError, type Format, type Options } from './options';
import { buildReport, checkAll, checkSettingsOf, countsOf, type CheckedDeclaration, type Report } from './report';

const say = {
  missing: { en: '{given}: no such file or folder', fr: '{given}\u00a0: fichier ou dossier introuvable' },
  notDeclaration: { en: '{given}: declaration files end in .hds.yaml', fr: '{given}\u00a0: les fichiers de déclaration se terminent par .hds.yaml' },
  tooMany: {
    en: '{given}: more than {limit} declaration files; hds-check stops there and checks none of them. Name a narrower folder.',
    fr: '{given}\u00a0: plus de {limit} fichiers de déclaration\u00a0; hds-check s’arrête là et n’en vérifie aucun. Indiquez un dossier plus restreint.',
  },
  namePath: { en: 'name at least one folder or file to check', fr: 'indiquez au moins un dossier ou un fichier à vérifier' },
  written: { en: 'written {file}', fr: '{file} écrit' },
};


export async function run(argv: readonly string[], io: Console): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv, io.env, io.today);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error, io);
    throw error;
  }
  if (options.help) {
    io.stdout(helpText(options.locale));
    return 0;
  }
  // The repository configuration file applies under the flags (check and export read declarations).
  if (options.command === 'check' || options.command === 'export') {
    try {
      options.configuration = applyRepositoryConfig(options, io.cwd);
    } catch (error) {
      if (error instanceof ConfigFileError) return cannotRun(error.message, options.locale, io);
      throw error;
    }
  }
  // The files asked for are looked at before anything is checked or written: a refused --output
  // or --ics leaves no file behind, not even the other one.
  // import checks its own --output: a declaration file, which it may write.
  for (const file of options.command === 'import' ? [] : [options.output, options.ics]) {
    const refused = file === undefined ? undefined : refusal(file, { cwd: io.cwd, locale: options.locale });
    if (refused) return cannotRun(refused, options.locale, io);
  }
  let outcome: Outcome;
  try {
    outcome = await dispatch(options, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error, io);
    if (error instanceof WriteError) return cannotRun(error.message, error.locale, io);
    if (error instanceof PathError) {
      const message = error.reason === 'missing' ? say.missing : error.reason === 'too-many' ? say.tooMany : say.notDeclaration;
      const text = localize(message, options.locale, { given: error.given, limit: MAX_DECLARATION_FILES.toLocaleString(options.locale === 'fr' ? 'fr-FR' : 'en-US') });
      return error.reason === 'too-many' ? cannotRun(text, options.locale, io) : usageError(new UsageError(text, options.locale), io);
    }
    throw error;
  }
  for (const note of outcome.notes ?? []) io.stderr(`${note}\n`);
  if (outcome.output !== undefined) {
    const file = options.output ?? outcome.defaultFile;
    if (file) {
      try {
        writeOutput(file, outcome.output, { cwd: io.cwd, locale: options.locale, inputs: outcome.inputs });
      } catch (error) {
        if (error instanceof WriteError) return cannotRun(error.message, error.locale, io);
        throw error;
      }
      io.stderr(`${prefixed(localize(say.written, options.locale, { file }), options.locale)}\n`);
    } else {
      io.stdout(outcome.output);
    }
  }
  return outcome.exitCode;
}

/** A command that could not do what was asked, the command line being right: the message alone, without the usage; exit code 2. */
function cannotRun(message: string, locale: Locale, io: Console): number {
  io.stderr(`${prefixed(message, locale)}\n`);
  return 2;
}

/** The declaration files a command read, which no output may replace. */
function inputsOf(declarations: readonly DeclarationToCheck[]): string[] {
  return declarations.flatMap((declaration) => declaration.files.map((file) => fileURLToPath(file.uri)));
}

function usageError(error: UsageError, io: Console): number {
  io.stderr(`${prefixed(error.message, error.locale)}\n\n${helpText(error.locale)}`);
  return 2;
}

async function dispatch(options: Options, io: Console): Promise<Outcome> {
  switch (options.command) {
    case 'check':
      return options.listRules ? { output: listRules(options), exitCode: 0 } : check(options, io);
    case 'init':
      return { output: init(options.positionals, io.cwd, options.locale), exitCode: 0 };
    case 'explain':
      return { output: explain(options.positionals, options.locale), exitCode: 0 };
    case 'export':
      return exportDocument(options, io);
    case 'readiness':
      return readiness(options, io);
    case 'import':
      return importSpreadsheet(options, io);
  }
}

function listRules(options: Options): string {
  const width = (column: (rule: (typeof rules)[number]) => string) => Math.max(...rules.map((rule) => column(rule).length));
  const codeWidth = width((rule) => rule.code);
  const severityWidth = width((rule) => rule.severity);
  const requirementWidth = width((rule) => rule.requirement ?? '');
  return rules.map((rule) => `${rule.code.padEnd(codeWidth)}  ${rule.severity.padEnd(severityWidth)}  ${(rule.requirement ?? '').padEnd(requirementWidth)}  ${rule.docs[options.locale]}\n`).join('');
}

/** Checks the declarations the paths name and builds the report. */
export async function checkPaths(options: Options, io: Console): Promise<{ report: Report; declarations: DeclarationToCheck[]; checked: CheckedDeclaration[] }> {
  if (options.positionals.length === 0) throw new UsageError(say.namePath[options.locale], options.locale);
  const declarations = await collectDeclarations(options.positionals, io.cwd, undefined, (uri) => isIncluded(options.repositoryConfig, uri));
  const settings = checkSettingsOf(options);
  const checked = checkAll(declarations, settings, fileExists);
  return { report: buildReport(checked, settings, io.cwd), declarations, checked };
}

async function check(options: Options, io: Console): Promise<Outcome> {
  const notes: string[] = [];
  if (options.fix) notes.push(...(await applyFixes(options, io)));
  const { report, declarations, checked } = await checkPaths(options, io);
  if (options.calendar || options.ics) {
    const calendars = checked.map(({ input, result }) => declarationCalendar(result.declaration, input.root, options.today, options.locale));
    if (options.ics) {
      writeOutput(options.ics, calendarIcs(calendars, new Date(), options.locale, io.cwd), { cwd: io.cwd, locale: options.locale, inputs: inputsOf(declarations) });
      notes.push(prefixed(localize(say.written, options.locale, { file: options.ics }), options.locale));
    }
    // The calendar says what is due; it is no verdict, so it exits 0.
    if (options.calendar) return { output: options.format === 'ics' ? calendarIcs(calendars, new Date(), options.locale, io.cwd) : calendarText(calendars, options.locale, io.cwd), notes, exitCode: 0, inputs: inputsOf(declarations) };
  }
  const format = (options.format ?? 'text') as Format;
  if (options.baseline === undefined) {
    const failed = report.errors > 0 || (options.maxWarnings !== undefined && report.warnings > options.maxWarnings);
    return { output: formatters[format](report), notes, exitCode: failed ? 1 : 0, inputs: inputsOf(declarations) };
  }
  const settings = checkSettingsOf(options);
  const baseline = await loadBaseline(options.baseline, declarations, options.positionals, settings, io.cwd);
  const comparison = compare(baseline, report, options.baseline);
  const counted = options.failOn === 'new' ? countsOf(comparison.added) : report;
  const failed = counted.errors > 0 || (options.maxWarnings !== undefined && counted.warnings > options.maxWarnings);
  const output =
    options.markdown ? comparisonMarkdown(comparison, options.locale)
    : format === 'text' ? `${comparisonText(comparison, options.locale)}\n${summaryLine(report)}\n`
    : format === 'json' ? formatJson({ ...report, comparison } as Report)
    : format === 'sarif' ? formatSarif(report, io.cwd, new Set(comparison.added.map((finding) => finding.fingerprint)))
    : formatters[format](report);
  return { output, notes, exitCode: failed ? 1 : 0, inputs: inputsOf(declarations) };
}

export type { Console, Outcome };
