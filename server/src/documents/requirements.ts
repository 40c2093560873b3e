// The requirements checklist an auditor reads: EXI-01 to EXI-31, one row each, with its state
// (verified by the rules, answered in the register, unanswered, failing), the register's status,
// owner, review date and evidence, and the findings about it. Built from the readiness summary
// (engine/readiness.ts), so it says what the Requirements view says. As a table for the workbook
// and the CSV, and as a document (the figures, then the table) for Markdown.
import type { Locale, Localized } from '../engine/types';
import type { ReadinessSummary } from '../engine/readiness';
import { dated, localize } from '../engine/text';
import { figureRows, stateWord } from '../engine/readinessWords';
import type { ExportDocument } from './guarantees';
import type { Table } from './tables';

const NONE = '—';
const say = {
  sheet: { en: 'Requirements', fr: 'Exigences' },
  title: { en: 'HDS requirements — {name} — EXI-01 to EXI-31', fr: 'Exigences HDS — {name} — EXI-01 à EXI-31' },
  subtitle: {
    en: 'Each requirement of the HDS v2 referential, as the declaration of {name} answers it on {date}: verified by the rules, answered in the requirements register, unanswered or failing.',
    fr: 'Chaque exigence du référentiel HDS v2, telle que la déclaration de {name} y répond au {date}\u00a0: vérifiée par les règles, satisfaite dans le registre des exigences, sans réponse ou non conforme.',
  },
  figures: { en: 'Readiness', fr: 'Préparation' },
  table: { en: 'Requirements', fr: 'Exigences' },
  headers: {
    en: ['Requirement', 'Title', 'Chapter', 'State', 'Register status', 'Owner', 'Last review', 'Evidence', 'Findings', 'Note'],
    fr: ['Exigence', 'Intitulé', 'Chapitre', 'État', 'Statut au registre', 'Responsable', 'Dernière revue', 'Preuves', 'Constats', 'Note'],
  },
  organization: { en: 'the organisation', fr: 'l’organisation' },
  found: { en: '{path} (found)', fr: '{path} (trouvée)' },
  missing: { en: '{path} (not found)', fr: '{path} (introuvable)' },
  finding: { en: '{message} ({code})', fr: '{message} ({code})' },
  status: {
    met: { en: 'met', fr: 'satisfaite' },
    partial: { en: 'partly met', fr: 'en partie satisfaite' },
    'not-met': { en: 'not met', fr: 'non satisfaite' },
  } as Record<string, Localized>,
};

export function requirementsTable(summary: ReadinessSummary, locale: Locale): Table {
  const name = summary.organization ?? say.organization[locale];
  const rows = summary.chapters.flatMap((chapter) => chapter.requirements.map((entry) => [
    entry.id,
    entry.title[locale],
    chapter.id,
    stateWord(entry, locale),
    entry.status ? say.status[entry.status][locale] : '',
    entry.owner ?? '',
    entry.reviewed ?? '',
    entry.evidence.map((evidence) => localize(evidence.found ? say.found : say.missing, locale, { path: evidence.path })).join('\n'),
    entry.findings.map((finding) => localize(say.finding, locale, { message: finding.message, code: finding.code })).join('\n'),
    entry.note ?? '',
  ]));
  return { sheet: say.sheet[locale], title: localize(say.title, locale, { name }), headers: say.headers[locale], rows, widths: [10, 40, 9, 18, 16, 22, 12, 32, 60, 40] };
}

/** The Markdown form: the figures, then the table of the 31 requirements. */
export function requirementsDocument(summary: ReadinessSummary, locale: Locale, today: string): ExportDocument {
  const table = requirementsTable(summary, locale);
  const name = summary.organization ?? say.organization[locale];
  return {
    locale,
    title: table.title,
    subtitle: localize(say.subtitle, locale, { name, date: dated(today) }),
    sections: [
      { heading: say.figures[locale], paragraphs: figureRows(summary, locale).map(([label, value]) => `${label}${locale === 'fr' ? '\u00a0: ' : ': '}${value}`) },
      { heading: say.table[locale], paragraphs: [], table: { headers: table.headers, rows: table.rows.map((row) => row.map((cell) => (cell === '' ? NONE : String(cell)))) } },
    ],
  };
}
