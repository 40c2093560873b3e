// What one run of hds-check found, as plain data every output format reads. The JSON format is
// this object, so an earlier JSON report can serve as a baseline.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import adequacy from '../../catalog/adequacy.json';
import referential from '../../catalog/referential.json';
import packageJson from '../../../package.json';
import { checkDeclaration, computeCoverage, type CheckResult, type Finding, type Locale, type Range, type SeveritySetting, type SourceDocument } from '../engine';
import { controls, riskEvents } from '../engine/catalog';
import { isMainFile } from '../engine/grouping';
import { controlsMissingFromSoa } from '../services/codeActions';
import type { DeclarationToCheck } from './declarations';
import type { ConfigurationApplied, Options } from './options';

export const TOOL_NAME = 'hds-check';
export const TOOL_VERSION: string = packageJson.version;
export const CATALOG = { referential: `HDS v${referential.version}`, annexA: 'ISO/IEC 27001:2022', adequacyUpdated: adequacy.updated } as const;

export interface ReportPlace {
  /** Path relative to the folder hds-check ran in, with forward slashes. */
  file: string;
  /** The file's URI, as the language server names it. */
  uri: string;
  /** 1-based, as editors and CI systems show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The LSP range (zero-based line, UTF-16 character). */
  range: Range;
}

export interface ReportFinding extends ReportPlace {
  code: string;
  messageId: string;
  requirement?: string;
  severity: Finding['severity'];
  message: string;
  related?: (ReportPlace & { message: string })[];
  data?: Record<string, unknown>;
  /** Stable across commits: the rule, the file, the message, its facts and the text it points at, not its line. */
  fingerprint: string;
  /** Set when an exception of the declaration accepts the finding (its `severity` is then information). */
  accepted?: ReportAccepted;
}

export interface ReportAccepted {
  /** The severity the finding has without the exception. */
  severity: Finding['severity'];
  approvedBy: string;
  until: string;
  justification: string;
  /** Where the exception is written. */
  location: ReportPlace;
}

export interface Counts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Findings an exception accepts: shown as information, counted apart from it. */
  accepted: number;
}

export interface CoverageFacts {
  activitiesInScope: number;
  activitiesCovered: number;
  activities: { id: string; state: string }[];
  riskEventsCovered: string[];
  riskEventsTotal: number;
  soaListed: number;
  soaTotal: number;
}

export interface ReportDeclaration {
  root: string;
  mainFile?: string;
  files: string[];
  /** Files named on the command line: they were checked with the rest of their declaration. */
  named: string[];
  organization?: string;
  counts: Counts;
  coverage: CoverageFacts;
  /** The risk criteria the check applied, and where each came from (ISO/IEC 27001 6.1.2 a). */
  riskCriteria?: ReportRiskCriteria;
}

export interface ReportRiskCriteria {
  threshold: number;
  /** declaration (its risk_criteria), flag (--risk-acceptance-threshold), or default. */
  thresholdFrom: 'declaration' | 'setting' | 'flag' | 'default';
  likelihood: { from: 'declaration' | 'default'; levels: { level: number; label: string }[] };
  impact: { from: 'declaration' | 'default'; levels: { level: number; label: string }[] };
  approvedBy?: string;
  approvedOn?: string;
}

export interface Report extends Counts {
  tool: { name: string; version: string };
  catalog: typeof CATALOG;
  asOf: string;
  locale: Locale;
  /** Number of files checked. */
  files: number;
  /** Rules turned off with --rule CODE=off or by the repository configuration file. */
  disabledRules: string[];
  /** The repository configuration file applied, and where the as-of date, the language and each rule's severity came from. */
  configuration?: ConfigurationApplied;
  declarations: ReportDeclaration[];
  findings: ReportFinding[];
}

export interface CheckSettings {
  today: string;
  locale: Locale;
  rules: Record<string, SeveritySetting>;
  riskAcceptanceThreshold?: number;
  configuration?: ConfigurationApplied;
}

/** What every check of the command line runs with, from its options. */
export function checkSettingsOf(options: Options): CheckSettings {
  return { today: options.today, locale: options.locale, rules: options.rules, riskAcceptanceThreshold: options.riskAcceptanceThreshold, ...(options.configuration ? { configuration: options.configuration } : {}) };
}

function reportCriteria(result: CheckResult): ReportRiskCriteria {
  const { likelihood, impact, threshold, declared } = result.riskCriteria;
  return {
    threshold: threshold.value,
    thresholdFrom: threshold.origin,
    likelihood: { from: likelihood.origin, levels: likelihood.levels },
    impact: { from: impact.origin, levels: impact.levels },
    ...(declared?.approvedBy ? { approvedBy: declared.approvedBy } : {}),
    ...(declared?.approvedOn ? { approvedOn: declared.approvedOn } : {}),
  };
}

export interface CheckedDeclaration {
  input: DeclarationToCheck;
  result: CheckResult;
}

