// The coverage of a declaration in words: the engine's coverage facts (engine/coverage.ts) become
// the labelled items the sidebar, the status bar and the presentation of guarantees show, in one
// locale. The shape is the protocol's DeclarationCoverage, so the client renders it as sent.
import { activities as catalogActivities, activity as catalogActivity, countryName, riskEvent as catalogRiskEvent, riskEvents as catalogRiskEvents, type ActivityId } from '../engine/catalog';
import { calendarItem, nextDue, type CalendarItem } from '../engine/calendar';
import type { ActivityCoverageFacts, ActorCoverageFacts, DeclarationCoverageFacts, FindingFacts, ProviderFacts, RiskEventCoverageFacts, RiskFacts } from '../engine/coverage';
import { counted, dated, dayCount, localize, NOUNS, type Nouns, quoted } from '../engine/text';
import type { Locale, Localized, Location } from '../engine/types';
import type { ActivityCoverage, DeclarationCoverage, FindingItem, ProviderItem, RiskEventCoverage, RiskItem, SubcontractorCoverage, SubcontractorDetail } from '../protocol';

const endedExceptions: Nouns = { en: ['exception ended', 'exceptions ended'], fr: ['exception terminée', 'exceptions terminées'] };
const acceptedFindings: Nouns = { en: ['accepted', 'accepted'], fr: ['accepté', 'acceptés'] };

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
  expiresIn: { en: 'expires on {date}, in {days}', fr: 'expire le {date}, dans {days}' },
  noExpiry: { en: 'no expiry date', fr: 'sans date d’expiration' },
  covering: { en: 'Covers: {activities}', fr: 'Couvre\u00a0: {activities}' },
  issuedBy: { en: 'issued by {body}', fr: 'délivré par {body}' },
  performs: { en: 'Performs', fr: 'Réalise' },
  performsNothing: { en: 'No HDS activity', fr: 'Aucune activité HDS' },
  storage: { en: 'Storage', fr: 'Stockage' },
  noStorage: { en: 'none declared', fr: 'aucun déclaré' },
  operatedBy: { en: 'operated by {operator}', fr: 'exploité par {operator}' },
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
  summarySoa: { en: '{covered}/{inScope} · SoA {decided}/{total} decided · {errors}', fr: '{covered}/{inScope} · DdA {decided}/{total} tranchées · {errors}' },
  soaTooltip: { en: ' · SoA: {decided}/{total} Annex A controls decided', fr: ' · DdA\u00a0: {decided}/{total} mesures de l’annexe A tranchées' },
  accepted: { en: ' · {count}', fr: ' · {count}' },
  acceptedTooltip: { en: ' · {count} on record (exceptions)', fr: ' · {count} et consignés (exceptions)' },
  acceptedUntil: { en: '{code} · accepted until {until}', fr: '{code} · accepté jusqu’au {until}' },
  noErrors: { en: 'no errors', fr: 'aucune erreur' },
  summaryTooltip: {
    en: '{covered} of {inScope} activities in scope covered · {events}/{total} EXI-05 risk events covered · {errors} · {warnings}',
    fr: '{covered} activités couvertes sur {inScope} dans le périmètre · {events}/{total} événements EXI-05 couverts · {errors} · {warnings}',
  },
  nextDue: { en: '{what} {when}', fr: '{what} {when}' },
  overdueCount: { en: '{count} overdue', fr: '{count} en retard' },
  nothingDue: { en: 'No dated obligation', fr: 'Aucune échéance datée' },
  nextIn: { en: 'in {days} d', fr: 'dans {days} j' },
  nextToday: { en: 'today', fr: 'aujourd’hui' },
} satisfies Record<string, Localized>;

