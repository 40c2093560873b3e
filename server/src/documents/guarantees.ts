// The chapter 8 presentation of guarantees and the EXI-31 transfers page, as documents (title,
// sections, tables) in the user's language. Every answer comes from the coverage the sidebar shows
// (ActorCoverageFacts and its `answers`), so the documents never say anything the checks do not;
// the HTML and Markdown writers only lay them out. Customer documents name actors by their display
// names, never by the declaration's internal ids. The words EXI-31 prescribes and the chapter 8
// column headings come from server/catalog/transfers-page.json, in French as the referential
// writes them; an English document adds a translation, marked as such.
import type { ActorCoverageFacts, Declaration, DeclarationCoverageFacts, Locale } from '../engine';
import { activity as catalogActivity, adequacyDecision, countryName, isCountry, isInEea, legalBasis, type ActivityId } from '../engine/catalog';
import { dated, localize } from '../engine/text';
import { contractReference } from '../engine/facts/contract';
import transfersPageData from '../../catalog/transfers-page.json';

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

interface Prescribed { fr: string; translation: string }
const catalog = transfersPageData as { prescribed: { secnumcloud: Prescribed; noTransfer: Prescribed }; chapter8Headers: { fr: string[]; en: string[] } };
/** The chapter 8 column headings: the referential's French; in English, the rendering with the French beneath. */
export const CHAPTER8_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  fr: catalog.chapter8Headers.fr,
  en: catalog.chapter8Headers.en.map((heading, index) => `${heading}\n(${catalog.chapter8Headers.fr[index]})`),
};
/** The sentences EXI-31 prescribes, word for word. */
export const PRESCRIBED = catalog.prescribed;

