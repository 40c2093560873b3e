// The words of "am I ready?" (readiness.ts) shared by the Requirements view, `hds-check readiness`
// and the requirements checklist: what each state is called, and the figures as rows or one line.
import type { ReadinessFigures, RequirementReadiness, RequirementState } from './readiness';
import { localize } from './text';
import type { Locale, Localized } from './types';

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
  chapter: { en: 'Chapter {id} — {title}', fr: 'Chapitre {id} — {title}' },
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
