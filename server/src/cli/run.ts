// hds-check's commands, run against an injected console so tests can call them in process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../engine';
import { collectDeclarations, PathError } from './declarations';
import { formatters } from './formats';
import { helpText } from './help';
import { parseArguments, UsageError, type Options } from './options';
import { buildReport, checkAll, type Report } from './report';

export interface Console {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** "Today" when --as-of is not given. */
  today?: string;
}

/** What a command produces: text (or bytes) for the output, and the exit code. */
export interface Outcome {
  output?: string | Uint8Array;
  /** Messages for the standard error stream (what was fixed, what was written). */
  notes?: string[];
  exitCode: number;
}

const say = {
  missing: { en: (given: string) => `${given}: no such file or folder`, fr: (given: string) => `${given}\u00a0: fichier ou dossier introuvable` },
  notDeclaration: { en: (given: string) => `${given}: declaration files end in .hds.yaml`, fr: (given: string) => `${given}\u00a0: les fichiers de déclaration se terminent par .hds.yaml` },
  namePath: { en: 'name at least one folder or file to check', fr: 'indiquez au moins un dossier ou un fichier à vérifier' },
  written: { en: (file: string) => `hds-check: written ${file}`, fr: (file: string) => `hds-check\u00a0: ${file} écrit` },
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
  let outcome: Outcome;
  try {
    outcome = await dispatch(options, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error, io);
    if (error instanceof PathError) return usageError(new UsageError(error.reason === 'missing' ? say.missing[options.locale](error.given) : say.notDeclaration[options.locale](error.given), options.locale), io);
    throw error;
  }
  for (const note of outcome.notes ?? []) io.stderr(`${note}\n`);
  if (outcome.output !== undefined) {
    if (options.output) {
      const target = path.resolve(io.cwd, options.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, outcome.output);
      io.stderr(`${say.written[options.locale](options.output)}\n`);
    } else {
      io.stdout(outcome.output);
    }
  }
  return outcome.exitCode;
}

function usageError(error: UsageError, io: Console): number {
  io.stderr(`hds-check: ${error.message}\n\n${helpText(error.locale)}`);
  return 2;
}

async function dispatch(options: Options, io: Console): Promise<Outcome> {
  switch (options.command) {
    case 'check':
      return options.listRules ? { output: listRules(options), exitCode: 0 } : check(options, io);
    default:
      throw new UsageError(`${options.command}: not available`, options.locale);
  }
}

function listRules(options: Options): string {
  const width = (column: (rule: (typeof rules)[number]) => string) => Math.max(...rules.map((rule) => column(rule).length));
  const codeWidth = width((rule) => rule.code);
  const severityWidth = width((rule) => rule.severity);
  const requirementWidth = width((rule) => rule.requirement ?? '');
  return rules.map((rule) => `${rule.code.padEnd(codeWidth)}  ${rule.severity.padEnd(severityWidth)}  ${(rule.requirement ?? '').padEnd(requirementWidth)}  ${rule.docs[options.locale]}\n`).join('');
}

export function fileExists(uri: string): boolean {
  try {
    return fs.statSync(fileURLToPath(uri)).isFile();
  } catch {
    return false;
  }
}

/** Checks the declarations the paths name and builds the report. */
export async function checkPaths(options: Options, io: Console): Promise<Report> {
  if (options.positionals.length === 0) throw new UsageError(say.namePath[options.locale], options.locale);
  const declarations = await collectDeclarations(options.positionals, io.cwd);
  const settings = { today: options.today, locale: options.locale, rules: options.rules };
  return buildReport(checkAll(declarations, settings, fileExists), settings, io.cwd);
}

async function check(options: Options, io: Console): Promise<Outcome> {
  const report = await checkPaths(options, io);
  const output = formatters[(options.format ?? 'text') as keyof typeof formatters](report);
  const failed = report.errors > 0 || (options.maxWarnings !== undefined && report.warnings > options.maxWarnings);
  return { output, exitCode: failed ? 1 : 0 };
}