const say = {
  organization: { en: 'the organisation', fr: 'l’organisation' },
  guaranteesTitle: { en: 'Presentation of guarantees — {name}', fr: 'Présentation des garanties — {name}' },
  guaranteesSubtitle: {
    en: 'HDS v2 referential, chapter 8: the host and each subcontractor not acting under its supervision; those acting under it are listed as exempt, with their access. As of {date}.',
    fr: 'Référentiel HDS v2, chapitre 8\u00a0: l’hébergeur et chaque sous-traitant qui n’agit pas sous sa supervision\u00a0; ceux qui agissent sous elle figurent comme exemptés, avec leurs accès. Au {date}.',
  },
  actorsHeading: { en: 'Actors', fr: 'Acteurs' },
  offerHeading: { en: 'Offer: {name}', fr: 'Offre\u00a0: {name}' },
  offerActivities: { en: 'HDS activities of the offer: {activities}.', fr: 'Activités HDS de l’offre\u00a0: {activities}.' },
  offerActivityHeading: { en: '{offer} — certified activity {activity}', fr: '{offer} — activité certifiée {activity}' },
  offerActivityTransfersHeading: { en: '{offer} — certified activity {activity}: transfers outside the EEA', fr: '{offer} — activité certifiée {activity}\u00a0: transferts hors de l’EEE' },
  storageHeading: { en: 'Storage locations', fr: 'Lieux de stockage' },
  storageHeaders: {
    en: ['Site', 'Country', 'In the EEA', 'Operator', 'Activities'],
    fr: ['Site', 'Pays', 'Dans l’EEE', 'Opérateur', 'Activités'],
  },
  noStorage: { en: 'The declaration names no storage location.', fr: 'La déclaration ne nomme aucun lieu de stockage.' },
  host: { en: 'Host', fr: 'Hébergeur' },
  subcontractor: { en: 'Subcontractor', fr: 'Sous-traitant' },
  unnamed: { en: '(unnamed)', fr: '(sans nom)' },
  certifiedYes: { en: 'Yes', fr: 'Oui' },
  certifiedNo: { en: 'No: no HDS certificate', fr: 'Non\u00a0: aucun certificat HDS' },
  exempt: {
    en: 'Exempt: acts under the host’s security policy and supervision, within its certified scope',
    fr: 'Exempté\u00a0: agit sous la politique de sécurité et la supervision de l’hébergeur, dans le périmètre de sa certification',
  },
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
  scope: { en: 'scope of the adequacy decision: {scope}', fr: 'portée de la décision d’adéquation\u00a0: {scope}' },
  inScope: { en: 'the recipient states it is within it', fr: 'le destinataire déclare en relever' },
  outOfScope: { en: 'the recipient states it is not within it', fr: 'le destinataire déclare ne pas en relever' },
  scopeUnstated: { en: 'whether the recipient is within it is not stated', fr: 'il n’est pas indiqué si le destinataire en relève' },
  informed: { en: 'customer informed: {where}', fr: 'client informé\u00a0: {where}' },
  notInformed: { en: 'customer informed: not stated', fr: 'client informé\u00a0: non indiqué' },
  law: { en: 'Law: {text}', fr: 'Loi\u00a0: {text}' },
  mitigations: { en: 'Mitigations: {text}', fr: 'Mesures d’atténuation\u00a0: {text}' },
  residual: { en: 'Residual risks: {text}', fr: 'Risques résiduels\u00a0: {text}' },
  lawInformed: { en: 'Customer informed: {text}', fr: 'Client informé\u00a0: {text}' },
  notStated: { en: 'not stated', fr: 'non indiqué' },
  transfersTitle: { en: 'Transfers of health data outside the EEA — {name}', fr: 'Transferts de données de santé hors de l’EEE — {name}' },
  transfersSubtitle: {
    en: 'Public information required by requirement EXI-31 of the HDS v2 referential, for each certified activity. Last updated on {date}.',
    fr: 'Information publique exigée par l’exigence EXI-31 du référentiel HDS v2, pour chaque activité certifiée. Dernière mise à jour le {date}.',
  },
  storedIn: { en: 'Health data is stored in: {countries}.', fr: `Les données de santé sont stockées en${NB}: {countries}.` },
  activityHeading: { en: 'Certified activity {activity}', fr: 'Activité certifiée {activity}' },
  activityTransfersHeading: { en: 'Certified activity {activity}: transfers outside the EEA', fr: 'Activité certifiée {activity}\u00a0: transferts hors de l’EEE' },
  translation: { en: '(translation) {text}', fr: '{text}' },
  chapter8: {
    en: 'This activity involves a transfer of health data outside the European Economic Area (EEA) or a risk of unauthorised access under non-European law (EXI-30): the information of the chapter 8 table for each actor who takes part in it.',
    fr: `Cette activité comporte un transfert de données de santé hors de l’EEE (l’Espace économique européen) ou un risque d’accès non autorisé au titre d’une législation non européenne (EXI-30)${NB}: voici, pour chaque acteur qui y prend part, les informations du tableau du chapitre 8.`,
  },
  transfersIntro: {
    en: 'Each storage location and each access from outside the EEA, with its legal basis under the GDPR:',
    fr: `Chaque lieu de stockage et chaque accès situé hors de l’EEE, avec sa base légale au titre du RGPD${NB}:`,
  },
  transfersHeaders: {
    en: ['Actor', 'Country', 'Transfer', 'Legal basis (GDPR)', 'Purpose'],
    fr: ['Acteur', 'Pays', 'Transfert', 'Base légale (RGPD)', 'Finalité'],
  },
  storage: { en: 'storage', fr: 'stockage' },
  storageAt: { en: 'storage (site {site})', fr: 'stockage (site {site})' },
  remoteAccess: { en: 'remote access', fr: 'accès à distance' },
  storageBasis: { en: 'none: storage outside the EEA is not allowed (EXI-28)', fr: `aucune${NB}: le stockage hors de l’EEE n’est pas admis (EXI-28)` },
};

const outsideEea = (code: string | undefined) => code !== undefined && isCountry(code) && !isInEea(code);
const countryLabel = (code: string, locale: Locale) => `${countryName(code, locale)} (${code})`;
const eeaWord = (code: string, locale: Locale) => (!isCountry(code) ? '?' : isInEea(code) ? say.yes[locale] : say.no[locale]);
const colon = (locale: Locale) => (locale === 'fr' ? `${NB}:` : ':');

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

/** The rows of the presentation of guarantees: the host first, then each subcontractor; those under the host's supervision are marked exempt. */
export function guaranteeRows(coverage: DeclarationCoverageFacts): ActorCoverageFacts[] {
  const subcontractors = coverage.subcontractors;
  return [...(coverage.host ? [coverage.host] : []), ...subcontractors.filter((row) => !row.underHostSupervision), ...subcontractors.filter((row) => row.underHostSupervision)];
}

/** The actor's display name: the organisation's or the subcontractor's name, never its id. */
function actorName(row: ActorCoverageFacts, locale: Locale): string {
  return row.name?.trim() ? row.name : say.unnamed[locale];
}

function roleText(row: ActorCoverageFacts, locale: Locale): string {
  if (row.kind === 'host') return say.host[locale];
  return row.role?.trim() ? `${say.subcontractor[locale]}${colon(locale)} ${row.role}` : say.subcontractor[locale];
}

