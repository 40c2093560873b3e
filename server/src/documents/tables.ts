// The documents as tables (title, headers, rows), in the user's language: the Statement of
// Applicability, one row per Annex A control, and the risk register, one row per risk. The
// workbook and CSV writers only lay these out.
import type { Declaration } from '../engine';
import type { Locale, Localized } from '../engine/types';
import { controls, controlTheme, riskEvent } from '../engine/catalog';
import { localize } from '../engine/text';
import { nodeAt } from '../engine/yamlFile';
import { isScalar } from 'yaml';

export interface Table {
  /** Sheet name (at most 31 characters, as Excel requires). */
  sheet: string;
  title: string;
  headers: string[];
  rows: string[][];
  /** Preferred column widths, in characters. */
  widths: number[];
}

const NONE = '—';
const say = {
  soaSheet: { en: 'Statement of Applicability', fr: 'Déclaration d’applicabilité' },
  soaTitle: { en: 'Statement of Applicability — {name} — ISO/IEC 27001:2022 Annex A', fr: 'Déclaration d’applicabilité — {name} — annexe A de l’ISO/IEC 27001:2022' },
  soaHeaders: {
    en: ['Control', 'Title', 'Theme', 'Applicable', 'Justification', 'Status', 'Evidence', 'Linked risks'],
    fr: ['Mesure', 'Intitulé', 'Thème', 'Applicable', 'Justification', 'Statut', 'Preuves', 'Risques liés'],
  },
  risksSheet: { en: 'Risk register', fr: 'Registre des risques' },
  risksTitle: { en: 'Risk register — {name} — HDS v2 (EXI-05)', fr: 'Registre des risques — {name} — HDS v2 (EXI-05)' },
  risksHeaders: {
    en: ['Event', 'Risk', 'Level (likelihood × impact)', 'Treatment', 'Controls', 'Owner', 'Acceptance'],
    fr: ['Événement', 'Risque', 'Niveau (vraisemblance × impact)', 'Traitement', 'Mesures', 'Propriétaire', 'Acceptation'],
  },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  notListed: { en: 'not stated in the SoA', fr: 'non indiqué dans la DdA' },
  organization: { en: 'the organisation', fr: 'l’organisation' },
  accepted: { en: 'residual risk accepted (owner: {owner})', fr: 'risque résiduel accepté (propriétaire\u00a0: {owner})' },
  acceptedUnowned: { en: 'residual risk accepted (no owner named)', fr: 'risque résiduel accepté (aucun propriétaire nommé)' },
  notAccepted: { en: 'not accepted: treated', fr: 'non accepté\u00a0: traité' },
  status: {
    implemented: { en: 'implemented', fr: 'mise en œuvre' },
    partial: { en: 'partially implemented', fr: 'partiellement mise en œuvre' },
    planned: { en: 'planned', fr: 'prévue' },
  } as Record<string, Localized>,
  treatment: {
    reduce: { en: 'reduce', fr: 'réduire' },
    accept: { en: 'accept', fr: 'accepter' },
    avoid: { en: 'avoid', fr: 'éviter' },
    transfer: { en: 'transfer', fr: 'transférer' },
  } as Record<string, Localized>,
};

const word = (table: Record<string, Localized>, value: string | undefined, locale: Locale) => (value === undefined ? NONE : table[value]?.[locale] ?? value);

/** A scalar the model does not keep (owner), read from where the entry is written. */
function rawString(at: Declaration['risks'][number]['at'], key: string): string | undefined {
  const found = nodeAt(at.file, [...at.path, key]);
  return found && isScalar(found.node) && found.node.value !== null && String(found.node.value).trim() !== '' ? String(found.node.value) : undefined;
}

export function soaTable(declaration: Declaration, locale: Locale): Table {
  const name = declaration.organization?.name ?? say.organization[locale];
  const rows = controls.map((annexControl) => {
    const entry = declaration.soa.find((candidate) => candidate.control?.id === annexControl.id);
    const linked = declaration.risks.filter((risk) => risk.controls.some((reference) => reference.id === annexControl.id)).map((risk) => risk.id ?? '?');
    const theme = controlTheme(annexControl.theme);
    return [
      annexControl.id,
      annexControl.title[locale],
      theme ? theme.name[locale] : annexControl.theme,
      !entry ? say.notListed[locale] : entry.applicable === true ? say.yes[locale] : entry.applicable === false ? say.no[locale] : NONE,
      entry?.justification ?? '',
      entry?.applicable === false ? NONE : word(say.status, entry?.status, locale),
      (entry?.evidence ?? []).map((evidence) => evidence.value).join('\n'),
      linked.join(', '),
    ];
  });
  return { sheet: say.soaSheet[locale].slice(0, 31), title: localize(say.soaTitle, locale, { name }), headers: say.soaHeaders[locale], rows, widths: [9, 48, 26, 12, 40, 22, 36, 18] };
}

export function risksTable(declaration: Declaration, locale: Locale): Table {
  const name = declaration.organization?.name ?? say.organization[locale];
  const rows = declaration.risks.map((risk) => {
    const owner = rawString(risk.at, 'owner');
    const events = risk.scenarios.map((scenario) => {
      const event = riskEvent(scenario.value);
      return event ? `${event.id} — ${event.title[locale]}` : scenario.value;
    });
    const level = risk.likelihood !== undefined && risk.impact !== undefined ? `${risk.likelihood} × ${risk.impact} = ${risk.likelihood * risk.impact}` : `${risk.likelihood ?? '?'} × ${risk.impact ?? '?'}`;
    return [
      events.join('\n'),
      [risk.id, risk.title].filter(Boolean).join(' — '),
      level,
      word(say.treatment, risk.treatment, locale),
      risk.controls.map((reference) => reference.id).join(', '),
      owner ?? '',
      risk.treatment === 'accept' ? (owner ? localize(say.accepted, locale, { owner }) : localize(say.acceptedUnowned, locale)) : risk.treatment ? say.notAccepted[locale] : NONE,
    ];
  });
  return { sheet: say.risksSheet[locale].slice(0, 31), title: localize(say.risksTitle, locale, { name }), headers: say.risksHeaders[locale], rows, widths: [40, 48, 16, 14, 24, 22, 36] };
}
