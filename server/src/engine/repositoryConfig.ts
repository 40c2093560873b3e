// The repository configuration file, `.hds-studio.yaml` at the root of the repository (the
// workspace folder): rule severities, which `*.hds.yaml` files are declarations, the as-of date and
// the language, read alike by the language server and hds-check. Pure: the caller reads the file
// (readText.ts on disk, the editor's buffer) and gives its text. A bad value is a problem with its
// exact place, and is ignored; nothing here throws on any input.
import schemaJson from '../../../schemas/hds-studio.schema.json';
import { isScalar } from 'yaml';
import { isValidDate } from './dates';
import { isRuleCode, type RuleCode } from './ruleCodes';
import { localize, quoted, listed } from './text';
import type { Locale, Localized, Range, SeveritySetting, SourceDocument } from './types';
import { nodeAt, parseFile, rangeAt, offsetRange, type ParsedFile, type Path } from './yamlFile';

/** The file's name: kept out of the declaration glob `*.hds.yaml`. */
export const CONFIG_FILE_NAME = '.hds-studio.yaml';

export const configSchema = schemaJson as unknown as {
  description: string;
  'x-description-fr': string;
  properties: Record<string, { description: string; 'x-description-fr': string; enum?: string[]; properties?: Record<string, { description: string; 'x-description-fr': string; enum: string[] }> }>;
};

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const KEYS = Object.keys(configSchema.properties);

export interface RepositoryConfig {
  /** The file's URI. */
  uri: string;
  /** The folder (URI, no trailing slash) that `files` and `ignore` are relative to. */
  folder: string;
  rules: Partial<Record<RuleCode, SeveritySetting>>;
  /** Where each rule's severity is written, for diagnostics that say the file set it. */
  ruleRanges: Partial<Record<RuleCode, Range>>;
  files?: string[];
  ignore?: string[];
  asOf?: string;
  language?: Locale;
}

export interface ConfigProblem {
  range: Range;
  message: string;
}

const say = {
  syntax: { en: 'The configuration file is not valid YAML ({message}): it is ignored until it is.', fr: 'Le fichier de configuration n’est pas du YAML valide ({message})\u00a0: il est ignoré tant qu’il ne l’est pas.' },
  unreadable: { en: 'The configuration file could not be read ({why}): it is ignored.', fr: 'Le fichier de configuration n’a pas pu être lu ({why})\u00a0: il est ignoré.' },
  notMapping: { en: 'The configuration file must be a mapping of keys ({keys}).', fr: 'Le fichier de configuration doit être un ensemble de clés ({keys}).' },
  unknownKey: { en: 'Unknown key {key}: the configuration knows {keys}. It is ignored.', fr: 'Clé inconnue {key}\u00a0: la configuration connaît {keys}. Elle est ignorée.' },
  notRules: { en: 'rules must be a mapping from rule code to severity.', fr: 'rules doit associer à chaque code de règle une sévérité.' },
  unknownRule: { en: 'No rule has the code {code} (hds-check --list-rules lists them): it is ignored.', fr: 'Aucune règle n’a le code {code} (hds-check --list-rules les liste)\u00a0: il est ignoré.' },
  severity: { en: 'The severity of {code} must be one of {allowed}; {value} is ignored.', fr: 'La sévérité de {code} doit être l’une de {allowed}\u00a0; {value} est ignoré.' },
  patterns: { en: '{key} must be a list of glob patterns (text), such as ["compliance/**/*.hds.yaml"]; it is ignored.', fr: '{key} doit être une liste de motifs glob (du texte), comme ["compliance/**/*.hds.yaml"]\u00a0; elle est ignorée.' },
  asOf: { en: 'as_of must be a real date written YYYY-MM-DD; {value} is ignored.', fr: 'as_of doit être une date réelle écrite AAAA-MM-JJ\u00a0; {value} est ignoré.' },
  language: { en: 'language must be en or fr; {value} is ignored.', fr: 'language doit valoir en ou fr\u00a0; {value} est ignoré.' },
} satisfies Record<string, Localized>;