function certificateText(row: ActorCoverageFacts, locale: Locale): string {
  const certificate = row.certificate;
  if (!certificate) return row.underHostSupervision ? say.exempt[locale] : say.certifiedNo[locale];
  const validity = !certificate.expires ? say.noExpiry[locale] : certificate.status === 'expired' ? localize(say.expired, locale, { date: dated(certificate.expires) }) : localize(say.until, locale, { date: dated(certificate.expires) });
  return [
    `${say.certifiedYes[locale]}${colon(locale)} ${certificate.number ?? '?'}`,
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

/** Where the customer is told: on the answer itself, else the contract's clause for the requirement. */
function informedWhere(written: string | undefined, declaration: Declaration, requirement: 'EXI-29' | 'EXI-30'): string | undefined {
  return written?.trim() ? written.trim() : contractReference(declaration, requirement)?.reference;
}

function scopeText(access: ActorCoverageFacts['remoteAccess'][number], locale: Locale): string | undefined {
  if (access.basis !== 'adequacy' || !access.from) return undefined;
  const decision = adequacyDecision(access.from);
  if (!decision?.scope) return undefined;
  const key = decision.requires?.key;
  const stated = key === undefined ? undefined : access.scope[key];
  const answer = key === undefined ? undefined : stated === true ? say.inScope[locale] : stated === false ? say.outOfScope[locale] : say.scopeUnstated[locale];
  return localize(say.scope, locale, { scope: [decision.scope[locale].replace(/\.\s*$/, ''), answer].filter(Boolean).join(locale === 'fr' ? `${NB}; ` : '; ') });
}

/** EXI-29: each access from outside the EEA, its country, basis, the adequacy decision's scope and where the customer is informed. */
function remoteAccessText(row: ActorCoverageFacts, declaration: Declaration, locale: Locale): string {
  if (row.answers.remoteAccess === 'missing') return say.notAnswered[locale];
  if (row.answers.remoteAccess === 'none') return say.none[locale];
  return row.remoteAccess
    .filter((access) => outsideEea(access.from))
    .map((access) => {
      const where = informedWhere(access.customerInformed, declaration, 'EXI-29');
      return [
        [`${countryLabel(access.from!, locale)}${colon(locale)} ${basisText(access.basis, locale)}`, access.purpose].filter(Boolean).join(' — '),
        scopeText(access, locale),
        where ? localize(say.informed, locale, { where }) : say.notInformed[locale],
      ].filter(Boolean).join('\n');
    })
    .join('\n\n');
}

/** EXI-30, in its four parts for each law: the law, the mitigations, the residual risks, where the contract informs the customer. */
function lawsText(row: ActorCoverageFacts, declaration: Declaration, locale: Locale): string {
  if (row.answers.laws === 'missing') return say.notAnswered[locale];
  if (row.answers.laws === 'none') return say.noLaw[locale];
  const part = (template: typeof say.law, text: string | undefined) => localize(template, locale, { text: text?.trim() ? text.trim() : say.notStated[locale] });
  return row.laws.map((law) => [
    part(say.law, law.law),
    part(say.mitigations, law.mitigations),
    part(say.residual, law.residualRisks),
    part(say.lawInformed, informedWhere(law.customerInformed, declaration, 'EXI-30')),
  ].join('\n')).join('\n\n');
}

/** One row of the chapter 8 table; within an offer, the actor's activities are those of the offer. */
function chapter8Row(row: ActorCoverageFacts, declaration: Declaration, locale: Locale, offer?: OfferFacts): string[] {
  const activities = offer ? row.activities.filter((id) => offer.activities.includes(id)) : row.activities;
  return [
    actorName(row, locale),
    roleText(row, locale),
    certificateText(row, locale),
    secnumcloudText(row, locale),
    activityNames(activities, locale) || say.noActivity[locale],
    remoteAccessText(row, declaration, locale),
    lawsText(row, declaration, locale),
  ];
}

function displayName(declaration: Declaration, coverage: DeclarationCoverageFacts, operator: string | undefined, locale: Locale): string {
  if (!operator) return declaration.organization?.name ?? say.host[locale];
  const row = coverage.subcontractors.find((candidate) => candidate.id === operator);
  return row ? actorName(row, locale) : say.unnamed[locale];
}

/** Storage sites, then the countries a subcontractor stores in that no site of its own names. */
function storageRows(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale): string[][] {
  const sites = declaration.storage.map((site) => {
    const code = site.country?.value;
    return [site.site ?? NONE, code ? countryLabel(code, locale) : NONE, code ? eeaWord(code, locale) : '?', displayName(declaration, coverage, site.operator?.value, locale), activityNames(site.activities.flatMap((reference) => (reference.id ? [reference.id] : [])), locale) || NONE];
  });
  const listed = coverage.subcontractors.flatMap((row) =>
    row.storageCountries
      .filter((country) => !declaration.storage.some((site) => site.operator?.value === row.id && site.country?.value === country.code))
      .map((country) => [NONE, countryLabel(country.code, locale), eeaWord(country.code, locale), actorName(row, locale), NONE]));
  return [...sites, ...listed];
}

/** An offer of the host (`transfers.offers`), as the documents read it. */
export interface OfferFacts {
  name: string;
  activities: ActivityId[];
  /** The subcontractors taking part, by id; undefined: those performing one of the offer's activities. */
  subcontractors?: string[];
}

/** The declared offers, in order; none when the declaration publishes one table for everything. */
export function offersOf(declaration: Declaration): OfferFacts[] {
  return declaration.offers.map((offer) => ({
    name: offer.name ?? offer.id ?? '?',
    activities: offer.activities.flatMap((reference) => (reference.id ? [reference.id] : [])),
    subcontractors: offer.subcontractors?.map((reference) => reference.value),
  }));
}

/** Whether an actor takes part in an offer: the host always; a subcontractor when the offer names it, or else when it performs one of its activities (or names none). */
function takesPart(row: ActorCoverageFacts, offer: OfferFacts | undefined): boolean {
  if (!offer || row.kind === 'host') return true;
  if (offer.subcontractors) return row.id !== undefined && offer.subcontractors.includes(row.id);
  return row.activities.length === 0 || row.activities.some((id) => offer.activities.includes(id));
}

export function guaranteesDocument(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale, today: string): ExportDocument {
  const name = declaration.organization?.name ?? say.organization[locale];
  const storage = storageRows(declaration, coverage, locale);
  const headers = [...CHAPTER8_HEADERS[locale]];
  const offers = offersOf(declaration);
  const actorSections: DocumentSection[] = offers.length === 0
    ? [{ heading: say.actorsHeading[locale], paragraphs: [], table: { headers, rows: guaranteeRows(coverage).map((row) => chapter8Row(row, declaration, locale)) } }]
    : offers.map((offer) => ({
      heading: localize(say.offerHeading, locale, { name: offer.name }),
      paragraphs: [localize(say.offerActivities, locale, { activities: activityNames(offer.activities, locale) || NONE })],
      table: { headers, rows: guaranteeRows(coverage).filter((row) => takesPart(row, offer)).map((row) => chapter8Row(row, declaration, locale, offer)) },
    }));
  return {
    locale,
    title: localize(say.guaranteesTitle, locale, { name }),
    subtitle: localize(say.guaranteesSubtitle, locale, { date: dated(today) }),
    sections: [
      ...actorSections,
      storage.length > 0
        ? { heading: say.storageHeading[locale], paragraphs: [], table: { headers: say.storageHeaders[locale], rows: storage } }
        : { heading: say.storageHeading[locale], paragraphs: [say.noStorage[locale]] },
    ],
  };
}

/** Which form EXI-31 prescribes for a certified activity. */
export type TransfersForm = 'secnumcloud' | 'no-transfer' | 'chapter-8';

export interface ActivityTransfers {
  activity: ActivityId;
  form: TransfersForm;
  /** The actors taking part in it: the host, the subcontractors performing it, and those whose activities are not named. */
  actors: ActorCoverageFacts[];
  /** Each storage (site or country) and each access outside the EEA, by actor. */
  transfers: { actor: ActorCoverageFacts | undefined; country: string; kind: 'storage' | 'remote-access'; site?: string; basis?: string; purpose?: string }[];
}

/**
 * The EXI-31 reading of each certified activity (the host's certificate's activities, else those it
 * performs): SecNumCloud 3.2 for the host and every subcontractor taking part (for their whole offer)
 * gives form (a); else no transfer and no EXI-30 exposure gives form (b); else the chapter 8
 * information (c). Every access from outside the EEA counts, supervised subcontractors' included.
 */
export function transfersByActivity(declaration: Declaration, coverage: DeclarationCoverageFacts, offer?: OfferFacts): ActivityTransfers[] {
  const host = coverage.host;
  const certified = host?.certificate?.activities.length ? host.certificate.activities : host?.activities.length ? host.activities : coverage.activities.filter((entry) => entry.state !== 'out-of-scope').map((entry) => entry.id);
  const ordered = coverage.activities.map((entry) => entry.id).filter((id) => certified.includes(id) && (!offer || offer.activities.includes(id)));
  return ordered.map((activity): ActivityTransfers => {
    const actors = [...(host ? [host] : []), ...coverage.subcontractors.filter((row) => (row.activities.length === 0 || row.activities.includes(activity)) && takesPart(row, offer))];
    const transfers: ActivityTransfers['transfers'] = [];
    for (const site of declaration.storage) {
      const country = site.country?.value;
      const concerns = site.activities.length === 0 || site.activities.some((reference) => reference.id === activity);
      if (!concerns || !outsideEea(country)) continue;
      const operator = site.operator?.value;
      transfers.push({ actor: operator ? coverage.subcontractors.find((row) => row.id === operator) : host, country: country!, kind: 'storage', site: site.site });
    }
    for (const row of actors) {
      if (row.kind === 'subcontractor') {
        for (const country of row.storageCountries) {
          if (outsideEea(country.code) && !declaration.storage.some((site) => site.operator?.value === row.id && site.country?.value === country.code)) transfers.push({ actor: row, country: country.code, kind: 'storage' });
        }
      }
    }
    for (const row of actors) {
      for (const access of row.remoteAccess) if (outsideEea(access.from)) transfers.push({ actor: row, country: access.from!, kind: 'remote-access', basis: access.basis, purpose: access.purpose });
    }
    const qualified = actors.filter((row) => !row.underHostSupervision).every((row) => row.secnumcloud === true && row.secnumcloudServices.length === 0);
    const exposed = actors.some((row) => row.answers.laws === 'declared');
    const form: TransfersForm = actors.length > 0 && qualified ? 'secnumcloud' : transfers.length === 0 && !exposed ? 'no-transfer' : 'chapter-8';
    return { activity, form, actors, transfers };
  });
}

function prescribedParagraphs(sentence: Prescribed, locale: Locale): string[] {
  const french = `«${NB}${sentence.fr}${NB}»`;
  return locale === 'fr' ? [french] : [french, localize(say.translation, locale, { text: sentence.translation })];
}

export function transfersDocument(declaration: Declaration, coverage: DeclarationCoverageFacts, locale: Locale, today: string): ExportDocument {
  const name = declaration.organization?.name ?? say.organization[locale];
  const countries = [...new Set([
    ...declaration.storage.flatMap((site) => (site.country ? [site.country.value] : [])),
    ...coverage.subcontractors.flatMap((row) => row.storageCountries.map((country) => country.code)),
  ])];
  const sections: DocumentSection[] = [{
    heading: say.storageHeading[locale],
    paragraphs: [countries.length > 0 ? localize(say.storedIn, locale, { countries: countries.map((code) => countryLabel(code, locale)).join(', ') }) : say.noStorage[locale]],
  }];
  const offers = offersOf(declaration);
  const groups = offers.length === 0 ? [undefined] : offers;
  for (const offer of groups) for (const entry of transfersByActivity(declaration, coverage, offer)) {
    const activity = activityNames([entry.activity], locale);
    const heading = offer ? localize(say.offerActivityHeading, locale, { offer: offer.name, activity }) : localize(say.activityHeading, locale, { activity });
    const transferRows = entry.transfers.map((transfer) => [
      transfer.actor ? actorName(transfer.actor, locale) : say.unnamed[locale],
      countryLabel(transfer.country, locale),
      transfer.kind === 'remote-access' ? say.remoteAccess[locale] : transfer.site ? localize(say.storageAt, locale, { site: transfer.site }) : say.storage[locale],
      transfer.kind === 'remote-access' ? basisText(transfer.basis, locale) : say.storageBasis[locale],
      transfer.purpose ?? NONE,
    ]);
    const transfersHeading = offer ? localize(say.offerActivityTransfersHeading, locale, { offer: offer.name, activity }) : localize(say.activityTransfersHeading, locale, { activity });
    const transfersSection: DocumentSection = { heading: transfersHeading, paragraphs: [say.transfersIntro[locale]], table: { headers: say.transfersHeaders[locale], rows: transferRows } };
    if (entry.form === 'secnumcloud') {
      sections.push({ heading, paragraphs: prescribedParagraphs(PRESCRIBED.secnumcloud, locale) });
      if (transferRows.length > 0) sections.push(transfersSection);
    } else if (entry.form === 'no-transfer') {
      sections.push({ heading, paragraphs: prescribedParagraphs(PRESCRIBED.noTransfer, locale) });
    } else {
      sections.push({ heading, paragraphs: [say.chapter8[locale]], table: { headers: [...CHAPTER8_HEADERS[locale]], rows: entry.actors.map((row) => chapter8Row(row, declaration, locale, offer)) } });
      if (transferRows.length > 0) sections.push(transfersSection);
    }
  }
  return { locale, title: localize(say.transfersTitle, locale, { name }), subtitle: localize(say.transfersSubtitle, locale, { date: dated(today) }), sections };
}
