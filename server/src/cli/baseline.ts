// --baseline REF|FILE: the same check on an earlier state of the declaration (a git revision, read
// with `git show`, or an earlier JSON report), and what the change does: findings added and fixed
// (matched by fingerprint, so moved lines do not count), and how coverage moved.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupDeclarations, isDeclarationFile } from '../engine';
import { localize } from '../engine/text';
import type { DeclarationToCheck } from './declarations';
import { UsageError } from './options';
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
  notGit: { en: '--baseline {ref}: neither a report file nor a revision of a git repository here', fr: '--baseline {ref}\u00a0: ni un fichier de rapport, ni une révision d’un dépôt git ici' },
};

export async function loadBaseline(value: string, current: readonly DeclarationToCheck[], positionals: readonly string[], settings: CheckSettings, cwd: string): Promise<Report> {
  const file = path.resolve(cwd, value);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    let report: Report;
    try {
      report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
    } catch {
      throw new UsageError(localize(say.notReport, settings.locale, { file: value }), settings.locale);
    }
    if (!report || !Array.isArray(report.findings) || !Array.isArray(report.declarations) || report.findings.some((finding) => typeof finding?.fingerprint !== 'string')) {
      throw new UsageError(localize(say.notReport, settings.locale, { file: value }), settings.locale);
    }
    return report;
  }
  return reportAtRevision(value, current, positionals, settings, cwd);
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** Checks the declaration files as they are at `ref`, under the same folders as the current check. */
async function reportAtRevision(ref: string, current: readonly DeclarationToCheck[], positionals: readonly string[], settings: CheckSettings, cwd: string): Promise<Report> {
  let top: string;
  let listed: string[];
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
    // `--` and the ref verified first: a value such as --output cannot be taken for an option.
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    listed = git(['ls-tree', '-r', '--name-only', '-z', ref, '--', '.'], top).split('\0').filter(Boolean);
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
  const documents = listed
    .filter((entry) => isDeclarationFile(entry) && inside(absolute(entry)) && !entry.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules'))
    .map((entry) => ({ uri: pathToFileURL(absolute(entry)).href, text: git(['show', `${ref}:${entry}`], top) }));
  const existing = new Set(listed.map((entry) => pathToFileURL(absolute(entry)).href));
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