/** Whether `uri` (or a file name) is a repository configuration file. */
export function isConfigFile(uri: string): boolean {
  return uri === CONFIG_FILE_NAME || uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** Reads the configuration from its text; problems are written in `locale`. */
export function parseRepositoryConfig(source: SourceDocument, locale: Locale): { config: RepositoryConfig; problems: ConfigProblem[]; file: ParsedFile } {
  const folder = source.uri.slice(0, source.uri.lastIndexOf('/'));
  const config: RepositoryConfig = { uri: source.uri, folder, rules: {}, ruleRanges: {} };
  const problems: ConfigProblem[] = [];
  const file = parseFile(source);
  const whole = offsetRange(file, 0, Math.min(file.text.length, Math.max(0, file.text.indexOf('\n') < 0 ? file.text.length : file.text.indexOf('\n'))));
  const problem = (range: Range, text: Localized, args?: Parameters<typeof localize>[2]) => problems.push({ range, message: localize(text, locale, args) });
  const at = (path: Path, part: 'key' | 'value' = 'value') => rangeAt(file, path, part);
  const written = (path: Path) => {
    const node = nodeAt(file, path)?.node;
    return isScalar(node) ? String(node.source ?? node.value) : JSON.stringify(valueAt(file.value, path)) ?? '';
  };

  const fatal = file.problems.find((entry) => entry.kind !== 'syntax');
  if (fatal) {
    problem(whole, say.unreadable, { why: fatal.kind });
    return { config, problems, file };
  }
  const syntax = file.problems.filter((entry) => entry.kind === 'syntax');
  if (syntax.length > 0) {
    for (const entry of syntax) if (entry.kind === 'syntax') problem(offsetRange(file, entry.start, Math.max(entry.end, entry.start + 1)), say.syntax, { message: entry.message });
    return { config, problems, file };
  }
  const root = file.value;
  if (root === undefined || root === null) {
    if (file.problems.length === 0 && file.text.trim() !== '' && !/^\s*(#.*)?(\n\s*(#.*)?)*$/.test(file.text)) problem(whole, say.notMapping, { keys: listed(KEYS) });
    return { config, problems, file };
  }
  if (typeof root !== 'object' || Array.isArray(root)) {
    problem(whole, say.notMapping, { keys: listed(KEYS) });
    return { config, problems, file };
  }
  const object = root as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!KEYS.includes(key)) problem(at([key], 'key'), say.unknownKey, { key: quoted(key), keys: listed(KEYS) });
  }
  if (Object.hasOwn(object, 'rules') && object.rules !== null) {
    const rules = object.rules;
    if (typeof rules !== 'object' || Array.isArray(rules)) problem(at(['rules']), say.notRules);
    else {
      for (const [code, severity] of Object.entries(rules as Record<string, unknown>)) {
        if (!isRuleCode(code)) problem(at(['rules', code], 'key'), say.unknownRule, { code: quoted(code) });
        else if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) problem(at(['rules', code]), say.severity, { code: quoted(code), allowed: listed(SEVERITY_SETTINGS), value: quoted(written(['rules', code])) });
        else {
          config.rules[code] = severity as SeveritySetting;
          config.ruleRanges[code] = at(['rules', code]);
        }
      }
    }
  }
  for (const key of ['files', 'ignore'] as const) {
    if (!Object.hasOwn(object, key) || object[key] === null) continue;
    const list = object[key];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) problem(at([key]), say.patterns, { key });
    else config[key] = list as string[];
  }
  if (Object.hasOwn(object, 'as_of') && object.as_of !== null) {
    const value = object.as_of;
    if (typeof value === 'string' && isValidDate(value.trim())) config.asOf = value.trim();
    else problem(at(['as_of']), say.asOf, { value: quoted(written(['as_of'])) });
  }
  if (Object.hasOwn(object, 'language') && object.language !== null) {
    const value = object.language;
    if (value === 'en' || value === 'fr') config.language = value;
    else problem(at(['language']), say.language, { value: quoted(written(['language'])) });
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { config, problems, file };
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  return current;
}

/**
 * Whether the declaration file at `uri` is one the configuration checks: below its folder, it
 * matches `files` (every file when absent) and no `ignore` pattern. Files outside the folder are not its business.
 */
export function isIncluded(config: RepositoryConfig | undefined, uri: string): boolean {
  if (!config || !uri.startsWith(`${config.folder}/`)) return true;
  const relative = decodeURIComponent(uri.slice(config.folder.length + 1));
  if (config.files && !config.files.some((pattern) => globMatches(pattern, relative))) return false;
  return !(config.ignore ?? []).some((pattern) => globMatches(pattern, relative));
}

const globCache = new Map<string, RegExp>();

/**
 * Whether a relative path matches a glob: `*` and `?` within one folder name, `**` across folders,
 * `{a,b}` alternatives; a pattern ending in `/` (or naming a folder, `examples/**`) matches what is below it.
 * Compiled to a regular expression without nested quantifiers, so matching is linear.
 */
export function globMatches(pattern: string, relative: string): boolean {
  let regex = globCache.get(pattern);
  if (!regex) {
    let source = '';
    let trimmed = pattern.trim().replace(/^\.\//, '').replace(/^\//, '');
    if (trimmed.endsWith('/')) trimmed += '**';
    let inBraces = false;
    for (let index = 0; index < trimmed.length; index++) {
      const char = trimmed[index];
      if (char === '*' && trimmed[index + 1] === '*') {
        // `**/` matches any number of folders, none included; a final `**` anything below.
        if (trimmed[index + 2] === '/') {
          source += '(?:[^/]*/)*';
          index += 2;
        } else {
          source += '.*';
          index += 1;
        }
      } else if (char === '*') source += '[^/]*';
      else if (char === '?') source += '[^/]';
      else if (char === '{' && !inBraces) {
        inBraces = true;
        source += '(?:';
      } else if (char === '}' && inBraces) {
        inBraces = false;
        source += ')';
      } else if (char === ',' && inBraces) source += '|';
      else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    if (inBraces) source = source.replace('(?:', '\\{');
    regex = new RegExp(`^${source}(?:/.*)?$`);
    globCache.set(pattern, regex);
  }
  return regex.test(relative);
}
