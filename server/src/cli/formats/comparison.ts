// What a change does to the declaration (the --baseline comparison), as text for the console and
// as Markdown for a merge-request comment.
import type { Locale } from '../../engine';
import { markdownCode, markdownText } from '../../engine/markdown';
import { counted, localize, mark, type Nouns } from '../../engine/text';
import type { Comparison, CoverageChange } from '../baseline';
import type { ReportFinding } from '../report';
import { terminalText } from '../console';
import { severityWord } from '../severity';

const NB = '\u00a0';
const say = {
  title: { en: 'HDS check: this change compared with {baseline}', fr: 'Vérification HDS\u00a0: cette modification comparée à {baseline}' },
  totals: {
    en: '{added}, {fixed}, {unchanged}.',
    fr: '{added}, {fixed}, {unchanged}.',
  },
  added: { en: 'Added', fr: 'Ajoutés' },
  fixed: { en: 'Fixed', fr: 'Corrigés' },
  coverage: { en: 'Coverage', fr: 'Couverture' },
  declaration: { en: 'Declaration', fr: 'Déclaration' },
  activities: { en: 'Activities covered', fr: 'Activités couvertes' },
  riskEvents: { en: 'EXI-05 risk events covered', fr: 'Événements de risque EXI-05 couverts' },
  soa: { en: 'Annex A controls in the SoA', fr: 'Mesures de l’annexe A dans la DdA' },
  newDeclaration: { en: 'new declaration', fr: 'nouvelle déclaration' },
  removedDeclaration: { en: 'declaration removed', fr: 'déclaration supprimée' },
  noCoverageChange: { en: 'no coverage change', fr: 'aucun changement de couverture' },
  gained: { en: 'now covered', fr: 'désormais couverts' },
  lost: { en: 'no longer covered', fr: 'plus couverts' },
  state: { covered: { en: 'covered', fr: 'couverte' }, gap: { en: 'gap', fr: 'lacune' }, 'out-of-scope': { en: 'out of scope', fr: 'hors périmètre' } } as Record<string, Record<Locale, string>>,
  none: { en: 'none', fr: 'aucun' },
  measure: { en: 'Measure', fr: 'Indicateur' },
  before: { en: 'Before', fr: 'Avant' },
  after: { en: 'After', fr: 'Après' },
};

const stateWord = (state: string | undefined, locale: Locale) => (state ? say.state[state]?.[locale] ?? state : '—');

function findingLine(finding: ReportFinding, locale: Locale): string {
  return `${terminalText(finding.file)}:${finding.line}:${finding.column} ${severityWord(finding.severity, locale)} ${terminalText(finding.message)} (${finding.code})`;
}

function coverageLines(raw: CoverageChange, locale: Locale): string[] {
  const change = { ...raw, root: terminalText(raw.root) };
  if (change.status === 'added') return [`${change.root}: ${say.newDeclaration[locale]}`];
  if (change.status === 'removed') return [`${change.root}: ${say.removedDeclaration[locale]}`];
  if (change.status === 'unchanged') return [`${change.root}${locale === 'fr' ? NB : ''}: ${say.noCoverageChange[locale]}`];
  const lines = [`${change.root}${locale === 'fr' ? NB : ''}:`];
  if (change.activities && change.activities.before !== change.activities.after) lines.push(`  ${say.activities[locale]}${locale === 'fr' ? NB : ''}: ${change.activities.before} → ${change.activities.after}`);
  for (const state of change.activityStates) lines.push(`    ${state.id}: ${stateWord(state.before, locale)} → ${stateWord(state.after, locale)}`);
  if (change.riskEvents && (change.riskEvents.before !== change.riskEvents.after || change.riskEventsGained.length > 0 || change.riskEventsLost.length > 0)) lines.push(`  ${say.riskEvents[locale]}${locale === 'fr' ? NB : ''}: ${change.riskEvents.before}/${change.riskEvents.total} → ${change.riskEvents.after}/${change.riskEvents.total}`);
  if (change.riskEventsGained.length > 0) lines.push(`    ${say.gained[locale]}${locale === 'fr' ? NB : ''}: ${change.riskEventsGained.join(', ')}`);
  if (change.riskEventsLost.length > 0) lines.push(`    ${say.lost[locale]}${locale === 'fr' ? NB : ''}: ${change.riskEventsLost.join(', ')}`);
  if (change.soa && change.soa.before !== change.soa.after) lines.push(`  ${say.soa[locale]}${locale === 'fr' ? NB : ''}: ${change.soa.before}/${change.soa.total} → ${change.soa.after}/${change.soa.total}`);
  return lines;
}

