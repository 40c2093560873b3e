// The chapter 8 presentation of guarantees and the EXI-31 transfers page, as documents (title,
// sections, tables) in the user's language. Every answer comes from the coverage the sidebar shows
// (ActorCoverageFacts and its `answers`) and from the sovereignty facts, so the documents never
// say anything the checks do not; the HTML and Markdown writers only lay them out.
import type { ActorCoverageFacts, Declaration, DeclarationCoverageFacts, Locale } from '../engine';
import { activity as catalogActivity, countryName, isCountry, isInEea, legalBasis } from '../engine/catalog';
import { dated, localize } from '../engine/text';
import { transfersOutsideEea } from '../engine/facts/sovereignty';

export interface DocumentTable {
  headers: string[];
  rows: string[][];
}

export interface DocumentSection {
  heading: string;
  paragraphs: string[];
  table?: DocumentTable;
}

export interface ExportDocument {
  locale: Locale;
  title: string;
  /** What the document is, who it is about and on which day. */
  subtitle: string;
  sections: DocumentSection[];
}

const NB = '\u00a0';
const NONE = '—';
const say = {
  organization: { en: 'the organisation', fr: 'l’organisation' },
  guaranteesTitle: { en: 'Presentation of guarantees — {name}', fr: 'Présentation des garanties — {name}' },
  guaranteesSubtitle: {
    en: 'HDS v2 referential, chapter 8: the host and each subcontractor not acting under its supervision. As of {date}.',
    fr: 'Référentiel HDS v2, chapitre 8\u00a0: l’hébergeur et chaque sous-traitant qui n’agit pas sous sa supervision. Au {date}.',
  },
  actorsHeading: { en: 'Actors', fr: 'Acteurs' },
  actorsHeaders: {
    en: ['Actor', 'Role', 'HDS certificate', 'SecNumCloud qualification', 'Activities performed', 'Access from outside the EEA (EXI-29)', 'Exposure to non-European law (EXI-30)'],
    fr: ['Acteur', 'Rôle', 'Certificat HDS', 'Qualification SecNumCloud', 'Activités réalisées', 'Accès depuis l’extérieur de l’EEE (EXI-29)', 'Exposition à des lois non européennes (EXI-30)'],
  },
  storageHeading: { en: 'Storage locations', fr: 'Lieux de stockage' },
  storageHeaders: {
    en: ['Site', 'Country', 'In the EEA', 'Operator', 'Activities'],
    fr: ['Site', 'Pays', 'Dans l’EEE', 'Opérateur', 'Activités'],
  },
  noStorage: { en: 'The declaration names no storage location.', fr: 'La déclaration ne nomme aucun lieu de stockage.' },
  host: { en: 'Host', fr: 'Hébergeur' },
  noCertificate: { en: 'no HDS certificate', fr: 'aucun certificat HDS' },
  issuedBy: { en: 'issued by {body}', fr: 'délivré par {body}' },
  covers: { en: 'covers: {activities}', fr: 'couvre\u00a0: {activities}' },
  until: { en: 'valid until {date}', fr: 'valable jusqu’au {date}' },
  expired: { en: 'expired on {date}', fr: 'expiré le {date}' },
  noExpiry: { en: 'no expiry date', fr: 'sans date d’expiration' },
  notAnswered: { en: 'not answered', fr: 'sans réponse' },
  none: { en: 'none', fr: 'aucun' },
  noLaw: { en: 'none', fr: 'aucune' },
  noActivity: { en: 'no HDS activity', fr: 'aucune activité HDS' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  services: { en: 'yes, for {services}', fr: 'oui, pour {services}' },
  noBasis: { en: 'no legal basis stated', fr: 'aucune base légale indiquée' },
  mitigations: { en: 'mitigations: {text}', fr: 'mesures\u00a0: {text}' },
  noMitigations: { en: 'no mitigations stated', fr: 'aucune mesure indiquée' },
  transfersTitle: { en: 'Transfers of health data outside the EEA — {name}', fr: 'Transferts de données de santé hors de l’EEE — {name}' },
  transfersSubtitle: {
    en: 'Public information required by requirement EXI-31 of the HDS v2 referential. As of {date}.',
    fr: 'Information publique exigée par l’exigence EXI-31 du référentiel HDS v2. Au {date}.',
  },
  transfersHeading: { en: 'Storage and access outside the EEA', fr: 'Stockage et accès hors de l’EEE' },
  noTransfer: {
    en: '{name} stores health data only in the European Economic Area, and no one accesses it from outside the European Economic Area.',
    fr: '{name} stocke les données de santé uniquement dans l’Espace économique européen, et personne n’y accède depuis l’extérieur de l’Espace économique européen.',
  },
  someTransfers: {
    en: 'Each storage location and each access from outside the European Economic Area (EEA), with its legal basis under the GDPR:',
    fr: `Chaque lieu de stockage et chaque accès situé hors de l’EEE (l’Espace économique européen), avec sa base légale au titre du RGPD${NB}:`,
  },
  transfersHeaders: {
    en: ['Actor', 'Country', 'In the EEA', 'Transfer', 'Legal basis (GDPR)', 'Purpose'],
    fr: ['Acteur', 'Pays', 'Dans l’EEE', 'Transfert', 'Base légale (RGPD)', 'Finalité'],
  },
  storage: { en: 'storage', fr: 'stockage' },
  storageAt: { en: 'storage (site {site})', fr: 'stockage (site {site})' },
  remoteAccess: { en: 'remote access', fr: 'accès à distance' },
  storageBasis: { en: 'none: storage outside the EEA is not allowed (EXI-28)', fr: `aucune${NB}: le stockage hors de l’EEE n’est pas admis (EXI-28)` },
};

const outsideEea = (code: string | undefined) => code !== undefined && isCountry(code) && !isInEea(code);
const countryLabel = (code: string, locale: Locale) => `${countryName(code, locale)} (${code})`;
const eeaWord = (code: string, locale: Locale) => (!isCountry(code) ? '?' : isInEea(code) ? say.yes[locale] : say.no[locale]);

function activityNames(ids: readonly string[], locale: Locale): string {
  return ids.map((id) => {
    const entry = catalogActivity(id);
    return entry ? `${entry.number}. ${entry.name[locale]}` : id;
  }).join(', ');
}

function basisText(basis: string | undefined, locale: Locale): string {
  if (!basis) return say.noBasis[locale];
  const entry = legalBasis(basis);
  return entry ? `${entry.name[locale]} (${locale === 'fr' ? 'RGPD' : 'GDPR'} ${entry.gdpr})` : basis;
}

/** The coverage rows of the presentation of guarantees: the host first, supervised subcontractors left out. */
export function guaranteeRows(coverage: DeclarationCoverageFacts): ActorCoverageFacts[] {
  return [...(coverage.host ? [coverage.host] : []), ...coverage.subcontractors].filter((row) => !row.underHostSupervision);
}

function actorName(row: ActorCoverageFacts, locale: Locale): string {
  if (row.kind === 'host') return row.name ? `${row.name} (${say.host[locale].toLowerCase()})` : say.host[locale];
  return row.name ? `${row.name} (${row.id ?? '?'})` : row.id ?? '?';
}

function certificateText(row: ActorCoverageFacts, locale: Locale): string {
  const certificate = row.certificate;
  if (!certificate) return say.noCertificate[locale];
  const validity = !certificate.expires ? say.noExpiry[locale] : certificate.status === 'expired' ? localize(say.expired, locale, { date: dated(certificate.expires) }) : localize(say.until, locale, { date: dated(certificate.expires) });
  return [
    certificate.number ?? '?',
    certificate.body ? localize(say.issuedBy, locale, { body: certificate.body }) : undefined,
    localize(say.covers, locale, { activities: activityNames(certificate.activities, locale) || NONE }),
    validity,
  ].filter(Boolean).join('\n');
}

function secnumcloudText(row: ActorCoverageFacts, locale: Locale): string {
  if (row.answers.secnumcloud === 'missing') return say.notAnswered[locale];
  if (!row.secnumcloud) return say.no[locale];
  return row.secnumcloudServices.length > 0 ? localize(say.services, locale, { services: row.secnumcloudServices.join(', ') }) : say.yes[locale];
}

function remoteAccessText(row: ActorCoverageFacts, locale: Locale): string {
  if (row.answers.remoteAccess === 'missing') return say.notAnswered[locale];
  if (row.answers.remoteAccess === 'none') return say.none[locale];
  return row.remoteAccess
    .filter((access) => outsideEea(access.from))
    .map((access) => [`${countryLabel(access.from!, locale)}${locale === 'fr' ? NB : ''}: ${basisText(access.basis, locale)}`, access.purpose].filter(Boolean).join(' — '))
    .join('\n');
}

function lawsText(row: ActorCoverageFacts, locale: Locale): string {
  if (row.answers.laws === 'missing') return say.notAnswered[locale];
  if (row.answers.laws === 'none') return say.noLaw[locale];
  return row.laws.map((law) => `${law.law ?? '?'} — ${law.mitigations?.trim() ? localize(say.mitigations, locale, { text: law.mitigations.trim() }) : say.noMitigations[locale]}`).join('\n');
}

/** Storage sites, then the countries a subcontractor stores in that no site of its own names. */
function storageRows(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale): string[][] {
  const nameOf = (operator: string | undefined) => {
    if (!operator) return declaration.organization?.name ?? say.host[locale];
    const subcontractor = declaration.subcontractors.find((candidate) => candidate.id === operator);
    return subcontractor?.name ? `${subcontractor.name} (${operator})` : operator;
  };
  const sites = declaration.storage.map((site) => {
    const code = site.country?.value;
    return [site.site ?? NONE, code ? countryLabel(code, locale) : NONE, code ? eeaWord(code, locale) : '?', nameOf(site.operator?.value), activityNames(site.activities.flatMap((reference) => (reference.id ? [reference.id] : [])), locale) || NONE];
  });
  const listed = coverage.subcontractors.flatMap((row) =>
    row.storageCountries
      .filter((country) => !declaration.storage.some((site) => site.operator?.value === row.id && site.country?.value === country.code))
      .map((country) => [NONE, countryLabel(country.code, locale), eeaWord(country.code, locale), nameOf(row.id), NONE]));
  return [...sites, ...listed];
}

export function guaranteesDocument(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale, today: string): ExportDocument {
  const name = declaration.organization?.name ?? say.organization[locale];
  const actorRows = guaranteeRows(coverage).map((row) => [
    actorName(row, locale),
    row.kind === 'host' ? say.host[locale] : row.role ?? NONE,
    certificateText(row, locale),
    secnumcloudText(row, locale),
    activityNames(row.activities, locale) || say.noActivity[locale],
    remoteAccessText(row, locale),
    lawsText(row, locale),
  ]);
  const storage = storageRows(declaration, coverage, locale);
  return {
    locale,
    title: localize(say.guaranteesTitle, locale, { name }),
    subtitle: localize(say.guaranteesSubtitle, locale, { date: dated(today) }),
    sections: [
      { heading: say.actorsHeading[locale], paragraphs: [], table: { headers: say.actorsHeaders[locale], rows: actorRows } },
      storage.length > 0
        ? { heading: say.storageHeading[locale], paragraphs: [], table: { headers: say.storageHeaders[locale], rows: storage } }
        : { heading: say.storageHeading[locale], paragraphs: [say.noStorage[locale]] },
    ],
  };
}

export function transfersDocument(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale, today: string): ExportDocument {
  const name = declaration.organization?.name ?? say.organization[locale];
  const header = { locale, title: localize(say.transfersTitle, locale, { name }), subtitle: localize(say.transfersSubtitle, locale, { date: dated(today) }) };
  const heading = say.transfersHeading[locale];
  // Whether there is anything to map is the sovereignty fact EXI-31 reads.
  if (transfersOutsideEea(declaration).length === 0) return { ...header, sections: [{ heading, paragraphs: [localize(say.noTransfer, locale, { name: declaration.organization?.name ?? capitalized(name) })] }] };
  const everyone = [...(coverage.host ? [coverage.host] : []), ...coverage.subcontractors];
  const actorOf = (id: string | undefined) => {
    const row = id ? everyone.find((candidate) => candidate.kind === 'subcontractor' && candidate.id === id) : coverage.host;
    return row ? actorName(row, locale) : id ?? say.host[locale];
  };
  const stored = [
    ...declaration.storage.filter((site) => outsideEea(site.country?.value)).map((site) => [actorOf(site.operator?.value), countryLabel(site.country!.value, locale), say.no[locale], site.site ? localize(say.storageAt, locale, { site: site.site }) : say.storage[locale], say.storageBasis[locale], NONE]),
    ...coverage.subcontractors.flatMap((row) =>
      row.storageCountries
        .filter((country) => outsideEea(country.code) && !declaration.storage.some((site) => site.operator?.value === row.id && site.country?.value === country.code))
        .map((country) => [actorName(row, locale), countryLabel(country.code, locale), say.no[locale], say.storage[locale], say.storageBasis[locale], NONE])),
  ];
  const accessed = everyone.flatMap((row) =>
    row.remoteAccess.filter((access) => outsideEea(access.from)).map((access) => [actorName(row, locale), countryLabel(access.from!, locale), say.no[locale], say.remoteAccess[locale], basisText(access.basis, locale), access.purpose ?? NONE]));
  return { ...header, sections: [{ heading, paragraphs: [say.someTransfers[locale]], table: { headers: say.transfersHeaders[locale], rows: [...stored, ...accessed] } }] };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