/** The declaration's coverage as the views show it, in `locale`. */
export function presentCoverage(coverage: DeclarationCoverageFacts, locale: Locale): DeclarationCoverage {
  const findingItems = new Map<FindingFacts, FindingItem>();
  const findingItem = (finding: FindingFacts): FindingItem => {
    let item = findingItems.get(finding);
    if (!item) {
      item = { code: finding.code, severity: finding.severity, label: finding.message, description: finding.code, tooltip: finding.message, location: finding.location };
      if (finding.accepted) {
        item.accepted = { until: finding.accepted.until, approvedBy: finding.accepted.approvedBy };
        item.description = localize(text.acceptedUntil, locale, { code: finding.code, until: dated(finding.accepted.until) });
      }
      findingItems.set(finding, item);
    }
    return item;
  };
  const activityName = (id: ActivityId) => `${catalogActivity(id)!.number}. ${catalogActivity(id)!.name[locale]}`;
  const inLegalOrderNames = (ids: readonly ActivityId[]) => catalogActivities.filter((entry) => ids.includes(entry.id)).map((entry) => activityName(entry.id)).join(', ');

  const riskItem = (risk: RiskFacts): RiskItem => ({
    id: risk.id,
    scenarios: risk.scenarios,
    label: localize(text.risk, locale, { id: risk.id ?? '?' }),
    description: [risk.title, risk.scenarios.map((scenario) => `EXI-05 ${scenario}`).join(', ')].filter(Boolean).join(' · '),
    tooltip: risk.title,
    location: risk.location,
  });

  const providerItem = (provider: ProviderFacts): ProviderItem => {
    const number = quoted(provider.certificate ?? '?');
    const expires = provider.expires;
    const description = !provider.declared ? localize(text.notDeclaredSubcontractor, locale)
      : !provider.certified ? localize(text.noCertificate, locale)
      : !provider.namesActivity ? localize(text.certificateMissesIt, locale, { number })
      : provider.expired ? localize(text.certificateExpired, locale, { number, expires: dated(expires!) })
      : expires ? localize(text.certificateCovers, locale, { number, expires: dated(expires) })
      : localize(text.certificateCoversUndated, locale, { number });
    const { kind, id, name } = provider;
    const label = kind === 'organization' ? (name ? localize(text.organization, locale, { name }) : localize(text.theOrganization, locale)) : name ? `${id} — ${name}` : id ?? '?';
    return {
      kind,
      id,
      declared: provider.declared,
      certificate: provider.certificate,
      covers: provider.covers,
      expires,
      expired: provider.expired,
      label,
      description,
      tooltip: `${label}: ${description}`,
      location: provider.location,
    };
  };

  const activityCoverage = (entry: ActivityCoverageFacts): ActivityCoverage => {
    const { provision } = entry;
    const ids = entry.subcontractors.join(', ');
    const errors = entry.findings.filter((finding) => finding.severity === 'error');
    const inHouse = () => localize(text.whyInHouse, locale, { number: quoted(entry.providers.find((provider) => provider.kind === 'organization')?.certificate ?? '?') });
    const description =
      provision === 'in-house' ? localize(text.inHouse, locale)
      : provision === 'in-house-and-subcontracted' ? (entry.subcontractors.length > 0 ? localize(text.inHouseAndSubcontracted, locale, { ids }) : localize(text.subcontractedNobody, locale))
      : provision === 'subcontracted' ? (entry.subcontractors.length > 0 ? localize(text.subcontracted, locale, { ids }) : localize(text.subcontractedNobody, locale))
      : provision === 'not-provided' ? localize(text.outOfScope, locale)
      : localize(text.undeclared, locale);
    const reason =
      entry.state === 'out-of-scope' ? localize(text.whyOutOfScope, locale)
      : provision === 'undeclared' ? localize(text.whyUndeclared, locale)
      : errors.length > 0 ? localize(text.whyGap, locale, { message: errors[0].message }) + (errors.length > 1 ? localize(text.andMore, locale, { count: errors.length - 1 }) : '')
      : provision === 'in-house' ? inHouse()
      : provision === 'in-house-and-subcontracted' ? `${inHouse()} ${localize(text.whySubcontracted, locale, { ids })}`
      : localize(text.whySubcontracted, locale, { ids });
    const name = catalogActivity(entry.id)!.name[locale];
    return {
      id: entry.id,
      number: entry.number,
      name,
      provision,
      subcontractors: entry.subcontractors,
      state: entry.state,
      label: `${entry.number}. ${name}`,
      description,
      tooltip: `${entry.number}. ${name} — ${description}\n${reason}`,
      location: entry.location,
      providers: entry.providers.map(providerItem),
      risks: entry.risks.map(riskItem),
      findings: entry.findings.map(findingItem),
    };
  };

  const riskEventItem = (entry: RiskEventCoverageFacts): RiskEventCoverage => {
    const event = catalogRiskEvent(entry.id)!;
    const title = event.title[locale];
    const ids = (risks: readonly RiskFacts[]) => risks.map((risk) => risk.id ?? '?').join(', ');
    return {
      id: entry.id,
      group: event.group?.[locale],
      title,
      covered: entry.covered,
      label: `${entry.id} — ${title}`,
      description: entry.covering.length > 0 ? localize(text.coveredBy, locale, { ids: ids(entry.covering) })
        : entry.unassessed.length > 0 ? localize(text.notAssessed, locale, { ids: ids(entry.unassessed) })
        : localize(text.noRisk, locale),
      tooltip: [event.group ? `${event.group[locale]} — ${title}` : title, event.summary[locale]].join('\n'),
      location: entry.location,
      risks: [...entry.covering, ...entry.unassessed].map(riskItem),
    };
  };

  const actorCoverage = (actor: ActorCoverageFacts): SubcontractorCoverage => {
    const { certificate, details } = actor;
    const validity = !certificate ? undefined
      : certificate.status === 'expired' ? localize(text.expiredOn, locale, { date: dated(certificate.expires!) })
      : certificate.status === 'expiring' ? localize(text.expiresIn, locale, { date: dated(certificate.expires!), days: dayCount(certificate.days!) })
      : certificate.expires ? localize(text.until, locale, { date: dated(certificate.expires) }) : localize(text.noExpiry, locale);
    const lines: SubcontractorDetail[] = [];
    lines.push({
      kind: 'certificate',
      label: certificate ? localize(text.certificate, locale, { number: certificate.number ?? '?' }) : localize(text.certificateNone, locale),
      description: certificate ? [validity, certificate.body ? localize(text.issuedBy, locale, { body: certificate.body }) : undefined].filter(Boolean).join(' · ') : undefined,
      tooltip: certificate ? localize(text.covering, locale, { activities: certificate.named.map((named) => (named.id ? activityName(named.id) : named.written)).join(', ') || localize(text.none, locale) }) : undefined,
      location: details.certificate.location,
      state: details.certificate.state,
      children: [],
    });
    lines.push({
      kind: 'activities',
      label: localize(text.performs, locale),
      description: actor.activities.length > 0 ? inLegalOrderNames(actor.activities) : localize(text.performsNothing, locale),
      location: details.activities.location,
      state: details.activities.state,
      children: [],
    });
    const countries = actor.storageCountries.map((country) => {
      const name = countryName(country.code, locale);
      return {
        code: country.code,
        name,
        inEea: country.inEea,
        item: { label: `${name} (${country.code})`, description: localize(!country.isCountry ? text.unknownCountry : country.inEea ? text.inEea : text.outsideEea, locale), location: country.location, state: country.state },
      };
    });
    // The host answers for every declared site, those a subcontractor operates included: named with their operator.
    const operated = actor.operatedStorage.map((site) => ({
      code: site.code,
      label: `${site.site ? `${site.site} — ` : ''}${countryName(site.code, locale)} (${site.code})`,
      description: [localize(!site.isCountry ? text.unknownCountry : site.inEea ? text.inEea : text.outsideEea, locale), localize(text.operatedBy, locale, { operator: site.operator })].join(' · '),
      location: site.location,
      state: site.state,
    }));
    const storedCodes = [...new Set([...countries.map((country) => country.code), ...operated.map((site) => site.code)])];
    lines.push({
      kind: 'storage',
      label: localize(text.storage, locale),
      description: storedCodes.length > 0 ? storedCodes.join(', ') : localize(text.noStorage, locale),
      tooltip: operated.length > 0 ? [...countries.map((country) => `${country.item.label} — ${country.item.description}`), ...operated.map((site) => `${site.label} — ${site.description}`)].join('\n') : undefined,
      location: details.storage.location,
      state: details.storage.state,
      children: [...countries.map((country) => country.item), ...operated.map(({ code: _code, ...item }) => item)],
    });
    const accesses = actor.remoteAccess.map((access) => ({
      label: localize(text.from, locale, { country: access.from ? `${countryName(access.from, locale)} (${access.from})` : '?' }),
      description: [access.basis ?? localize(text.noBasis, locale), access.purpose].filter(Boolean).join(' · '),
      tooltip: access.purpose,
      location: access.location,
      state: access.state,
    }));
    lines.push({
      kind: 'remote-access',
      label: localize(text.remoteAccess, locale),
      description: accesses.length > 0 ? unique(actor.remoteAccess.map((access) => access.from ?? '?')).join(', ') : localize(actor.answers.remoteAccess !== 'missing' ? text.none : text.notAnswered, locale),
      location: details['remote-access'].location,
      state: details['remote-access'].state,
      children: accesses,
    });
    const laws = actor.laws.map((law) => ({
      label: law.law ?? localize(text.unnamedLaw, locale),
      description: localize(law.complete ? text.lawComplete : text.lawIncomplete, locale),
      tooltip: [law.mitigations, law.residualRisks].filter(Boolean).join('\n\n') || undefined,
      location: law.location,
      state: law.state,
    }));
    lines.push({
      kind: 'law',
      label: localize(text.laws, locale),
      description: laws.length > 0 ? laws.map((law) => law.label).join(', ') : localize(actor.answers.laws !== 'missing' ? text.none : text.notAnswered, locale),
      location: details.law.location,
      state: details.law.state,
      children: laws,
    });
    lines.push({
      kind: 'secnumcloud',
      label: localize(text.secnumcloud, locale),
      description: actor.secnumcloud === undefined ? localize(text.notAnswered, locale)
        : !actor.secnumcloud ? localize(text.no, locale)
        : actor.secnumcloudServices.length > 0 ? localize(text.services, locale, { services: actor.secnumcloudServices.join(', ') })
        : localize(text.yes, locale),
      location: details.secnumcloud.location,
      state: details.secnumcloud.state,
      children: [],
    });

    const { name } = actor;
    const role = actor.kind === 'host' ? localize(text.host, locale) : actor.role;
    const label = actor.kind === 'host' ? `${localize(text.host, locale)}${name ? ` — ${name}` : ''}` : actor.id ?? name ?? localize(text.unnamed, locale);
    return {
      kind: actor.kind,
      id: actor.id,
      name,
      role,
      activities: actor.activities,
      certificate: certificate
        ? { number: certificate.number, body: certificate.body, activities: certificate.activities, expires: certificate.expires, status: certificate.status }
        : undefined,
      storageCountries: countries.map(({ code, name: countryLabel, inEea }) => ({ code, name: countryLabel, inEea })),
      remoteAccess: actor.remoteAccess.map((access) => ({ from: access.from, basis: access.basis, purpose: access.purpose })),
      laws: actor.laws.map((law) => ({ law: law.law, mitigations: law.mitigations, residualRisks: law.residualRisks })),
      secnumcloud: actor.secnumcloud,
      secnumcloudServices: actor.secnumcloudServices,
      underHostSupervision: actor.underHostSupervision,
      answers: actor.answers,
      state: actor.state,
      label,
      description: [actor.kind === 'subcontractor' && name !== label ? name : undefined, certificate ? `${certificate.number ?? '?'} · ${validity}` : localize(text.certificateNone, locale), actor.underHostSupervision ? localize(text.supervised, locale) : undefined].filter(Boolean).join(' · '),
      tooltip: [name, role].filter(Boolean).join('\n') || undefined,
      location: actor.location,
      details: lines,
      findings: actor.findings.map(findingItem),
    };
  };

  const activities = coverage.activities.map(activityCoverage);
  const riskEvents = coverage.riskEvents.map(riskEventItem);
  const host = coverage.host ? actorCoverage(coverage.host) : undefined;
  const subcontractors = coverage.subcontractors.map(actorCoverage);
  const calendar = coverage.calendar.map((due) => calendarItem(due, locale));
  return {
    organization: coverage.organization,
    location: coverage.location,
    counts: coverage.counts,
    activitiesCovered: coverage.activitiesCovered,
    activitiesInScope: coverage.activitiesInScope,
    riskEventsCovered: coverage.riskEventsCovered,
    soa: coverage.soa,
    activities,
    riskEvents,
    host,
    subcontractors,
    calendar,
    calendarSummary: calendarSummary(calendar, locale),
  };
}