export function comparisonText(comparison: Comparison, locale: Locale): string {
  const colon = mark(':', locale);
  const lines = [localize(say.title, locale, { baseline: terminalText(comparison.baseline) }), totals(comparison, locale)];
  if (comparison.added.length > 0) lines.push('', `${say.added[locale]}${colon}`, ...comparison.added.map((finding) => `  + ${findingLine(finding, locale)}`));
  if (comparison.fixed.length > 0) lines.push('', `${say.fixed[locale]}${colon}`, ...comparison.fixed.map((finding) => `  - ${findingLine(finding, locale)}`));
  lines.push('', `${say.coverage[locale]}${colon}`, ...comparison.coverage.flatMap((change) => coverageLines(change, locale).map((line) => `  ${line}`)));
  return `${lines.join('\n')}\n`;
}

/**
 * Markdown for a merge-request comment. The declaration's text (in messages, file names) goes through
 * the one Markdown escaping: no table broken, no image fetched, no link, HTML or @mention.
 */
export function comparisonMarkdown(comparison: Comparison, locale: Locale): string {
  const cell = (text: string) => markdownText(text);
  const code = (text: string) => markdownCode(text, { inTable: true });
  const table = (findings: ReportFinding[]) => [
    `| ${locale === 'fr' ? 'Fichier' : 'File'} | ${locale === 'fr' ? 'Sévérité' : 'Severity'} | ${locale === 'fr' ? 'Règle' : 'Rule'} | Message |`,
    '| --- | --- | --- | --- |',
    ...findings.map((finding) => `| ${code(`${finding.file}:${finding.line}`)} | ${severityWord(finding.severity, locale)} | ${code(finding.code)} | ${cell(finding.message)} |`),
  ];
  const lines = [`### ${localize(say.title, locale, { baseline: markdownCode(comparison.baseline) })}`, '', totals(comparison, locale)];
  if (comparison.added.length > 0) lines.push('', `#### ${say.added[locale]} (${comparison.added.length})`, '', ...table(comparison.added));
  if (comparison.fixed.length > 0) lines.push('', `#### ${say.fixed[locale]} (${comparison.fixed.length})`, '', ...table(comparison.fixed));
  lines.push('', `#### ${say.coverage[locale]}`, '');
  for (const change of comparison.coverage) {
    if (change.status !== 'changed') {
      lines.push(`- ${markdownCode(change.root)}${locale === 'fr' ? NB : ''}: ${change.status === 'added' ? say.newDeclaration[locale] : change.status === 'removed' ? say.removedDeclaration[locale] : say.noCoverageChange[locale]}`);
      continue;
    }
    lines.push(`| ${code(change.root)} | ${say.before[locale]} | ${say.after[locale]} |`, '| --- | --- | --- |');
    if (change.activities) lines.push(`| ${say.activities[locale]} | ${change.activities.before} | ${change.activities.after} |`);
    for (const state of change.activityStates) lines.push(`| ↳ ${code(state.id)} | ${stateWord(state.before, locale)} | ${stateWord(state.after, locale)} |`);
    if (change.riskEvents) lines.push(`| ${say.riskEvents[locale]} | ${change.riskEvents.before}/${change.riskEvents.total} | ${change.riskEvents.after}/${change.riskEvents.total} |`);
    if (change.riskEventsGained.length > 0) lines.push(`| ↳ ${say.gained[locale]} | | ${cell(change.riskEventsGained.join(', '))} |`);
    if (change.riskEventsLost.length > 0) lines.push(`| ↳ ${say.lost[locale]} | ${cell(change.riskEventsLost.join(', '))} | |`);
    if (change.soa) lines.push(`| ${say.soa[locale]} | ${change.soa.before}/${change.soa.total} | ${change.soa.after}/${change.soa.total} |`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

const totalNouns = {
  added: { en: ['finding added', 'findings added'], fr: ['constat ajouté', 'constats ajoutés'] },
  fixed: { en: ['fixed', 'fixed'], fr: ['corrigé', 'corrigés'] },
  unchanged: { en: ['unchanged', 'unchanged'], fr: ['inchangé', 'inchangés'] },
} as const satisfies Record<string, Nouns>;

/** "1 finding added, 2 fixed, 0 unchanged.", « 1 constat ajouté, 2 corrigés, 0 inchangé. » */
function totals(comparison: Comparison, locale: Locale): string {
  return localize(say.totals, locale, {
    added: counted(comparison.added.length, totalNouns.added),
    fixed: counted(comparison.fixed.length, totalNouns.fixed),
    unchanged: counted(comparison.unchanged, totalNouns.unchanged),
  });
}
