// What the HDS sidebar shows: for one checked declaration, how each activity is covered, which
// EXI-05 risk events the analysis covers, and the subcontractor chain. Pure, like the rest of the
// engine: "covered" is derived from the findings the rules produced (and the same model and
// helpers they read), so the views never disagree with the Problems panel.
import { subcontractorAssignments } from './assignments';
import { activities as catalogActivities, activity as catalogActivity, countryName, isCountry, isInEea, riskEvents as catalogRiskEvents, type ActivityId } from './catalog';
import { calendarOf, calendarSummary, type CalendarItem } from './calendar';
import { sentenceDate } from './dates';
import { expiryOf } from './facts/certificates';
import { riskEventCoverage } from './facts/risks';
import { providesInHouse, subcontracts, type ActivityRef, type Certificate, type Declaration, type Ref, type Risk, type Written } from './declaration';
import { actors, type Actor } from './facts/sovereignty';
import { format, quote } from './text';
import type { Finding, Locale, Localized, Location, RuleCode, Severity } from './types';
import { offsetAt, offsetsAt, rangeAt, type Part } from './yamlFile';

/** What every item of the views carries: its localized text and where it is written. */
export interface CoverageText {
  label: string;
  description?: string;
  tooltip?: string;
  /** Where clicking the item leads; absent when the declaration does not write it anywhere. */
  location?: Location;
}

export type CoverageState = 'covered' | 'gap' | 'out-of-scope';
export type ActivityProvision = 'in-house' | 'subcontracted' | 'in-house-and-subcontracted' | 'not-provided' | 'undeclared';
/** ok: nothing to fix; warning / error: the worst finding about the item. */
export type ItemState = 'ok' | 'warning' | 'error';

export interface FindingItem extends CoverageText {
  code: RuleCode;
  severity: Severity;
  /** Accepted by an exception of the declaration: until when, and who approved it. */
  accepted?: { until: string; approvedBy: string };
}

export interface RiskItem extends CoverageText {
  id?: string;
  /** EXI-05 events the risk covers. */
  scenarios: string[];
}

export interface ProviderItem extends CoverageText {
  kind: 'organization' | 'subcontractor';
  /** The subcontractor id (absent for the organisation). */
  id?: string;
  /** False for a `by:` id that no subcontractor declares. */
  declared: boolean;
  certificate?: string;
  /** Its HDS certificate names the activity and has not expired. */
  covers: boolean;
  expires?: string;
  expired: boolean;
}

export interface ActivityCoverage extends CoverageText {
  id: ActivityId;
  number: number;
  name: string;
  provision: ActivityProvision;
  /** Subcontractor ids named for the activity (scope `by:` or the subcontractor's own list). */
  subcontractors: string[];
  state: CoverageState;
  providers: ProviderItem[];
  risks: RiskItem[];
  findings: FindingItem[];
}

export interface RiskEventCoverage extends CoverageText {
  id: string;
  group?: string;
  title: string;
  covered: boolean;
  risks: RiskItem[];
}

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'undated' | 'missing';

/** One line of a subcontractor's "presentation of guarantees". */
export interface SubcontractorDetail extends CoverageText {
  kind: 'certificate' | 'activities' | 'storage' | 'remote-access' | 'law' | 'secnumcloud';
  state: ItemState;
  children: (CoverageText & { state: ItemState })[];
}

/** An actor's answer to a column of the chapter 8 presentation of guarantees: silence is not an answer. */
export type GuaranteeAnswer = 'none' | 'declared' | 'missing';

export interface SubcontractorCoverage extends CoverageText {
  /** The host's own row, or a subcontractor's. */
  kind: 'host' | 'subcontractor';
  id?: string;
  name?: string;
  role?: string;
  activities: ActivityId[];
  certificate?: { number?: string; body?: string; activities: ActivityId[]; expires?: string; status: CertificateStatus };
  storageCountries: { code: string; name: string; inEea: boolean }[];
  remoteAccess: { from?: string; basis?: string; purpose?: string }[];
  laws: { law?: string; mitigations?: string; residualRisks?: string }[];
  secnumcloud?: boolean;
  /** The services the SecNumCloud qualification covers, when it covers only part of the offer. */
  secnumcloudServices: string[];
  /** Acts under the host's supervision: no row of its own in the presentation of guarantees. */
  underHostSupervision: boolean;
  /** The chapter 8 answers: EXI-29 (remote access from outside the EEA), EXI-30 (law exposure), SecNumCloud. */
  answers: { remoteAccess: GuaranteeAnswer; laws: GuaranteeAnswer; secnumcloud: GuaranteeAnswer };
  state: ItemState;
  details: SubcontractorDetail[];
  findings: FindingItem[];
}

