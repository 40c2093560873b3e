// --baseline REF|./FILE: the same check on an earlier state of the declaration (a git revision, read
// with `git show`, or an earlier JSON report written as a path), and what the change does: findings added and fixed
// (matched by fingerprint, so moved lines do not count), and how coverage moved.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { groupDeclarations, isDeclarationFile } from '../engine';
import { localize } from '../engine/text';
import type { DeclarationToCheck } from './declarations';
import { UsageError } from './options';
import { MAX_DECLARATION_BYTES, MAX_DECLARATION_FILES, readRegularFile } from '../readText';
import type { SourceDocument } from '../engine';
import { buildReport, checkAll, type CheckSettings, type Report, type ReportDeclaration, type ReportFinding } from './report';

export interface CoverageChange {
  root: string;
  /** Declared only now, or only before. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  activities?: { before: string; after: string };
  activityStates: { id: string; before?: string; after?: string }[];
  riskEventsGained: string[];
  riskEventsLost: string[];
  riskEvents?: { before: number; after: number; total: number };
  soa?: { before: number; after: number; total: number };
}

export interface Comparison {
  /** What the baseline was: the git revision or the report file. */
  baseline: string;
  added: ReportFinding[];
  fixed: ReportFinding[];
  unchanged: number;
  coverage: CoverageChange[];
}

const say = {
  notReport: { en: '{file} is not a JSON report of hds-check (--format json)', fr: '{file} n’est pas un rapport JSON de hds-check (--format json)' },
  notGit: { en: '--baseline {ref}: not a revision of a git repository here (a report file is written as a path: ./{ref})', fr: '--baseline {ref}\u00a0: pas une révision d’un dépôt git ici (un fichier de rapport s’écrit comme un chemin\u00a0: ./{ref})' },
  ambiguous: {
    en: '--baseline {ref}: a file or folder of that name exists here, so it is unclear whether the git revision or the file is meant. Write a report file as a path (./{ref}), or remove the file.',
    fr: '--baseline {ref}\u00a0: un fichier ou un dossier de ce nom existe ici, on ne sait donc pas si la révision git ou le fichier est visé. Écrivez un fichier de rapport comme un chemin (./{ref}), ou supprimez le fichier.',
  },
  tooMany: { en: '--baseline {ref}: more than {limit} declaration files at that revision; none is checked', fr: '--baseline {ref}\u00a0: plus de {limit} fichiers de déclaration à cette révision\u00a0; aucun n’est vérifié' },
  dash: { en: '--baseline {ref}: a git revision does not start with a dash', fr: '--baseline {ref}\u00a0: une révision git ne commence pas par un tiret' },
  missing: { en: '--baseline {file}: no such file', fr: '--baseline {file}\u00a0: fichier introuvable' },
  unreadable: { en: '--baseline {file}: not a regular file, or larger than {limit} MB; it is not read', fr: '--baseline {file}\u00a0: pas un fichier ordinaire, ou plus de {limit} Mo\u00a0; il n’est pas lu' },
};

/** The most bytes of a baseline report read. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/**
 * The report file `--baseline` names, when it is written as a path (`./report.json`, `../x.json`,
 * an absolute path, or `file:report.json`); undefined when it names a git revision. Never both:
 * a branch that commits a file named `origin/main` must not stand in for the revision.
 */
export function baselineFile(value: string): string | undefined {
  if (value.startsWith('file:')) return value.startsWith('file://') ? fileURLToPath(value) : value.slice('file:'.length);
  if (/^\.\.?[\\/]/.test(value) || path.isAbsolute(value)) return value;
  return undefined;
}