/** The status bar's text and tooltip for the declarations of a workspace. */
export function coverageSummary(declarations: readonly DeclarationCoverage[], locale: Locale): { label: string; tooltip: string } {
  const sum = (pick: (declaration: DeclarationCoverage) => number) => declarations.reduce((total, declaration) => total + pick(declaration), 0);
  const covered = sum((declaration) => declaration.activitiesCovered);
  const inScope = sum((declaration) => declaration.activitiesInScope);
  const errorCount = sum((declaration) => declaration.counts.errors);
  const errors = errorCount === 0 ? text.noErrors[locale] : counted(errorCount, NOUNS.error)[locale];
  const acceptedCount = sum((declaration) => declaration.counts.accepted);
  const accepted = acceptedCount === 0 ? '' : localize(text.accepted, locale, { count: counted(acceptedCount, acceptedFindings) });
  // Green means decided: while an SoA entry is undecided, the label says how far the SoA is.
  const decided = sum((declaration) => declaration.soa.decided);
  const total = sum((declaration) => declaration.soa.total);
  const soa = { decided, total };
  return {
    label: localize(decided < total ? text.summarySoa : text.summary, locale, { covered, inScope, errors, ...soa }) + accepted,
    tooltip: localize(text.summaryTooltip, locale, {
      covered,
      inScope,
      events: sum((declaration) => declaration.riskEventsCovered),
      total: catalogRiskEvents.length * declarations.length,
      errors,
      warnings: counted(sum((declaration) => declaration.counts.warnings), NOUNS.warning),
    }) + localize(text.soaTooltip, locale, soa) + (acceptedCount === 0 ? '' : localize(text.acceptedTooltip, locale, { count: counted(acceptedCount, acceptedFindings) })),
  };
}

/**
 * What the status bar says: what is due next and when, after the count of overdue items, e.g.
 * "1 overdue · HDS renewal in 66 d"; its tooltip is the full sentence, its location the item's.
 */
export function calendarSummary(items: readonly CalendarItem[], locale: Locale): { label: string; tooltip: string; location?: Location } {
  const overdue = items.filter((item) => item.state === 'overdue');
  const ended = items.filter((item) => item.state === 'ended');
  const next = nextDue(items);
  const parts: string[] = [];
  if (overdue.length > 0) parts.push(localize(text.overdueCount, locale, { count: overdue.length }));
  if (ended.length > 0) parts.push(counted(ended.length, endedExceptions)[locale]);
  if (next) parts.push(localize(text.nextDue, locale, { what: next.short, when: next.days === 0 ? text.nextToday : localize(text.nextIn, locale, { days: next.days }) }));
  if (parts.length === 0) return { label: localize(text.nothingDue, locale), tooltip: localize(text.nothingDue, locale) };
  return {
    label: parts.join(' · '),
    tooltip: [...overdue, ...ended, ...(next ? [next] : [])].map((item) => item.tooltip).join('\n'),
    location: (overdue[0] ?? ended[0] ?? next)?.location,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
