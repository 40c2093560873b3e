// The command line's options, all in one table: parsing (node's util.parseArgs), validation and
// the help text all read it, so a new option is one entry here (plus its use).
import { parseArgs } from 'node:util';
import { isValidDate } from '../engine/dates';
import { isRiskAcceptanceThreshold } from '../engine/facts/risks';
import { localize } from '../engine/text';
import { localToday, rules, type Locale, type SeveritySetting } from '../engine';
import type { Localized } from '../engine/types';
import { EXPORT_FORMATS } from '../documents/kinds';
import type { RepositoryConfig } from '../engine/repositoryConfig';

export { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../documents/kinds';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];
export const COMMANDS = ['check', 'init', 'explain', 'export', 'readiness', 'import'] as const;
/** The formats of `readiness`. */
export const READINESS_FORMATS = ['text', 'json'] as const;
export type Command = (typeof COMMANDS)[number];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in the help, e.g. YYYY-MM-DD. */
  value?: string;
  /** The commands that accept the option. */
  commands: readonly Command[];
  help: Localized;
}

export const OPTIONS = {
  'as-of': { type: 'string', value: 'YYYY-MM-DD', commands: ['check', 'export', 'readiness'], help: { en: 'date used for expiry checks (default: today)', fr: 'date des contrôles d’échéance (par défaut : aujourd’hui)' } },
  lang: { type: 'string', value: 'en|fr', commands: COMMANDS, help: { en: 'language of the messages (default: from LANG)', fr: 'langue des messages (par défaut : selon LANG)' } },
  format: { type: 'string', value: 'FORMAT', commands: ['check', 'export', 'readiness'], help: { en: 'check: text, json, sarif, junit or gitlab (GitLab Code Quality) (default: text); export: xlsx or csv for soa and risks (default: xlsx), xlsx, csv or md for requirements (default: xlsx), html or md for guarantees, html for transfers-page; readiness: text or json (default: text)', fr: 'check : text, json, sarif, junit ou gitlab (Code Quality de GitLab) (par défaut : text) ; export : xlsx ou csv pour soa et risks (par défaut : xlsx), xlsx, csv ou md pour requirements (par défaut : xlsx), html ou md pour guarantees, html pour transfers-page ; readiness : text ou json (par défaut : text)' } },
  output: { type: 'string', short: 'o', value: 'FILE', commands: ['check', 'export', 'readiness', 'import'], help: { en: 'write the report or document to FILE instead of the standard output (never through a symbolic link, never over a declaration file); import: the declaration file (*.hds.yaml) to write', fr: 'écrire le rapport ou le document dans FILE plutôt que sur la sortie standard (jamais à travers un lien symbolique, jamais sur un fichier de déclaration) ; import : le fichier de déclaration (*.hds.yaml) à écrire' } },
  rule: { type: 'string', multiple: true, value: 'CODE=SEVERITY', commands: ['check', 'export', 'readiness'], help: { en: 'override a rule: error, warning, information, hint or off (repeatable)', fr: 'changer la sévérité d’une règle : error, warning, information, hint ou off (répétable)' } },
  'risk-acceptance-threshold': { type: 'string', value: 'N', commands: ['check', 'export', 'readiness'], help: { en: 'risk level (likelihood × impact) above which an accepted risk must say why, 0 to 16 (default: 8, as the hds.riskAcceptanceThreshold setting)', fr: 'niveau de risque (vraisemblance × impact) au-delà duquel un risque accepté doit être justifié, de 0 à 16 (par défaut\u00a0: 8, comme le réglage hds.riskAcceptanceThreshold)' } },
  'max-warnings': { type: 'string', value: 'N', commands: ['check'], help: { en: 'exit 1 when there are more than N warnings', fr: 'code de sortie 1 au-delà de N avertissements' } },
  baseline: { type: 'string', value: 'REF|./FILE', commands: ['check'], help: { en: 'compare with a git revision, or with an earlier JSON report written as a path (./report.json, an absolute path, file:report.json): findings added and fixed, coverage changes', fr: 'comparer avec une révision git, ou avec un rapport JSON antérieur écrit comme un chemin (./rapport.json, un chemin absolu, file:rapport.json) : constats ajoutés et corrigés, évolution de la couverture' } },
  'fail-on': { type: 'string', value: 'any|new', commands: ['check'], help: { en: 'with --baseline, "new" fails only on errors the change introduces (default: any)', fr: 'avec --baseline, « new » n’échoue que sur les erreurs introduites par la modification (par défaut : any)' } },
  markdown: { type: 'boolean', commands: ['check'], help: { en: 'with --baseline, print the comparison as Markdown (for a merge-request comment)', fr: 'avec --baseline, écrire la comparaison en Markdown (pour un commentaire de merge request)' } },
  fix: { type: 'boolean', commands: ['check'], help: { en: 'apply the quick fixes that need no human answer, then report what is left', fr: 'appliquer les corrections rapides qui ne demandent aucune réponse humaine, puis signaler le reste' } },
  force: { type: 'boolean', commands: ['export', 'import'], help: { en: 'export even when the declaration has errors (the document then says so); import: merge into an existing declaration file', fr: 'exporter même si la déclaration comporte des erreurs (le document l’indique alors) ; import : fusionner dans un fichier de déclaration existant' } },
  calendar: { type: 'boolean', commands: ['check'], help: { en: 'print the certification calendar (audits, renewals, expiries) instead of the findings; with --format ics, as iCalendar', fr: 'afficher le calendrier de certification (audits, renouvellements, échéances) au lieu des constats\u00a0; avec --format ics, en iCalendar' } },
  ics: { type: 'string', value: 'FILE', commands: ['check'], help: { en: 'also write the calendar as an iCalendar file (RFC 5545) that a calendar application imports', fr: 'écrire aussi le calendrier dans un fichier iCalendar (RFC 5545) qu’un agenda importe' } },
  'no-config': { type: 'boolean', commands: ['check', 'export'], help: { en: 'do not read the repository configuration file (.hds-studio.yaml, found from the current folder up to the top of the git repository)', fr: 'ne pas lire le fichier de configuration du dépôt (.hds-studio.yaml, cherché du dossier courant jusqu’à la racine du dépôt git)' } },
  'list-rules': { type: 'boolean', commands: ['check'], help: { en: 'print every rule code with its requirement and default severity', fr: 'lister chaque règle avec son exigence et sa sévérité par défaut' } },
  help: { type: 'boolean', short: 'h', commands: COMMANDS, help: { en: 'show this help', fr: 'afficher cette aide' } },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface Options {
  command: Command;
  /** Folders or files (check, export, readiness), the target folder (init) or the id to explain. */
  positionals: string[];
  today: string;
  locale: Locale;
  format?: string;
  output?: string;
  rules: Record<string, SeveritySetting>;
  riskAcceptanceThreshold?: number;
  maxWarnings?: number;
  baseline?: string;
  failOn: 'any' | 'new';
  markdown: boolean;
  fix: boolean;
  force: boolean;
  listRules: boolean;
  /** Print the certification calendar instead of the findings. */
  calendar: boolean;
  /** Also write the calendar to this iCalendar file. */
  ics?: string;
  help: boolean;
  /** Whether --as-of and --lang were given: they then win over the repository configuration file. */
  asOfGiven: boolean;
  langGiven: boolean;
  noConfig: boolean;
  /** The repository configuration file applied (cli/repositoryConfig.ts), if any. */
  repositoryConfig?: RepositoryConfig;
  /** Where the applied values came from, for the JSON report. */
  configuration?: ConfigurationApplied;
}

/** Where each applied value came from, for the JSON report. */
export interface ConfigurationApplied {
  /** The configuration file, relative to the current folder; absent when there is none. */
  file?: string;
  asOf: 'flag' | 'file' | 'default';
  language: 'flag' | 'file' | 'environment';
  /** Per rule whose severity is not its default: set by a --rule flag or by the file. */
  rules: Record<string, 'flag' | 'file'>;
}

/** A mistake in the command line: exit code 2 and the usage. `message` is in the user's language. */
export class UsageError extends Error {
  constructor(message: string, readonly locale: Locale) {
    super(message);
  }
}

const say = {
  needsValue: { en: '{option} needs a value', fr: '{option} attend une valeur' },
  dashValue: { en: '{option} needs a value (write {option}=-… for a value that starts with a dash)', fr: '{option} attend une valeur (écrivez {option}=-… pour une valeur qui commence par un tiret)' },
  unknownOption: { en: 'unknown option {option}', fr: 'option inconnue {option}' },
  notForCommand: { en: '{option} does not apply to “{command}”', fr: '{option} ne s’applique pas à « {command} »' },
  date: { en: '--as-of takes a date written YYYY-MM-DD, not “{date}”', fr: '--as-of attend une date écrite AAAA-MM-JJ, pas « {date} »' },
  lang: { en: '--lang takes en or fr, not “{lang}”', fr: '--lang attend en ou fr, pas « {lang} »' },
  format: { en: '--format takes {allowed}, not “{format}”', fr: '--format attend {allowed}, pas « {format} »' },
  unknownRule: { en: 'unknown rule “{code}” (see --list-rules)', fr: 'règle inconnue « {code} » (voir --list-rules)' },
  severity: { en: '--rule {code}= takes error, warning, information, hint or off', fr: '--rule {code}= attend error, warning, information, hint ou off' },
  maxWarnings: { en: '--max-warnings takes a whole number', fr: '--max-warnings attend un nombre entier' },
  threshold: { en: '--risk-acceptance-threshold takes a whole number from 0 to 16, not “{value}”', fr: '--risk-acceptance-threshold attend un nombre entier de 0 à 16, pas «\u00a0{value}\u00a0»' },
  failOn: { en: '--fail-on takes any or new, not “{value}”', fr: '--fail-on attend any ou new, pas « {value} »' },
  icsNeedsCalendar: { en: '--format ics goes with --calendar', fr: '--format ics va avec --calendar' },
  failOnNeedsBaseline: { en: '--fail-on new needs --baseline', fr: '--fail-on new demande --baseline' },
  markdownNeedsBaseline: { en: '--markdown writes the --baseline comparison: give --baseline too', fr: '--markdown écrit la comparaison de --baseline\u00a0: indiquez aussi --baseline' },
} satisfies Record<string, Localized>;

/** The locale before the arguments are validated, so that even a usage error speaks it. */
export function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = argv.length - 1; i >= 0; i--) {
    const written = argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : argv[i] === '--lang' ? argv[i + 1] : undefined;
    if (written === 'en' || written === 'fr') return written;
  }
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, today: string = localToday()): Options {
  const locale = localeOf(argv, env);
  const fail = (message: string): never => {
    throw new UsageError(message, locale);
  };
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[]; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail(localize(/ambiguous/.test((error as Error).message) ? say.dashValue : say.needsValue, locale, { option: option.replace(/ .*/, '') }));
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail(localize(say.unknownOption, locale, { option }));
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  const command: Command = (COMMANDS as readonly string[]).includes(positionals[0]) && positionals[0] !== 'check' ? (positionals[0] as Command) : 'check';
  const rest = command === 'check' && positionals[0] === 'check' ? positionals.slice(1) : command === 'check' ? positionals : positionals.slice(1);

  for (const name of Object.keys(values) as OptionName[]) {
    if (!(OPTIONS[name].commands as readonly Command[]).includes(command)) fail(localize(say.notForCommand, locale, { option: `--${name}`, command }));
  }

  const options: Options = {
    command,
    positionals: rest,
    today,
    locale: values.lang === undefined ? locale : values.lang === 'en' || values.lang === 'fr' ? values.lang : fail(localize(say.lang, locale, { lang: values.lang })),
    rules: {},
    failOn: 'any',
    markdown: values.markdown ?? false,
    fix: values.fix ?? false,
    force: values.force ?? false,
    listRules: values['list-rules'] ?? false,
    calendar: values.calendar ?? false,
    help: values.help ?? false,
    asOfGiven: values['as-of'] !== undefined,
    langGiven: values.lang !== undefined,
    noConfig: values['no-config'] ?? false,
  };
  if (values['as-of'] !== undefined) options.today = isValidDate(values['as-of']) ? values['as-of'] : fail(localize(say.date, locale, { date: values['as-of'] }));
  if (values.format !== undefined) {
    const allowed: readonly string[] = command === 'export' ? EXPORT_FORMATS : command === 'readiness' ? READINESS_FORMATS : [...FORMATS, 'ics'];
    if (!allowed.includes(values.format)) fail(localize(say.format, locale, { format: values.format, allowed: allowed.join(', ') }));
    options.format = values.format;
  }
  if (options.format === 'ics' && !options.calendar) fail(localize(say.icsNeedsCalendar, locale));
  if (values.ics !== undefined) options.ics = values.ics;
  if (values.output !== undefined) options.output = values.output;
  for (const written of values.rule ?? []) {
    const [code, severity] = written.split('=');
    if (!rules.some((rule) => rule.code === code)) fail(localize(say.unknownRule, locale, { code }));
    if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) fail(localize(say.severity, locale, { code }));
    options.rules[code] = severity as SeveritySetting;
  }
  if (values['max-warnings'] !== undefined) {
    const count = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(count)) fail(localize(say.maxWarnings, locale));
    options.maxWarnings = count;
  }
  const threshold = values['risk-acceptance-threshold'];
  if (threshold !== undefined) options.riskAcceptanceThreshold = /^\d+$/.test(threshold) && isRiskAcceptanceThreshold(Number(threshold)) ? Number(threshold) : fail(localize(say.threshold, locale, { value: threshold }));
  if (values.baseline !== undefined) options.baseline = values.baseline;
  if (values['fail-on'] !== undefined) {
    if (values['fail-on'] !== 'any' && values['fail-on'] !== 'new') fail(localize(say.failOn, locale, { value: values['fail-on'] }));
    options.failOn = values['fail-on'] as 'any' | 'new';
    if (options.failOn === 'new' && options.baseline === undefined) fail(localize(say.failOnNeedsBaseline, locale));
  }
  if (options.markdown && options.baseline === undefined) fail(localize(say.markdownNeedsBaseline, locale));
  return options;
}
