// The readiness summary in words (engine/readiness.ts) for the sidebar: the Requirements view's
// items, the line of figures the Activity coverage view shows and the status bar's tooltip. The
// words themselves (states, figures) are engine/readinessWords.ts, shared with the command line
// and the requirements checklist.
import type { ReadinessSummary, RequirementReadiness } from '../engine/readiness';
import { chapterTitle, figureRows, figuresLine, stateWord } from '../engine/readinessWords';
import { localize } from '../engine/text';
import type { Locale } from '../engine/types';
import type { ReadinessView, RequirementItem } from '../protocol';

export { chapterTitle, figureRows, figuresLine, stateWord, STATE_WORDS } from '../engine/readinessWords';

const text = {
  label: { en: 'Readiness: {answered}/{total} requirements answered', fr: 'Préparation\u00a0: {answered}/{total} exigences satisfaites' },
  chapterCount: { en: '{answered}/{total} answered', fr: '{answered}/{total} satisfaites' },
  owner: { en: 'Owner: {owner}', fr: 'Responsable\u00a0: {owner}' },
  evidenceList: { en: 'Evidence: {list}', fr: 'Preuves\u00a0: {list}' },
  missing: { en: '{path} (not found)', fr: '{path} (introuvable)' },
};

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