export async function loadBaseline(value: string, current: readonly DeclarationToCheck[], positionals: readonly string[], settings: CheckSettings, cwd: string): Promise<Report> {
  const fail = (message: { en: string; fr: string }, args: Record<string, string>): never => {
    throw new UsageError(localize(message, settings.locale, args), settings.locale);
  };
  const file = baselineFile(value);
  if (file === undefined) {
    if (value.startsWith('-')) fail(say.dash, { ref: value });
    let shadowed = false;
    try {
      fs.lstatSync(path.resolve(cwd, value));
      shadowed = true;
    } catch {
      // No file of that name: the revision it is.
    }
    if (shadowed) fail(say.ambiguous, { ref: value });
    return reportAtRevision(value, current, positionals, settings, cwd);
  }
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(path.resolve(cwd, file), MAX_REPORT_BYTES);
  } catch {
    return fail(say.missing, { file });
  }
  if ('unread' in read) return fail(say.unreadable, { file, limit: String(MAX_REPORT_BYTES / 1024 / 1024) });
  let report: unknown;
  try {
    report = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return fail(say.notReport, { file });
  }
  if (!isReport(report)) return fail(say.notReport, { file });
  return report;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const SEVERITIES: readonly unknown[] = ['error', 'warning', 'information', 'hint'];

/** Whether `value` has every field of a report that the comparison and its formats read. */
function isReport(value: unknown): value is Report {
  if (!isObject(value) || !Array.isArray(value.findings) || !Array.isArray(value.declarations)) return false;
  const findingOk = (finding: unknown) =>
    isObject(finding) && isString(finding.fingerprint) && isString(finding.code) && isString(finding.message) && isString(finding.file) && SEVERITIES.includes(finding.severity) && isCount(finding.line) && isCount(finding.column);
  const coverageOk = (coverage: unknown) =>
    coverage === undefined ||
    (isObject(coverage) &&
      [coverage.activitiesInScope, coverage.activitiesCovered, coverage.riskEventsTotal, coverage.soaListed, coverage.soaTotal].every(isCount) &&
      Array.isArray(coverage.activities) &&
      coverage.activities.every((activity) => isObject(activity) && isString(activity.id) && isString(activity.state)) &&
      Array.isArray(coverage.riskEventsCovered) &&
      coverage.riskEventsCovered.every(isString));
  return value.findings.every(findingOk) && value.declarations.every((declaration) => isObject(declaration) && isString(declaration.root) && coverageOk(declaration.coverage));
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** Checks the declaration files as they are at `ref`, under the same folders as the current check. */
async function reportAtRevision(ref: string, current: readonly DeclarationToCheck[], positionals: readonly string[], settings: CheckSettings, cwd: string): Promise<Report> {
  let top: string;
  let tree: { entry: string; mode: string; size: number }[];
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
    // `--` and the ref verified first: a value such as --output cannot be taken for an option.
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    // "<mode> <type> <object> <size>\t<path>": the size and the mode (120000 for a symbolic link)
    // are known before any file is read, as the reader on disk knows them (readText.ts).
    tree = git(['ls-tree', '-r', '-l', '-z', ref, '--', '.'], top)
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode, , , size] = line.slice(0, tab).split(/ +/);
        return { entry: line.slice(tab + 1), mode, size: Number(size) };
      });
  } catch {
    throw new UsageError(localize(say.notGit, settings.locale, { ref }), settings.locale);
  }
  const absolute = (entry: string) => path.join(top, ...entry.split('/'));
  // The folders the current check covered: the folders named, and the root of each declaration.
  const folders = [
    ...positionals.map((given) => path.resolve(cwd, given)).filter((given) => fs.existsSync(given) && fs.statSync(given).isDirectory()),
    ...current.map((declaration) => new URL(declaration.root).pathname).map((root) => decodeURIComponent(root)),
  ];
  const inside = (file: string) => folders.some((folder) => file === folder || file.startsWith(`${folder}${path.sep}`));
  const picked = tree.filter(({ entry }) => isDeclarationFile(entry) && inside(absolute(entry)) && !entry.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules'));
  if (picked.length > MAX_DECLARATION_FILES) throw new UsageError(localize(say.tooMany, settings.locale, { ref, limit: String(MAX_DECLARATION_FILES) }), settings.locale);
  const documents = picked.map(({ entry, mode, size }): SourceDocument => {
    const uri = pathToFileURL(absolute(entry)).href;
    if (mode === '120000') return { uri, text: '', unread: { reason: 'not-a-file', kind: 'symbolic-link' } };
    if (mode.startsWith('160')) return { uri, text: '', unread: { reason: 'not-a-file', kind: 'folder' } };
    if (!(size <= MAX_DECLARATION_BYTES)) return { uri, text: '', unread: { reason: 'too-large', size } };
    return { uri, text: git(['show', `${ref}:${entry}`], top) };
  });
  const existing = new Set(tree.filter(({ mode }) => mode !== '120000').map(({ entry }) => pathToFileURL(absolute(entry)).href));
  const declarations: DeclarationToCheck[] = groupDeclarations(documents, folders.map((folder) => pathToFileURL(folder).href)).map((group) => ({
    root: group.root,
    files: group.files,
    workspaceRoot: current.find((declaration) => declaration.root === group.root)?.workspaceRoot ?? group.root,
    named: [],
  }));
  return buildReport(checkAll(declarations, settings, (uri) => existing.has(uri)), settings, cwd);
}

