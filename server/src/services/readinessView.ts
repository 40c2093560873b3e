// The readiness summary in words (engine/readiness.ts): the Requirements view's items, the line of
// figures the status bar's tooltip and the Activity coverage view show, and the words for each
// state that `hds-check readiness` and the requirements checklist share. One locale at a time.
import type { ReadinessFigures, ReadinessSummary, RequirementReadiness, RequirementState } from '../engine/readiness';
import { localize } from '../engine/text';
import type { Locale, Localized } from '../engine/types';
import type { ReadinessView, RequirementItem } from '../protocol';

/** What each state is called, for a failing requirement by what fails it. */
export const STATE_WORDS: Record<RequirementState | 'failing-warning', Localized> = {
  verified: { en: 'verified by the rules', fr: 'vérifiée par les règles' },
  answered: { en: 'answered', fr: 'satisfaite' },
  unanswered: { en: 'unanswered', fr: 'sans réponse' },
  failing: { en: 'failing', fr: 'non conforme' },
  'failing-warning': { en: 'still owed', fr: 'encore due' },
};

export function stateWord(entry: Pick<RequirementReadiness, 'state' | 'severity'>, locale: Locale): string {
  return (entry.state === 'failing' && entry.severity === 'warning' ? STATE_WORDS['failing-warning'] : STATE_WORDS[entry.state])[locale];
}

const text = {
  requirements: { en: 'Requirements answered', fr: 'Exigences satisfaites' },
  soa: { en: 'SoA controls decided', fr: 'Mesures de la DdA tranchées' },
  risks: { en: 'Risks assessed', fr: 'Risques évalués' },
  evidence: { en: 'Evidence found', fr: 'Preuves trouvées' },
  findings: { en: 'Audit findings', fr: 'Écarts d’audit' },
  requirementsValue: { en: '{answered}/{total} ({failing} failing, {unanswered} unanswered)', fr: '{answered}/{total} ({failing} non conformes, {unanswered} sans réponse)' },
  ofTotal: { en: '{count}/{total}', fr: '{count}/{total}' },
  evidenceValue: { en: '{found} ({missing} missing)', fr: '{found} ({missing} introuvables)' },
  findingsValue: { en: '{open} open, {overdue} overdue', fr: '{open} ouverts, {overdue} en retard' },
  line: {
    en: 'Requirements {answered}/{total} · SoA {decided}/{soaTotal} · risks {assessed}/{risksTotal} · evidence {found}/{evidenceTotal} · findings {open} open, {overdue} overdue',
    fr: 'Exigences {answered}/{total} · DdA {decided}/{soaTotal} · risques {assessed}/{risksTotal} · preuves {found}/{evidenceTotal} · écarts {open} ouverts, {overdue} en retard',
  },
  label: { en: 'Readiness: {answered}/{total} requirements answered', fr: 'Préparation\u00a0: {answered}/{total} exigences satisfaites' },
  chapter: { en: 'Chapter {id} — {title}', fr: 'Chapitre {id} — {title}' },
  chapterCount: { en: '{answered}/{total} answered', fr: '{answered}/{total} satisfaites' },
  owner: { en: 'Owner: {owner}', fr: 'Responsable\u00a0: {owner}' },
  evidenceList: { en: 'Evidence: {list}', fr: 'Preuves\u00a0: {list}' },
  missing: { en: '{path} (not found)', fr: '{path} (introuvable)' },
} satisfies Record<string, Localized>;

/** The figures as label–value rows: the text report and the tooltip lay them out. */
export function figureRows(figures: ReadinessFigures, locale: Locale): [string, string][] {
  const { requirements, soa, risks, evidence, findings } = figures;
  return [
    [text.requirements[locale], localize(text.requirementsValue, locale, { ...requirements })],
    [text.soa[locale], localize(text.ofTotal, locale, { count: soa.decided, total: soa.total })],
    [text.risks[locale], localize(text.ofTotal, locale, { count: risks.assessed, total: risks.total })],
    [text.evidence[locale], localize(text.evidenceValue, locale, { found: localize(text.ofTotal, locale, { count: evidence.found, total: evidence.found + evidence.missing }), missing: evidence.missing })],
    [text.findings[locale], localize(text.findingsValue, locale, { ...findings })],
  ];
}

/** The figures on one line, for the Activity coverage view. */
export function figuresLine(figures: ReadinessFigures, locale: Locale): string {
  const { requirements, soa, risks, evidence, findings } = figures;
  return localize(text.line, locale, {
    answered: requirements.answered,
    total: requirements.total,
    decided: soa.decided,
    soaTotal: soa.total,
    assessed: risks.assessed,
    risksTotal: risks.total,
    found: evidence.found,
    evidenceTotal: evidence.found + evidence.missing,
    open: findings.open,
    overdue: findings.overdue,
  });
}

export function chapterTitle(chapter: { id: string; title: Localized }, locale: Locale): string {
  return localize(text.chapter, locale, { id: chapter.id, title: chapter.title[locale] });
}

/** What the Requirements view, the status bar and the Activity coverage view show of a declaration's readiness. */
export function presentReadiness(summary: ReadinessSummary, locale: Locale): ReadinessView {
  const { chapters, organization: _organization, ...figures } = summary;
  const item = (entry: RequirementReadiness): RequirementItem => {
    const state = stateWord(entry, locale);
    const first = entry.findings[0];
    const evidence = entry.evidence.map((written) => (written.found ? written.path : localize(text.missing, locale, { path: written.path })));
    return {
      id: entry.id,
      state: entry.state,
      severity: entry.severity,
      label: `${entry.id} — ${entry.title[locale]}`,
      description: first && entry.state !== 'verified' && entry.state !== 'answered' ? `${state} · ${first.code}` : state,
      tooltip: [
        `${entry.id} — ${entry.title[locale]}: ${state}`,
        first?.message,
        entry.owner ? localize(text.owner, locale, { owner: entry.owner }) : undefined,
        evidence.length > 0 ? localize(text.evidenceList, locale, { list: evidence.join(', ') }) : undefined,
      ].filter(Boolean).join('\n'),
      location: entry.location,
    };
  };
  return {
    figures,
    label: localize(text.label, locale, { ...figures.requirements }),
    line: figuresLine(figures, locale),
    tooltip: figureRows(figures, locale).map(([label, value]) => `${label}${locale === 'fr' ? '\u00a0: ' : ': '}${value}`).join('\n'),
    chapters: chapters.map((chapter) => {
      const answered = chapter.requirements.filter((entry) => entry.state === 'answered' || entry.state === 'verified').length;
      return {
        id: chapter.id,
        label: chapterTitle(chapter, locale),
        description: localize(text.chapterCount, locale, { answered, total: chapter.requirements.length }),
        requirements: chapter.requirements.map(item),
      };
    }),
  };
}
