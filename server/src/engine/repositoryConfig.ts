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

const UNREADABLE: Record<string, Localized> = {
  'too-large': { en: 'too large', fr: 'trop volumineux' },
  'not-a-file': { en: 'not a regular file: a symbolic link, a device or a pipe is never followed', fr: 'pas un fichier ordinaire : un lien symbolique, un périphérique ou un tube n’est jamais suivi' },
  'invalid-utf8': { en: 'not UTF-8 text', fr: 'pas du texte UTF-8' },
  binary: { en: 'binary content', fr: 'contenu binaire' },
  'too-deep': { en: 'nested too deeply', fr: 'imbrication trop profonde' },
  'alias-expansion': { en: 'aliases expand too far', fr: 'les alias se développent trop' },
};

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
  if (fatal?.kind === 'not-a-mapping') {
    problem(offsetRange(file, fatal.start, fatal.end), say.notMapping, { keys: listed(KEYS) });
    return { config, problems, file };
  }
  if (fatal) {
    problem(whole, say.unreadable, { why: UNREADABLE[fatal.kind] ?? { en: fatal.kind, fr: fatal.kind } });
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

const globCache = new Map<string, (RegExp | '**')[]>();

/** One folder or file name of a pattern as a regular expression: `*`, `?` and `{a,b}` never cross a `/`. */
function segmentRegex(segment: string): RegExp {
  let source = '';
  let inBraces = false;
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
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
  if (inBraces) source += ')';
  return new RegExp(`^${source}$`);
}

/**
 * Whether a relative path matches a glob: `*` and `?` within one folder or file name, `**` for any
 * number of folders, `{a,b}` alternatives; a pattern that names a folder (`examples`, `examples/`)
 * matches everything below it. Matched name by name, each pair of positions once: the cost is the
 * pattern's names times the path's, whatever the pattern.
 */
export function globMatches(pattern: string, relative: string): boolean {
  let segments = globCache.get(pattern);
  if (!segments) {
    const names = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '').split('/').filter((name) => name !== '');
    // Consecutive `**` are one.
    segments = names.filter((name, index) => name !== '**' || names[index - 1] !== '**').map((name) => (name === '**' ? '**' : segmentRegex(name)));
    globCache.set(pattern, segments);
  }
  const parts = relative.split('/').filter((name) => name !== '');
  const pattern_ = segments;
  // reachable[j]: the pattern's first i names match the path's first j names.
  let reachable = new Array<boolean>(parts.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of pattern_) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    if (segment === '**') {
      let any = false;
      for (let j = 0; j <= parts.length; j++) {
        any = any || reachable[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < parts.length; j++) if (reachable[j] && segment.test(parts[j])) next[j + 1] = true;
    }
    reachable = next;
  }
  // The whole path, or a folder above it (a pattern naming a folder takes what is below).
  return pattern_.length > 0 && reachable.some((matched) => matched);
}
