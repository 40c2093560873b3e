// The documents as tables (title, headers, rows), in the user's language: the Statement of
// Applicability, one row per Annex A control, and the risk register, one row per risk. The
// workbook and CSV writers only lay these out. Ratings and levels are numbers (numeric cells in the
// workbook, so they sort); a placeholder is never shown as an answer (the model reads it as absent).
import type { Declaration } from '../engine';
import type { Locale, Localized } from '../engine/types';
import { controls, controlTheme, riskEvent } from '../engine/catalog';
import { evidenceTarget, isInside, isProbed } from '../engine/evidence';
import { localize } from '../engine/text';

/** A cell: text, or a number; '' is an empty cell. */
export type Cell = string | number;

export interface Table {
  /** Sheet name (at most 31 characters, as Excel requires). */
  sheet: string;
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Preferred column widths, in characters. */
  widths: number[];
}

const NONE = '—';
const say = {
  soaSheet: { en: 'Statement of Applicability', fr: 'Déclaration d’applicabilité' },
  soaTitle: { en: 'Statement of Applicability — {name} — ISO/IEC 27001:2022 Annex A', fr: 'Déclaration d’applicabilité — {name} — annexe A de l’ISO/IEC 27001:2022' },
  soaHeaders: {
    en: ['Control', 'Title', 'Theme', 'Applicable', 'Justification', 'Status', 'Due date', 'Owner', 'Evidence', 'Last review', 'Linked risks'],
    fr: ['Mesure', 'Intitulé', 'Thème', 'Applicable', 'Justification', 'Statut', 'Échéance', 'Responsable', 'Preuves', 'Dernière revue', 'Risques liés'],
  },
  risksSheet: { en: 'Risk register', fr: 'Registre des risques' },
  risksTitle: { en: 'Risk register — {name} — HDS v2 (EXI-05)', fr: 'Registre des risques — {name} — HDS v2 (EXI-05)' },
  risksHeaders: {
    en: ['Event', 'Risk', 'Likelihood', 'Impact', 'Level (likelihood × impact)', 'Treatment', 'Controls', 'Owner', 'Residual level', 'Accepted by', 'Acceptance date', 'Acceptance justification', 'Activities', 'Residual likelihood', 'Residual impact'],
    fr: ['Événement', 'Risque', 'Vraisemblance', 'Impact', 'Niveau (vraisemblance × impact)', 'Traitement', 'Mesures', 'Propriétaire', 'Niveau résiduel', 'Accepté par', 'Date d’acceptation', 'Justification de l’acceptation', 'Activités', 'Vraisemblance résiduelle', 'Impact résiduel'],
  },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  notListed: { en: 'not stated in the SoA', fr: 'non indiqué dans la DdA' },
  organization: { en: 'the organisation', fr: 'l’organisation' },
  evidence: {
    found: { en: '{path} (found)', fr: '{path} (trouvée)' },
    missing: { en: '{path} (not found)', fr: '{path} (introuvable)' },
    outside: { en: '{path} (outside the workspace)', fr: '{path} (hors de l’espace de travail)' },
    unchecked: { en: '{path} (not checked)', fr: '{path} (non vérifiée)' },
  },
  status: {
    implemented: { en: 'implemented', fr: 'mise en œuvre' },
    partial: { en: 'partially implemented', fr: 'partiellement mise en œuvre' },
    planned: { en: 'planned', fr: 'prévue' },
    'not-implemented': { en: 'not implemented', fr: 'non mise en œuvre' },
  } as Record<string, Localized>,
  treatment: {
    reduce: { en: 'reduce', fr: 'réduire' },
    accept: { en: 'accept', fr: 'accepter' },
    avoid: { en: 'avoid', fr: 'éviter' },
    transfer: { en: 'transfer', fr: 'transférer' },
  } as Record<string, Localized>,
};

/**
 * What each column holds, in the order of the headers (EN/FR), and the words the tables write:
 * `hds-check import` reads them back, so our own exports round-trip.
 */
export const SOA_COLUMNS = ['control', 'title', 'theme', 'applicable', 'justification', 'status', 'due', 'owner', 'evidence', 'reviewed', 'linkedRisks'] as const;
export const RISK_COLUMNS = ['events', 'risk', 'likelihood', 'impact', 'level', 'treatment', 'controls', 'owner', 'residualLevel', 'acceptedBy', 'acceptanceDate', 'acceptanceJustification', 'activities', 'residualLikelihood', 'residualImpact'] as const;
export const tableWords = {
  none: NONE,
  soaHeaders: say.soaHeaders,
  risksHeaders: say.risksHeaders,
  yes: say.yes,
  no: say.no,
  notListed: say.notListed,
  evidence: say.evidence,
  status: say.status,
  treatment: say.treatment,
};

const word = (table: Record<string, Localized>, value: string | undefined, locale: Locale) => (value === undefined ? NONE : table[value]?.[locale] ?? value);

