// Snippets for the entries people add most: a risk, a subcontractor, an SoA entry, and a whole
// starter declaration for an empty file. Text is relative to the item's dash; the editor indents
// continuation lines like the line the snippet is inserted on.
import { activities, controls, riskEvents } from '../engine/catalog';
import { starterDeclaration } from '../engine/starter';
import type { Locale, Localized } from '../engine/types';
import type { DeclarationIndex } from './declarationIndex';
import type { AppliedRiskCriteria } from '../engine/facts/riskCriteria';

export interface Snippet {
  label: Localized;
  /** Words the editor's filter matches (the section's name in both languages). */
  keywords: string;
  description: Localized;
  /** Snippet syntax, starting at the item's first key (after `- `). */
  body: string;
}

/** Escapes text for snippet syntax (`$`, `}` and `\`). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** A choice placeholder `${n|a,b|}`: choices may not hold `,` or `|` unescaped. */
function choice(tabStop: number, values: readonly string[]): string {
  return `\${${tabStop}|${values.map((value) => value.replace(/[\\,|$}]/g, (char) => `\\${char}`)).join(',')}|}`;
}

const riskEventIds = riskEvents.map((event) => event.id);
const activityIds = activities.map((activity) => activity.id);

/** The next id in the declaration's numbering (R-13 → R-14), or R-01 when there is none. */
export function nextRiskId(index: DeclarationIndex | undefined): string {
  let best: { prefix: string; number: number; width: number } | undefined;
  for (const id of index?.risksById.keys() ?? []) {
    const match = /^(.*?)(\d+)$/.exec(id);
    if (!match) continue;
    const number = Number(match[2]);
    if (!best || number > best.number) best = { prefix: match[1], number, width: match[2].length };
  }
  if (!best) return 'R-01';
  let candidate: string;
  let number = best.number;
  do candidate = `${best.prefix}${String(++number).padStart(best.width, '0')}`;
  while (index?.risksById.has(candidate));
  return candidate;
}

/** `levels`: the likelihood and impact levels of the scales that apply (the declaration's risk_criteria, else the default). */
export function riskSnippet(locale: Locale, index: DeclarationIndex | undefined, levels: { likelihood: number[]; impact: number[] }): Snippet {
  // Events nobody covers yet come first in the choice list: that is what the user is filling in.
  const uncovered = riskEventIds.filter((id) => !index?.risksByEvent.has(id));
  const events = [...uncovered, ...riskEventIds.filter((id) => !uncovered.includes(id))];
  return {
    label: { en: 'New risk', fr: 'Nouveau risque' },
    keywords: 'risk risque',
    description: {
      en: 'A risk of the analysis: its EXI-05 event, what could happen, likelihood, impact, treatment and the Annex A controls that treat it.',
      fr: "Un risque de l’analyse : son événement EXI-05, ce qui pourrait arriver, vraisemblance, impact, traitement et mesures de l’annexe A qui le traitent.",
    },
    body: [
      `id: \${1:${escapeSnippet(nextRiskId(index))}}`,
      `scenario: ${choice(2, events)}`,
      `title: \${3:${escapeSnippet(locale === 'fr' ? 'Ce qui pourrait arriver' : 'What could happen')}}`,
      `activities: [${choice(4, activityIds)}]`,
      `likelihood: ${choice(5, levels.likelihood.map(String))}`,
      `impact: ${choice(6, levels.impact.map(String))}`,
      `treatment: ${choice(7, ['reduce', 'accept', 'avoid', 'transfer'])}`,
      'controls: ["$8"]',
    ].join('\n'),
  };
}

export function subcontractorSnippet(locale: Locale): Snippet {
  return {
    label: { en: 'New subcontractor', fr: 'Nouveau sous-traitant' },
    keywords: 'subcontractor sous-traitant',
    description: {
      en: 'A subcontractor of the chain: the HDS activities it performs, its HDS certificate and where it stores data.',
      fr: 'Un sous-traitant de la chaîne : les activités HDS qu’il réalise, son certificat HDS et où il stocke les données.',
    },
    body: [
      'id: ${1:subcontractor-id}',
      `name: \${2:${escapeSnippet(locale === 'fr' ? 'Raison sociale' : 'Legal name')}}`,
      `role: \${3:${escapeSnippet(locale === 'fr' ? 'Ce qu’il fait pour l’organisation' : 'What it does for the organisation')}}`,
      `activities: [${choice(4, activityIds)}]`,
      'certificate:',
      '  body: ${5:LSTI}',
      '  number: ${6:HDS-0000-0000}',
      '  activities: [${7}]',
      '  expires: ${8:2029-12-31}',
      'storage_countries: [${9:FR}]',
    ].join('\n'),
  };
}

export function soaEntrySnippet(index: DeclarationIndex | undefined): Snippet {
  // Controls the SoA does not list yet come first in the choice list.
  const missing = controls.map((control) => control.id).filter((id) => !index?.soa.has(id));
  const ids = missing.length > 0 ? missing : controls.map((control) => control.id);
  return {
    label: { en: 'New SoA entry', fr: 'Nouvelle entrée de la DdA' },
    keywords: 'soa control mesure applicability applicabilité',
    description: {
      en: 'A Statement of Applicability entry: an Annex A control, whether it applies and where its implementation stands.',
      fr: "Une entrée de la déclaration d’applicabilité : une mesure de l’annexe A, si elle s’applique et où en est sa mise en œuvre.",
    },
    body: `{ control: "${choice(1, ids)}", applicable: ${choice(2, ['true', 'false'])}, status: ${choice(3, ['implemented', 'partial', 'planned', 'not-implemented'])} }$0`,
  };
}

/** The snippet that fits a new item of the sequence at `section`, if any. */
export function snippetForSection(section: string | number | undefined, locale: Locale, index: DeclarationIndex | undefined, criteria: AppliedRiskCriteria): Snippet | undefined {
  if (section === 'risks') return riskSnippet(locale, index, { likelihood: criteria.likelihood.levels.map((entry) => entry.level), impact: criteria.impact.levels.map((entry) => entry.level) });
  if (section === 'subcontractors') return subcontractorSnippet(locale);
  if (section === 'soa') return soaEntrySnippet(index);
  return undefined;
}

/** The single-file starter declaration, as plain text. */
export function starterText(locale: Locale): string {
  return Object.values(starterDeclaration({ locale, split: false }))[0];
}