export function compare(baseline: Report, current: Report, label: string): Comparison {
  const before = new Set(baseline.findings.map((finding) => finding.fingerprint));
  const after = new Set(current.findings.map((finding) => finding.fingerprint));
  const roots = [...new Set([...baseline.declarations.map((declaration) => declaration.root), ...current.declarations.map((declaration) => declaration.root)])].sort();
  return {
    baseline: label,
    added: current.findings.filter((finding) => !before.has(finding.fingerprint)),
    fixed: baseline.findings.filter((finding) => !after.has(finding.fingerprint)),
    unchanged: current.findings.filter((finding) => before.has(finding.fingerprint)).length,
    coverage: roots.map((root) => coverageChange(root, baseline.declarations.find((declaration) => declaration.root === root), current.declarations.find((declaration) => declaration.root === root))),
  };
}

function coverageChange(root: string, before: ReportDeclaration | undefined, after: ReportDeclaration | undefined): CoverageChange {
  const change: CoverageChange = { root, status: !before ? 'added' : !after ? 'removed' : 'unchanged', activityStates: [], riskEventsGained: [], riskEventsLost: [] };
  const a = before?.coverage;
  const b = after?.coverage;
  const activities = (coverage: typeof a) => (coverage ? `${coverage.activitiesCovered}/${coverage.activitiesInScope}` : '—');
  change.activities = { before: activities(a), after: activities(b) };
  const ids = [...new Set([...(a?.activities ?? []), ...(b?.activities ?? [])].map((activity) => activity.id))];
  change.activityStates = ids
    .map((id) => ({ id, before: a?.activities.find((activity) => activity.id === id)?.state, after: b?.activities.find((activity) => activity.id === id)?.state }))
    .filter((state) => state.before !== state.after);
  change.riskEventsGained = (b?.riskEventsCovered ?? []).filter((id) => !(a?.riskEventsCovered ?? []).includes(id));
  change.riskEventsLost = (a?.riskEventsCovered ?? []).filter((id) => !(b?.riskEventsCovered ?? []).includes(id));
  const total = b?.riskEventsTotal ?? a?.riskEventsTotal ?? 13;
  change.riskEvents = { before: a?.riskEventsCovered.length ?? 0, after: b?.riskEventsCovered.length ?? 0, total };
  change.soa = { before: a?.soaListed ?? 0, after: b?.soaListed ?? 0, total: b?.soaTotal ?? a?.soaTotal ?? 93 };
  if (change.status === 'unchanged' && (change.activities.before !== change.activities.after || change.activityStates.length > 0 || change.riskEventsGained.length > 0 || change.riskEventsLost.length > 0 || change.soa.before !== change.soa.after)) change.status = 'changed';
  return change;
}