/** `fileExists` answers for an evidence file of a declaration whose evidence must stay in `workspaceRoot`. */
export function checkAll(declarations: readonly DeclarationToCheck[], settings: CheckSettings, fileExists: (uri: string, workspaceRoot: string) => boolean | 'outside'): CheckedDeclaration[] {
  return declarations.map((input) => ({
    input,
    result: checkDeclaration(input.files, { today: settings.today, locale: settings.locale, rules: settings.rules, riskAcceptanceThreshold: settings.riskAcceptanceThreshold, riskAcceptanceThresholdOrigin: 'flag', workspaceRoot: input.workspaceRoot, fileExists: (uri) => fileExists(uri, input.workspaceRoot) }),
  }));
}

export function buildReport(checked: readonly CheckedDeclaration[], settings: CheckSettings, cwd: string): Report {
  const relative = (uri: string) => toRelative(uri, cwd);
  const texts = new Map<string, string>(checked.flatMap(({ input }) => input.files.map((file): [string, string] => [file.uri, file.text])));
  const findings = checked.flatMap(({ result }) => result.findings);
  const reported = withFingerprints(findings, texts, relative);
  const declarations = checked.map(({ input, result }): ReportDeclaration => {
    const coverage = computeCoverage(result.declaration, result.findings, { today: settings.today });
    const main = input.files.find((file) => isMainFile(file.text));
    return {
      root: relative(input.root) || '.',
      ...(main ? { mainFile: relative(main.uri) } : {}),
      files: input.files.map((file) => relative(file.uri)).sort(),
      named: input.named.map((entry) => relative(entry.uri)),
      ...(coverage.organization ? { organization: coverage.organization } : {}),
      counts: countsOf(result.findings),
      coverage: {
        activitiesInScope: coverage.activitiesInScope,
        activitiesCovered: coverage.activitiesCovered,
        activities: coverage.activities.map((activity) => ({ id: activity.id, state: activity.state })),
        riskEventsCovered: coverage.riskEvents.filter((event) => event.covered).map((event) => event.id),
        riskEventsTotal: riskEvents.length,
        soaListed: controls.length - controlsMissingFromSoa(result.declaration).length,
        soaTotal: controls.length,
      },
      riskCriteria: reportCriteria(result),
    };
  });
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    catalog: CATALOG,
    asOf: settings.today,
    locale: settings.locale,
    files: texts.size,
    disabledRules: Object.entries(settings.rules).filter(([, severity]) => severity === 'off').map(([code]) => code),
    ...(settings.configuration ? { configuration: settings.configuration } : {}),
    ...countsOf(findings),
    declarations,
    findings: reported,
  };
}

export function countsOf(findings: readonly { severity: string; accepted?: unknown }[]): Counts {
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity && !finding.accepted).length;
  return { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint'), accepted: findings.filter((finding) => finding.accepted).length };
}

export function toRelative(uri: string, cwd: string): string {
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  return path.relative(cwd, file).split(path.sep).join('/');
}

function place(uri: string, range: Range, relative: (uri: string) => string): ReportPlace {
  return { file: relative(uri), uri, line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1, range };
}

function withFingerprints(findings: readonly Finding[], texts: Map<string, string>, relative: (uri: string) => string): ReportFinding[] {
  const seen = new Map<string, number>();
  // Each file's lines split once, not once per finding (16,000 findings in a 250 KB file).
  const lines = new Map<string, string[]>();
  const linesOf = (uri: string) => {
    let split = lines.get(uri);
    if (!split) lines.set(uri, (split = (texts.get(uri) ?? '').split(/\r?\n/)));
    return split;
  };
  const ordered = [...findings].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return ordered.map((finding) => {
    const where = place(finding.uri, finding.range, relative);
    const identity = JSON.stringify([finding.code, where.file, finding.messageId, sortedData(finding.data), textOfLines(linesOf(finding.uri), finding.range)]);
    // The same finding twice in a file (two identical bare ids) is told apart by its rank.
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${identity}#${occurrence}`).digest('hex').slice(0, 32);
    const reported: ReportFinding = { code: finding.code, messageId: finding.messageId, ...(finding.requirement ? { requirement: finding.requirement } : {}), severity: finding.severity, message: finding.message, ...where, fingerprint };
    if (finding.related?.length) reported.related = finding.related.map((related) => ({ ...place(related.location.uri, related.location.range, relative), message: related.message }));
    if (finding.data) reported.data = finding.data;
    if (finding.accepted) {
      const { severity, approvedBy, until, justification, location } = finding.accepted;
      reported.accepted = { severity, approvedBy, until, justification, location: place(location.uri, location.range, relative) };
    }
    return reported;
  });
}

function sortedData(data: Record<string, unknown> | undefined): unknown {
  return data ? Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1))) : null;
}

/** The text a range covers, whitespace collapsed, so re-indenting a file keeps fingerprints. */
export function textAt(text: string, range: Range): string {
  return textOfLines(text.split(/\r?\n/), range);
}

function textOfLines(lines: readonly string[], range: Range): string {
  const picked: string[] = [];
  for (let line = range.start.line; line <= range.end.line && line < lines.length; line++) {
    const start = line === range.start.line ? range.start.character : 0;
    const end = line === range.end.line ? range.end.character : lines[line].length;
    picked.push(lines[line].slice(start, end));
  }
  return picked.join('\n').replace(/\s+/g, ' ').trim();
}

export type { SourceDocument };