export interface CoverageCounts {
  errors: number;
  warnings: number;
  /** Information findings, without the accepted ones. */
  information: number;
  hints: number;
  /** Findings an exception accepts (shown as information), counted apart. */
  accepted: number;
}

export interface DeclarationCoverage {
  /** The organisation's name, when the declaration gives one. */
  organization?: string;
  /** The `hds:` line of the main file. */
  location?: Location;
  counts: CoverageCounts;
  activitiesCovered: number;
  activitiesInScope: number;
  riskEventsCovered: number;
  activities: ActivityCoverage[];
  riskEvents: RiskEventCoverage[];
  /** The host's own row of the presentation of guarantees, when the declaration names its organisation. */
  host?: SubcontractorCoverage;
  subcontractors: SubcontractorCoverage[];
  /** Every dated obligation, overdue first, then in date order. */
  calendar: CalendarItem[];
  /** What is due next, for the status bar: "1 overdue · HDS renewal in 66 d". */
  calendarSummary: CoverageText;
}

export interface CoverageOptions {
  today: string;
  locale: Locale;
}

const text = {
  inHouse: { en: 'In-house', fr: 'En interne' },
  subcontracted: { en: 'Subcontracted to {ids}', fr: 'Sous-traitée à {ids}' },
  subcontractedNobody: { en: 'Subcontracted (to nobody named)', fr: 'Sous-traitée (à personne de nommé)' },
  inHouseAndSubcontracted: { en: 'In-house and subcontracted to {ids}', fr: 'En interne et sous-traitée à {ids}' },
  outOfScope: { en: 'Out of scope', fr: 'Hors périmètre' },
  undeclared: { en: 'Not declared', fr: 'Non déclarée' },
  whyOutOfScope: { en: 'Declared not provided: the activity is outside the certification scope.', fr: 'Déclarée non fournie\u00a0: l’activité est hors du périmètre de certification.' },
  whyUndeclared: { en: 'scope.activities does not say whether this activity is provided, subcontracted or not provided.', fr: "scope.activities ne dit pas si cette activité est assurée, sous-traitée ou non fournie." },
  whyInHouse: { en: 'Provided in-house and covered by the organisation’s HDS certificate {number}.', fr: 'Assurée en interne et couverte par le certificat HDS {number} de l’organisation.' },
  whySubcontracted: { en: 'Subcontracted to {ids}, whose HDS certificates cover it.', fr: 'Sous-traitée à {ids}, dont les certificats HDS la couvrent.' },
  whyGap: { en: 'Not covered: {message}', fr: 'Non couverte\u00a0: {message}' },
  andMore: { en: ' (+{count} more)', fr: ' (+{count} autres)' },
  organization: { en: '{name} (organisation)', fr: '{name} (organisation)' },
  theOrganization: { en: 'The organisation', fr: 'L’organisation' },
  notDeclaredSubcontractor: { en: 'not declared under subcontractors', fr: 'non déclaré sous subcontractors' },
  noCertificate: { en: 'no HDS certificate', fr: 'aucun certificat HDS' },
  certificateCovers: { en: 'certificate {number} covers it, until {expires}', fr: 'certificat {number} la couvre, jusqu’au {expires}' },
  certificateCoversUndated: { en: 'certificate {number} covers it (no expiry date)', fr: 'certificat {number} la couvre (sans date d’expiration)' },
  certificateExpired: { en: 'certificate {number} expired on {expires}', fr: 'certificat {number} expiré le {expires}' },
  certificateMissesIt: { en: 'certificate {number} does not cover it', fr: 'le certificat {number} ne la couvre pas' },
  noRisk: { en: 'No risk covers it', fr: 'Aucun risque ne le couvre' },
  coveredBy: { en: 'Covered by {ids}', fr: 'Couvert par {ids}' },
  notAssessed: { en: 'Named by {ids}, not assessed yet', fr: 'Cité par {ids}, pas encore évalué' },
  risk: { en: 'Risk {id}', fr: 'Risque {id}' },
  certificate: { en: 'HDS certificate {number}', fr: 'Certificat HDS {number}' },
  certificateNone: { en: 'No HDS certificate', fr: 'Aucun certificat HDS' },
  until: { en: 'until {date}', fr: 'jusqu’au {date}' },
  expiredOn: { en: 'expired on {date}', fr: 'expiré le {date}' },
  expiresIn: { en: 'expires on {date}, in {days} days', fr: 'expire le {date}, dans {days} jours' },
  noExpiry: { en: 'no expiry date', fr: 'sans date d’expiration' },
  covering: { en: 'Covers: {activities}', fr: 'Couvre\u00a0: {activities}' },
  issuedBy: { en: 'issued by {body}', fr: 'délivré par {body}' },
  performs: { en: 'Performs', fr: 'Réalise' },
  performsNothing: { en: 'No HDS activity', fr: 'Aucune activité HDS' },
  storage: { en: 'Storage', fr: 'Stockage' },
  noStorage: { en: 'none declared', fr: 'aucun déclaré' },
  outsideEea: { en: 'outside the EEA', fr: 'hors de l’EEE' },
  inEea: { en: 'in the EEA', fr: 'dans l’EEE' },
  unknownCountry: { en: 'not an ISO 3166 country code', fr: 'pas un code pays ISO 3166' },
  remoteAccess: { en: 'Remote access', fr: 'Accès à distance' },
  none: { en: 'none', fr: 'aucun' },
  notAnswered: { en: 'not answered', fr: 'sans réponse' },
  host: { en: 'Host', fr: 'Hébergeur' },
  supervised: { en: 'under the host’s supervision', fr: 'sous la supervision de l’hébergeur' },
  services: { en: 'yes, for {services}', fr: 'oui, pour {services}' },
  from: { en: 'From {country}', fr: 'Depuis {country}' },
  noBasis: { en: 'no legal basis', fr: 'aucune base légale' },
  laws: { en: 'Non-European law exposure', fr: 'Exposition à des lois non européennes' },
  lawComplete: { en: 'mitigations, residual risks and customer information declared', fr: 'mesures, risques résiduels et information du client déclarés' },
  lawIncomplete: { en: 'mitigations, residual risks or customer information missing', fr: 'mesures, risques résiduels ou information du client manquants' },
  unnamedLaw: { en: 'Unnamed law', fr: 'Loi non nommée' },
  secnumcloud: { en: 'SecNumCloud', fr: 'SecNumCloud' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  unnamed: { en: 'Unnamed subcontractor', fr: 'Sous-traitant sans nom' },
  summary: { en: '{covered}/{inScope} · {errors}', fr: '{covered}/{inScope} · {errors}' },
  errors: { en: '{count} errors', fr: '{count} erreurs' },
  oneError: { en: '1 error', fr: '1 erreur' },
  accepted: { en: ' · {count} accepted', fr: ' · {count} acceptés' },
  oneAccepted: { en: ' · 1 accepted', fr: ' · 1 accepté' },
  acceptedTooltip: { en: ' · {count} accepted on record (exceptions)', fr: ' · {count} acceptés et consignés (exceptions)' },
  acceptedUntil: { en: '{code} · accepted until {until}', fr: '{code} · accepté jusqu’au {until}' },
  noErrors: { en: 'no errors', fr: 'aucune erreur' },
  summaryTooltip: {
    en: '{covered} of {inScope} activities in scope covered · {events}/{total} EXI-05 risk events covered · {errors} · {warnings} warnings',
    fr: '{covered} activités couvertes sur {inScope} dans le périmètre · {events}/{total} événements EXI-05 couverts · {errors} · {warnings} avertissements',
  },
} satisfies Record<string, Localized>;

export function computeCoverage(declaration: Declaration, findings: readonly Finding[], options: CoverageOptions): DeclarationCoverage {
  const { locale } = options;
  const t = (entry: Localized, args?: Record<string, string | number>) => format(entry[locale], args);
  const places = new Places(declaration);
  const findingItems = new Map(findings.map((finding) => [finding, toFindingItem(finding)]));
  const about = (predicate: (finding: Finding) => boolean) => findings.filter(predicate).map((finding) => findingItems.get(finding)!);

  const riskItem = (risk: Risk): RiskItem => ({
    id: risk.id,
    scenarios: risk.scenarios.map((scenario) => scenario.value),
    label: risk.id ? t(text.risk, { id: risk.id }) : t(text.risk, { id: '?' }),
    description: [risk.title, risk.scenarios.map((scenario) => `EXI-05 ${scenario.value}`).join(', ')].filter(Boolean).join(' · '),
    tooltip: risk.title,
    location: places.location(risk.at, 'key'),
  });

  const assignments = subcontractorAssignments(declaration);
  const activities = catalogActivities.map((entry): ActivityCoverage => {
    const scope = declaration.activities.find((candidate) => candidate.activity.id === entry.id);
    const provision: ActivityProvision = scope?.provided ?? 'undeclared';
    const assigned = assignments.filter((assignment) => assignment.activity === entry.id).map((assignment) => assignment.subcontractor);
    const subcontractorIds = unique([...(scope?.by.map((by) => by.value) ?? []), ...assigned.flatMap((subcontractor) => (subcontractor.id ? [subcontractor.id] : []))]);

    const providers: ProviderItem[] = [];
    /** The certificates the activity relies on: findings written inside them concern it. */
    const certificates: Ref[] = [];
    if (providesInHouse(scope?.provided)) {
      const certificate = declaration.hdsCertificate;
      if (certificate) certificates.push(certificate.at);
      providers.push(providerItem('organization', undefined, declaration.organization?.name, certificate, entry.id, declaration.organization?.at ?? certificate?.at));
    }
    if (provision !== 'not-provided') {
      for (const id of subcontractorIds) {
        const subcontractor = declaration.subcontractors.find((candidate) => candidate.id === id);
        if (subcontractor?.certificate) certificates.push(subcontractor.certificate.at);
        providers.push(providerItem('subcontractor', id, subcontractor?.name, subcontractor?.certificate, entry.id, subcontractor?.at ?? scope?.by.find((by) => by.value === id)?.at, subcontractor !== undefined));
      }
    }

    const activityFindings = about((finding) =>
      finding.data?.activity === entry.id ||
      (scope !== undefined && places.contains(scope.at, finding)) ||
      (provision !== 'not-provided' && certificates.some((certificate) => places.contains(certificate, finding))));
    const errors = activityFindings.filter((finding) => finding.severity === 'error');
    const state: CoverageState = provision === 'not-provided' ? 'out-of-scope' : provision === 'undeclared' || errors.length > 0 ? 'gap' : 'covered';

    const description =
      provision === 'in-house' ? t(text.inHouse)
      : provision === 'in-house-and-subcontracted' ? (subcontractorIds.length > 0 ? t(text.inHouseAndSubcontracted, { ids: subcontractorIds.join(', ') }) : t(text.subcontractedNobody))
      : subcontracts(scope?.provided) ? (subcontractorIds.length > 0 ? t(text.subcontracted, { ids: subcontractorIds.join(', ') }) : t(text.subcontractedNobody))
      : provision === 'not-provided' ? t(text.outOfScope)
      : t(text.undeclared);
    const reason =
      state === 'out-of-scope' ? t(text.whyOutOfScope)
      : provision === 'undeclared' ? t(text.whyUndeclared)
      : errors.length > 0 ? t(text.whyGap, { message: errors[0].label }) + (errors.length > 1 ? t(text.andMore, { count: errors.length - 1 }) : '')
      : provision === 'in-house' ? t(text.whyInHouse, { number: quote(declaration.hdsCertificate?.number ?? '?', locale) })
      : provision === 'in-house-and-subcontracted' ? `${t(text.whyInHouse, { number: quote(declaration.hdsCertificate?.number ?? '?', locale) })} ${t(text.whySubcontracted, { ids: subcontractorIds.join(', ') })}`
      : t(text.whySubcontracted, { ids: subcontractorIds.join(', ') });
    const name = entry.name[locale];
    return {
      id: entry.id,
      number: entry.number,
      name,
      provision,
      subcontractors: subcontractorIds,
      state,
      label: `${entry.number}. ${name}`,
      description,
      tooltip: `${entry.number}. ${name} — ${description}\n${reason}`,
      location: scope ? places.location(scope.at, 'key') : places.section('scope'),
      providers,
      risks: declaration.risks.filter((risk) => risk.activities.some((reference) => reference.id === entry.id)).map(riskItem),
      findings: activityFindings,
    };
  });

  const riskEvents = riskEventCoverage(declaration).map(({ event, covering, unassessed }): RiskEventCoverage => {
    // Only assessed risks cover an event; the others are listed after them, as work to finish.
    const risks = covering;
    const finding = findings.find((candidate) => candidate.code === 'risk-event-uncovered' && candidate.data?.event === event.id);
    const title = event.title[locale];
    return {
      id: event.id,
      group: event.group?.[locale],
      title,
      covered: risks.length > 0,
      label: `${event.id} — ${title}`,
      description: risks.length > 0 ? t(text.coveredBy, { ids: risks.map((risk) => risk.id ?? '?').join(', ') })
        : unassessed.length > 0 ? t(text.notAssessed, { ids: unassessed.map((risk) => risk.id ?? '?').join(', ') })
        : t(text.noRisk),
      tooltip: [event.group ? `${event.group[locale]} — ${title}` : title, event.summary[locale]].join('\n'),
      location: risks.length > 0 ? places.location(risks[0].at, 'key') : unassessed.length > 0 ? places.location(unassessed[0].at, 'key') : finding ? { uri: finding.uri, range: finding.range } : places.section('risks'),
      risks: [...covering, ...unassessed].map(riskItem),
    };
  });

  const actorRows = actors(declaration).map((actor) => {
    const at = actor.at;
    const actorFindings = actor.kind === 'host'
      ? about((finding) => finding.data?.actor === 'host' || (declaration.hdsCertificate !== undefined && places.contains(declaration.hdsCertificate.at, finding)) || places.contains(at, finding))
      : about((finding) => (actor.id !== undefined && finding.data?.subcontractor === actor.id) || places.contains(at, finding));
    return actorCoverage(actor, actorFindings);
  });
  const host = actorRows.find((row) => row.kind === 'host');
  const subcontractors = actorRows.filter((row) => row.kind === 'subcontractor');

  const counts: CoverageCounts = { errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0 };
  for (const finding of findings) {
    if (finding.accepted) counts.accepted++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else if (finding.severity === 'information') counts.information++;
    else counts.hints++;
  }
  const hds = declaration.sections.get('hds')?.[0];
  const calendar = calendarOf(declaration, options);
  return {
    organization: declaration.organization?.name,
    location: hds ? places.location(hds, 'key') : undefined,
    counts,
    activitiesCovered: activities.filter((entry) => entry.state === 'covered').length,
    activitiesInScope: activities.filter((entry) => entry.state !== 'out-of-scope').length,
    riskEventsCovered: riskEvents.filter((event) => event.covered).length,
    activities,
    riskEvents,
    host,
    subcontractors,
    calendar,
    calendarSummary: calendarSummary(calendar, locale),
  };

  function toFindingItem(finding: Finding): FindingItem {
    const item: FindingItem = { code: finding.code, severity: finding.severity, label: finding.message, description: finding.code, tooltip: finding.message, location: { uri: finding.uri, range: finding.range } };
    if (finding.accepted) {
      item.accepted = { until: finding.accepted.until, approvedBy: finding.accepted.approvedBy };
      item.description = t(text.acceptedUntil, { code: finding.code, until: sentenceDate(finding.accepted.until, locale) });
    }
    return item;
  }

  function providerItem(kind: ProviderItem['kind'], id: string | undefined, name: string | undefined, certificate: Certificate | undefined, activity: ActivityId, at: Ref | undefined, declared = true): ProviderItem {
    const expires = certificate?.expires?.value;
    const expired = expiryOf(expires, options.today).status === 'expired';
    const names = certificate?.activities.some((reference) => reference.id === activity) ?? false;
    const number = quote(certificate?.number ?? '?', locale);
    const description = !declared ? t(text.notDeclaredSubcontractor)
      : !certificate ? t(text.noCertificate)
      : !names ? t(text.certificateMissesIt, { number })
      : expired ? t(text.certificateExpired, { number, expires: expires! })
      : expires ? t(text.certificateCovers, { number, expires })
      : t(text.certificateCoversUndated, { number });
    const label = kind === 'organization' ? (name ? t(text.organization, { name }) : t(text.theOrganization)) : name ? `${id} — ${name}` : id ?? '?';
    return {
      kind,
      id,
      declared,
      certificate: certificate?.number,
      covers: declared && names && !expired,
      expires,
      expired,
      label,
      description,
      tooltip: `${label}: ${description}`,
      location: places.location(certificate?.at ?? at, 'key'),
    };
  }

  function actorCoverage(actor: Actor, subcontractorFindings: FindingItem[]): SubcontractorCoverage {
    const subcontractor = actor;
    const stateOf = (items: FindingItem[]): ItemState => (items.some((item) => item.severity === 'error') ? 'error' : items.some((item) => item.severity === 'warning') ? 'warning' : 'ok');
    const inside = (at: Ref | undefined) => (at ? subcontractorFindings.filter((item) => item.location && places.containsLocation(at, item.location)) : []);
    const activityNames = (references: readonly ActivityRef[]) =>
      references.map((reference) => (reference.id ? `${catalogActivity(reference.id)!.number}. ${catalogActivity(reference.id)!.name[locale]}` : String(reference.written))).join(', ');
    const details: SubcontractorDetail[] = [];

    const certificate = actor.kind === 'host' ? declaration.hdsCertificate : actor.subcontractor!.certificate;
    const expires = certificate?.expires?.value;
    const expiry = expiryOf(expires, options.today);
    const days = expiry.days;
    const status: CertificateStatus = !certificate ? 'missing' : expiry.status;
    const validity = !certificate ? undefined
      : status === 'expired' ? t(text.expiredOn, { date: expires! })
      : status === 'expiring' ? t(text.expiresIn, { date: expires!, days: days! })
      : expires ? t(text.until, { date: expires }) : t(text.noExpiry);
    details.push({
      kind: 'certificate',
      label: certificate ? t(text.certificate, { number: certificate.number ?? '?' }) : t(text.certificateNone),
      description: certificate ? [validity, certificate.body ? t(text.issuedBy, { body: certificate.body }) : undefined].filter(Boolean).join(' · ') : undefined,
      tooltip: certificate ? t(text.covering, { activities: activityNames(certificate.activities) || t(text.none) }) : undefined,
      location: places.location(certificate?.at ?? subcontractor.at, 'key'),
      state: certificate ? stateOf(actor.kind === 'host' ? subcontractorFindings.filter((item) => item.location && places.containsLocation(certificate.at, item.location)) : inside(certificate.at)) : subcontractorFindings.some((item) => item.code === 'subcontractor-uncertified' && item.severity === 'error') ? 'error' : 'ok',
      children: [],
    });

    // The host performs what it provides in-house; a subcontractor what the scope or its own list assigns it.
    const performed: { activity: ActivityId }[] = actor.kind === 'host'
      ? declaration.activities.flatMap((scope) => (scope.activity.id && providesInHouse(scope.provided) ? [{ activity: scope.activity.id }] : []))
      : assignments.filter((assignment) => assignment.subcontractor === actor.subcontractor);
    details.push({
      kind: 'activities',
      label: t(text.performs),
      description: performed.length > 0 ? inLegalOrderNames(performed.map((assignment) => assignment.activity)) : t(text.performsNothing),
      location: actor.kind === 'host' ? places.section('scope') : places.location({ file: subcontractor.at.file, path: [...subcontractor.at.path, 'activities'] }, 'key'),
      state: stateOf(subcontractorFindings.filter((item) => ['subcontractor-uncertified', 'subcontractor-certificate-scope', 'unknown-activity'].includes(item.code))),
      children: [],
    });

    // The host's own storage: the sites no subcontractor operates.
    const stored: Written<string>[] = actor.kind === 'host'
      ? declaration.storage.flatMap((site) => (site.country && !site.operator ? [site.country] : []))
      : actor.subcontractor!.storageCountries;
    const countries = stored.map((country) => {
      const inEea = isInEea(country.value);
      const name = countryName(country.value, locale);
      return {
        code: country.value,
        name,
        inEea,
        item: { label: `${name} (${country.value})`, description: t(!isCountry(country.value) ? text.unknownCountry : inEea ? text.inEea : text.outsideEea), location: places.location(country.at, 'value'), state: stateOf(inside(country.at)) },
      };
    });
    details.push({
      kind: 'storage',
      label: t(text.storage),
      description: countries.length > 0 ? countries.map((country) => country.code).join(', ') : t(text.noStorage),
      location: actor.kind === 'host' ? places.section('scope') : places.location({ file: subcontractor.at.file, path: [...subcontractor.at.path, 'storage_countries'] }, 'key'),
      state: worst(countries.map((country) => country.item.state)),
      children: countries.map((country) => country.item),
    });

    const accesses = subcontractor.remoteAccess.map((access) => {
      const from = access.from?.value;
      const item = {
        label: t(text.from, { country: from ? `${countryName(from, locale)} (${from})` : '?' }),
        description: [access.basis?.value ?? t(text.noBasis), access.purpose].filter(Boolean).join(' · '),
        tooltip: access.purpose,
        location: places.location(access.at, 'value'),
        state: stateOf(inside(access.at)),
      };
      return item;
    });
    details.push({
      kind: 'remote-access',
      label: t(text.remoteAccess),
      description: accesses.length > 0 ? unique(subcontractor.remoteAccess.map((access) => access.from?.value ?? '?')).join(', ') : t(actor.remoteAccessAnswer ? text.none : text.notAnswered),
      location: places.location(actor.remoteAccessAnswer ?? subcontractor.at, 'key'),
      state: worst([...accesses.map((access) => access.state), stateOf(subcontractorFindings.filter((item) => item.code === 'guarantees-answer-missing' && /remote_access/.test(item.label)))]),
      children: accesses,
    });

    const laws = subcontractor.laws.map((law) => {
      const complete = Boolean(law.mitigations?.trim() && law.residualRisks?.trim() && law.customerInformed?.trim());
      return {
        label: law.law ?? t(text.unnamedLaw),
        description: t(complete ? text.lawComplete : text.lawIncomplete),
        tooltip: [law.mitigations, law.residualRisks].filter(Boolean).join('\n\n') || undefined,
        location: places.location(law.at, 'value'),
        state: stateOf(inside(law.at)),
      };
    });
    details.push({
      kind: 'law',
      label: t(text.laws),
      description: laws.length > 0 ? laws.map((law) => law.label).join(', ') : t(actor.lawsAnswer ? text.none : text.notAnswered),
      location: places.location(actor.lawsAnswer ?? subcontractor.at, 'key'),
      state: worst([...laws.map((law) => law.state), stateOf(subcontractorFindings.filter((item) => item.code === 'guarantees-answer-missing' && /third_country_laws/.test(item.label)))]),
      children: laws,
    });

    details.push({
      kind: 'secnumcloud',
      label: t(text.secnumcloud),
      description: subcontractor.secnumcloud === undefined ? t(text.notAnswered)
        : !subcontractor.secnumcloud ? t(text.no)
        : subcontractor.secnumcloudServices.length > 0 ? t(text.services, { services: subcontractor.secnumcloudServices.join(', ') })
        : t(text.yes),
      location: places.location(actor.secnumcloudAnswer ?? subcontractor.at, actor.secnumcloudAnswer ? 'value' : 'key'),
      state: stateOf(subcontractorFindings.filter((item) => item.code === 'guarantees-answer-missing' && /secnumcloud/.test(item.label))),
      children: [],
    });

    const name = subcontractor.name;
    const role = actor.kind === 'host' ? t(text.host) : actor.subcontractor!.role;
    const supervised = actor.subcontractor?.underHostSupervision?.value === true;
    const label = actor.kind === 'host' ? `${t(text.host)}${name ? ` — ${name}` : ''}` : subcontractor.id ?? name ?? t(text.unnamed);
    const answer = (answered: Ref | undefined, count: number): GuaranteeAnswer => (!answered ? 'missing' : count > 0 ? 'declared' : 'none');
    return {
      kind: actor.kind,
      id: subcontractor.id,
      name,
      role,
      activities: performed.map((assignment) => assignment.activity),
      certificate: certificate
        ? { number: certificate.number, body: certificate.body, activities: certificate.activities.flatMap((reference) => (reference.id ? [reference.id] : [])), expires, status }
        : undefined,
      storageCountries: countries.map(({ code, name: countryLabel, inEea }) => ({ code, name: countryLabel, inEea })),
      remoteAccess: subcontractor.remoteAccess.map((access) => ({ from: access.from?.value, basis: access.basis?.value, purpose: access.purpose })),
      laws: subcontractor.laws.map((law) => ({ law: law.law, mitigations: law.mitigations, residualRisks: law.residualRisks })),
      secnumcloud: subcontractor.secnumcloud,
      secnumcloudServices: subcontractor.secnumcloudServices,
      underHostSupervision: supervised,
      answers: {
        remoteAccess: answer(actor.remoteAccessAnswer, actor.remoteAccess.filter((access) => access.from && isCountry(access.from.value) && !isInEea(access.from.value)).length),
        laws: answer(actor.lawsAnswer, actor.laws.length),
        secnumcloud: actor.secnumcloudAnswer ? 'declared' : 'missing',
      },
      state: stateOf(subcontractorFindings),
      label,
      description: [actor.kind === 'subcontractor' && name !== label ? name : undefined, certificate ? `${certificate.number ?? '?'} · ${validity}` : t(text.certificateNone), supervised ? t(text.supervised) : undefined].filter(Boolean).join(' · '),
      tooltip: [name, role].filter(Boolean).join('\n') || undefined,
      location: places.location(actor.kind === 'host' ? actor.at : subcontractor.at, actor.kind === 'host' ? 'key' : 'entry'),
      details,
      findings: subcontractorFindings,
    };
  }

  function inLegalOrderNames(ids: ActivityId[]): string {
    return catalogActivities.filter((entry) => ids.includes(entry.id)).map((entry) => `${entry.number}. ${entry.name[locale]}`).join(', ');
  }
}

/** The status bar's text and tooltip for the declarations of a workspace. */
export function coverageSummary(declarations: readonly DeclarationCoverage[], locale: Locale): { label: string; tooltip: string } {
  const sum = (pick: (declaration: DeclarationCoverage) => number) => declarations.reduce((total, declaration) => total + pick(declaration), 0);
  const covered = sum((declaration) => declaration.activitiesCovered);
  const inScope = sum((declaration) => declaration.activitiesInScope);
  const errorCount = sum((declaration) => declaration.counts.errors);
  const errors = format((errorCount === 0 ? text.noErrors : errorCount === 1 ? text.oneError : text.errors)[locale], { count: errorCount });
  const acceptedCount = sum((declaration) => declaration.counts.accepted);
  const accepted = acceptedCount === 0 ? '' : format((acceptedCount === 1 ? text.oneAccepted : text.accepted)[locale], { count: acceptedCount });
  return {
    label: format(text.summary[locale], { covered, inScope, errors }) + accepted,
    tooltip: format(text.summaryTooltip[locale], {
      covered,
      inScope,
      events: sum((declaration) => declaration.riskEventsCovered),
      total: catalogRiskEvents.length * declarations.length,
      errors,
      warnings: sum((declaration) => declaration.counts.warnings),
    }) + (acceptedCount === 0 ? '' : format(text.acceptedTooltip[locale], { count: acceptedCount })),
  };
}

/** Locations of model references, and whether a finding is written inside one. */
class Places {
  constructor(private readonly declaration: Declaration) {}

  location(at: Ref | undefined, part: Part): Location | undefined {
    return at ? { uri: at.file.uri, range: rangeAt(at.file, at.path, part) } : undefined;
  }

  section(name: Parameters<Declaration['sections']['get']>[0]): Location | undefined {
    return this.location(this.declaration.sections.get(name)?.[0], 'key');
  }

  contains(at: Ref, finding: Finding): boolean {
    return this.containsLocation(at, finding);
  }

  containsLocation(at: Ref, location: Location): boolean {
    if (at.file.uri !== location.uri) return false;
    // Compared as offsets: ranges of multi-line entries are cut to their first line.
    const [start, end] = offsetsAt(at.file, at.path, 'entry');
    const offset = offsetAt(at.file, location.range.start);
    return offset >= start && offset < Math.max(end, start + 1);
  }
}

function worst(states: readonly ItemState[]): ItemState {
  return states.includes('error') ? 'error' : states.includes('warning') ? 'warning' : 'ok';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
