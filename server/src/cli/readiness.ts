// `hds-check readiness [paths] [--format text|json]`: "am I ready?" for one declaration, the same
// summary as the Requirements view (engine/readiness.ts), for CI and for the certification body's
// pre-audit questionnaire. Exit code 0 when every requirement is verified or answered and no audit
// finding is overdue, 1 otherwise, 2 when the command could not run.
import { fileURLToPath } from 'node:url';
import { computeReadiness, type Locale, type ReadinessSummary, type RequirementReadiness } from '../engine';
import { chapter as catalogChapter } from '../engine/catalog';
import { counted, dated, localize, type Nouns } from '../engine/text';
import { chapterTitle, figureRows, stateWord } from '../engine/readinessWords';
import { terminalText, type Console, type Outcome } from './console';
import { checkOneDeclaration } from './export';
import type { Options } from './options';
import { toRelative, TOOL_NAME, TOOL_VERSION } from './report';

const say = {
  title: { en: 'Readiness of {name} on {date}', fr: 'Préparation de {name} au {date}' },
  ready: { en: 'Ready: every requirement is verified or answered.', fr: 'Prêt\u00a0: chaque exigence est vérifiée ou satisfaite.' },
  notReady: { en: 'Not ready: {requirements} to settle and {overdue} past due before the audit.', fr: 'Pas prêt\u00a0: {requirements} à régler et {overdue} en retard avant l’audit.' },
};

/** The JSON the command writes: the figures at the top (requirements.total…), then each requirement. */
export interface ReadinessReport {
  tool: { name: string; version: string };
  asOf: string;
  locale: Locale;
  /** The declaration's folder, relative to where hds-check ran. */
  root: string;
  organization?: string;
  requirements: ReadinessSummary['requirements'] & { items: ReadinessItem[] };
  soa: ReadinessSummary['soa'];
  risks: ReadinessSummary['risks'];
  evidence: ReadinessSummary['evidence'];
  findings: ReadinessSummary['findings'];
  ready: boolean;
}

export interface ReadinessItem {
  id: string;
  chapter: string;
  title: string;
  checkedBy: RequirementReadiness['checkedBy'];
  state: RequirementReadiness['state'];
  severity?: RequirementReadiness['severity'];
  status?: string;
  owner?: string;
  reviewed?: string;
  evidence: { path: string; found: boolean }[];
  /** Where the answer or the deciding finding is: file (relative), 1-based line and column. */
  place?: { file: string; line: number; column: number };
  findings: { code: string; severity: string; message: string; file: string; line: number; column: number }[];
}

export async function readiness(options: Options, io: Console): Promise<Outcome> {
  const { checked, declarations } = await checkOneDeclaration(options.positionals, options, io);
  const { input, result } = checked[0];
  const summary = computeReadiness(result.declaration, result.findings, { today: options.today });
  const report = readinessReport(summary, toRelative(input.root, io.cwd) || '.', options, io.cwd);
  const inputs = declarations.flatMap((declaration) => declaration.files.map((file) => fileURLToPath(file.uri)));
  const output = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : readinessText(report, options.locale);
  return { output, exitCode: report.ready ? 0 : 1, inputs };
}

/** Ready: every requirement verified or answered, and no audit finding past its due date. */
export function isReady(summary: Pick<ReadinessSummary, 'requirements' | 'findings'>): boolean {
  return summary.requirements.answered === summary.requirements.total && summary.findings.overdue === 0;
}

export function readinessReport(summary: ReadinessSummary, root: string, options: Pick<Options, 'today' | 'locale'>, cwd: string): ReadinessReport {
  const { locale } = options;
  const place = (location: { uri: string; range: { start: { line: number; character: number } } }) => ({ file: toRelative(location.uri, cwd), line: location.range.start.line + 1, column: location.range.start.character + 1 });
  const items = summary.chapters.flatMap((chapter) => chapter.requirements).map((entry): ReadinessItem => ({
    id: entry.id,
    chapter: entry.chapter,
    title: entry.title[locale],
    checkedBy: entry.checkedBy,
    state: entry.state,
    ...(entry.severity ? { severity: entry.severity } : {}),
    ...(entry.status ? { status: entry.status } : {}),
    ...(entry.owner ? { owner: entry.owner } : {}),
    ...(entry.reviewed ? { reviewed: entry.reviewed } : {}),
    evidence: entry.evidence.map((evidence) => ({ path: evidence.path, found: evidence.found })),
    ...(entry.location ? { place: place(entry.location) } : {}),
    findings: entry.findings.map((finding) => ({ code: finding.code, severity: finding.severity, message: finding.message, ...place(finding.location) })),
  }));
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    asOf: options.today,
    locale,
    root,
    ...(summary.organization ? { organization: summary.organization } : {}),
    requirements: { ...summary.requirements, items },
    soa: summary.soa,
    risks: summary.risks,
    evidence: summary.evidence,
    findings: summary.findings,
    ready: isReady(summary),
  };
}

const REQUIREMENT: Nouns = { en: ['requirement', 'requirements'], fr: ['exigence', 'exigences'] };
const AUDIT_FINDING: Nouns = { en: ['audit finding', 'audit findings'], fr: ['écart d’audit', 'écarts d’audit'] };
const MARKS: Record<ReadinessItem['state'], string> = { verified: '✓', answered: '✓', unanswered: '?', failing: '✗' };

/** The report for a terminal: the figures, then each chapter with its requirements and what is left. */
export function readinessText(report: ReadinessReport, locale: Locale): string {
  const lines: string[] = [terminalText(localize(say.title, locale, { name: report.organization ?? report.root, date: dated(report.asOf) })), ''];
  const rows = figureRows(report, locale);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}${value}`);
  let chapter = '';
  for (const item of report.requirements.items) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      const known = catalogChapter(chapter);
      lines.push('', known ? chapterTitle(known, locale) : chapter);
    }
    lines.push(`  ${MARKS[item.state]} ${item.id} ${terminalText(item.title)} — ${stateWord(item, locale)}`);
    const first = item.findings[0];
    if (first && (item.state === 'failing' || item.state === 'unanswered')) {
      lines.push(`      ${terminalText(first.file)}:${first.line}:${first.column} ${terminalText(first.message)} (${first.code})`);
    }
  }
  const left = report.requirements.total - report.requirements.answered;
  lines.push('', report.ready ? say.ready[locale] : localize(say.notReady, locale, { requirements: counted(left, REQUIREMENT), overdue: counted(report.findings.overdue, AUDIT_FINDING) }));
  return `${lines.join('\n')}\n`;
}
