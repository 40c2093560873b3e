// hds-check's side of the repository configuration file: found from the current folder upward (to
// the top of the git repository), read through readText.ts, parsed by the engine as the language
// server does, and applied under the command line's flags.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, parseRepositoryConfig, type RepositoryConfig } from '../engine/repositoryConfig';
import type { SeveritySetting } from '../engine';
import { localize } from '../engine/text';
import { readDeclarationFile } from '../readText';
import type { ConfigurationApplied, Options } from './options';

export type { ConfigurationApplied } from './options';

export class ConfigFileError extends Error {}

const say = {
  bad: { en: '{file} has problems; correct them, or run with --no-config:', fr: '{file} comporte des erreurs\u00a0; corrigez-les, ou lancez avec --no-config\u00a0:' },
};

/** The nearest .hds-studio.yaml at or above `cwd`, up to the top of the git repository. */
export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    try {
      fs.lstatSync(candidate);
      return candidate;
    } catch {
      // not here
    }
    if (fs.existsSync(path.join(directory, '.git'))) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * Applies the configuration file under the flags: a flag given wins, then the file, then the
 * default. A file with problems stops the run (exit 2) with each problem and its place: CI must not
 * pass on a configuration it did not read.
 */
export function applyRepositoryConfig(options: Options, cwd: string): ConfigurationApplied {
  const flagRules = Object.fromEntries(Object.keys(options.rules).map((code) => [code, 'flag' as const]));
  const applied: ConfigurationApplied = { asOf: options.asOfGiven ? 'flag' : 'default', language: options.langGiven ? 'flag' : 'environment', rules: flagRules };
  if (options.noConfig) return applied;
  const file = findConfigFile(cwd);
  if (!file) return applied;
  const uri = pathToFileURL(file).href;
  const read = readDeclarationFile(file);
  let parsed = parseRepositoryConfig({ uri, ...read }, options.locale);
  if (!options.langGiven && parsed.config.language && parsed.config.language !== options.locale) parsed = parseRepositoryConfig({ uri, ...read }, parsed.config.language);
  const relative = path.relative(cwd, file).split(path.sep).join('/');
  if (parsed.problems.length > 0) {
    const locale = !options.langGiven && parsed.config.language ? parsed.config.language : options.locale;
    const lines = parsed.problems.map((problem) => `  ${relative}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`);
    throw new ConfigFileError([localize(say.bad, locale, { file: relative }), ...lines].join('\n'));
  }
  const config: RepositoryConfig = parsed.config;
  options.repositoryConfig = config;
  applied.file = relative;
  if (!options.asOfGiven && config.asOf) {
    options.today = config.asOf;
    applied.asOf = 'file';
  }
  if (!options.langGiven && config.language) {
    options.locale = config.language;
    applied.language = 'file';
  }
  const rules: Record<string, SeveritySetting> = { ...config.rules, ...options.rules };
  for (const code of Object.keys(config.rules)) if (!(code in options.rules)) applied.rules[code] = 'file';
  options.rules = rules;
  return applied;
}