/** An SoA status (`planned`…) in words, as the SoA table writes it. */
export const statusWord = (value: string, locale: Locale): string => word(say.status, value, locale);
/** A risk treatment (`reduce`…) in words, as the risk register writes it. */
export const treatmentWord = (value: string, locale: Locale): string => word(say.treatment, value, locale);
/** "yes" and "no", as the SoA table writes applicability. */
export const yesNo = (value: boolean, locale: Locale): string => (value ? say.yes : say.no)[locale];
const product = (likelihood: number | undefined, impact: number | undefined): Cell => (likelihood !== undefined && impact !== undefined ? likelihood * impact : '');

/** Whether the evidence files exist, as the evidence rules ask (CheckOptions): the documents never look at disk themselves. */
export interface EvidenceProbe {
  /** true for a file that exists, false for none, 'outside' when a link leads out of the workspace. */
  fileExists?: (uri: string) => boolean | 'outside';
  /** Folder (file URI) evidence must stay inside: a path outside it is never probed. */
  workspaceRoot?: string;
}

export type EvidenceState = 'found' | 'missing' | 'outside' | 'unchecked';

/** Whether an evidence file exists: found, not found, outside the workspace, or not checked (no probe given). */
export function evidenceState(evidence: Declaration['soa'][number]['evidence'][number], probe: EvidenceProbe): EvidenceState {
  const target = evidenceTarget(evidence);
  const outside = !target || (probe.workspaceRoot !== undefined && !isInside(target, probe.workspaceRoot));
  const found = outside || !probe.fileExists || !isProbed(target, probe.workspaceRoot) ? undefined : probe.fileExists(target);
  return outside || found === 'outside' ? 'outside' : found === true ? 'found' : found === false ? 'missing' : 'unchecked';
}

/** An evidence path and whether its file exists. */
function evidenceLine(evidence: Declaration['soa'][number]['evidence'][number], probe: EvidenceProbe, locale: Locale): string {
  return localize(say.evidence[evidenceState(evidence, probe)], locale, { path: evidence.value });
}

export function soaTable(declaration: Declaration, locale: Locale, probe: EvidenceProbe = {}): Table {
  const name = declaration.organization?.name ?? say.organization[locale];
  const entries = new Map<string, Declaration['soa'][number]>();
  for (const entry of declaration.soa) if (entry.control && !entries.has(entry.control.id)) entries.set(entry.control.id, entry);
  const linked = new Map<string, string[]>();
  for (const risk of declaration.risks) {
    for (const id of new Set(risk.controls.map((reference) => reference.id))) linked.set(id, [...(linked.get(id) ?? []), risk.id ?? '?']);
  }
  const rows = controls.map((annexControl): Cell[] => {
    const entry = entries.get(annexControl.id);
    const theme = controlTheme(annexControl.theme);
    return [
      annexControl.id,
      annexControl.title[locale],
      theme ? theme.name[locale] : annexControl.theme,
      !entry ? say.notListed[locale] : entry.applicable === true ? say.yes[locale] : entry.applicable === false ? say.no[locale] : NONE,
      entry?.justification ?? '',
      entry?.applicable === false ? NONE : word(say.status, entry?.status, locale),
      entry?.due ?? '',
      entry?.owner ?? '',
      (entry?.evidence ?? []).map((evidence) => evidenceLine(evidence, probe, locale)).join('\n'),
      entry?.reviewed ?? '',
      (linked.get(annexControl.id) ?? []).join(', '),
    ];
  });
  return { sheet: say.soaSheet[locale].slice(0, 31), title: localize(say.soaTitle, locale, { name }), headers: say.soaHeaders[locale], rows, widths: [9, 40, 22, 11, 40, 18, 12, 22, 36, 12, 14] };
}

export function risksTable(declaration: Declaration, locale: Locale): Table {
  const name = declaration.organization?.name ?? say.organization[locale];
  const rows = declaration.risks.map((risk): Cell[] => {
    const events = risk.scenarios.map((scenario) => {
      const event = riskEvent(scenario.value);
      return event ? `${event.id} — ${event.title[locale]}` : scenario.value;
    });
    return [
      events.join('\n'),
      [risk.id, risk.title].filter(Boolean).join(' — '),
      risk.likelihood ?? '',
      risk.impact ?? '',
      product(risk.likelihood, risk.impact),
      word(say.treatment, risk.treatment, locale),
      risk.controls.map((reference) => reference.id).join(', '),
      risk.owner ?? '',
      product(risk.residual?.likelihood, risk.residual?.impact),
      risk.acceptance?.by ?? '',
      risk.acceptance?.date ?? '',
      risk.acceptance?.justification ?? '',
      risk.activities.map((activity) => String(activity.written)).join(', '),
      risk.residual?.likelihood ?? '',
      risk.residual?.impact ?? '',
    ];
  });
  return { sheet: say.risksSheet[locale].slice(0, 31), title: localize(say.risksTitle, locale, { name }), headers: say.risksHeaders[locale], rows, widths: [36, 44, 13, 9, 16, 12, 18, 22, 12, 26, 13, 40, 24, 12, 10] };
}
