// The certification calendar: every dated obligation of a declaration (surveillance audits due,
// the HDS renewal, the ISO/IEC 27001 expiry and edition lapse, each subcontractor's certificate
// expiry…), overdue first, then in date order, each with the place it is written. Pure: the
// sidebar, the status bar, `hds-check --calendar` and the .ics export all read this list.
import { isValidDate, spelledDate } from './dates';
import type { Declaration, Ref } from './declaration';
import referential from '../../catalog/referential.json';
import { declaredCertificates, expiryOf, isoEditionLastValidDay, surveillanceSchedule, usualHdsExpiry } from './facts/certificates';
import { isPlaceholder } from './facts/placeholders';
import { auditKindNames, findingLevelNames, internalAuditTopicNames, nameOf } from './catalog';
import { auditFindings, findingLabel, isOpen } from './facts/audits';
import { internalAuditsDue, managementReviewDue, technicalAuditValidUntil } from './facts/isms';
import { dayCount, localize, localizeBoth, mark, quoted } from './text';
import type { Locale, Localized, Location } from './types';
import { rangeAt, type Part } from './yamlFile';

/** An obligation as a source finds it, before it is placed in time and put into words. */
export interface Obligation {
  /** Stable across runs and edits elsewhere (it becomes the iCalendar UID): kind plus what it concerns. */
  id: string;
  kind: string;
  /** YYYY-MM-DD: when it is due. */
  date: string;
  title: Localized;
  /** A few words for the status bar: "Surveillance audit (year 1)", "HDS renewal"… */
  short: Localized;
  /** A second line: "planned on …", "renewal audit before then"… */
  detail?: Localized;
  /** For a planned item (dated when it is planned): the date it must be done by. */
  deadline?: string;
  at: Ref;
  part?: Part;
}

/**
 * Where obligations come from. Each source reads the declaration; adding one (accepted exceptions'
 * end dates, for instance) is adding a function to `calendarSources`, nothing else changes.
 */
export type CalendarSource = (declaration: Declaration, today: string) => Obligation[];

/** `ended`: an accepted exception whose end date has passed (its finding is back): work to do, not an obligation missed. */
export type CalendarState = 'overdue' | 'ended' | 'due-soon' | 'upcoming';

export interface CalendarItem {
  id: string;
  kind: string;
  date: string;
  /** Days from today (negative once past). */
  days: number;
  state: CalendarState;
  /** What is due, e.g. "Surveillance audit, year 1 — HDS certificate ‘HDS-1’". */
  label: string;
  short: string;
  /** When, said plainly: "in 40 days", "overdue by 3 days". */
  description: string;
  /** For a planned item: the date it must be done by (YYYY-MM-DD). */
  deadline?: string;
  tooltip: string;
  location: Location;
}

export interface CalendarOptions {
  today: string;
  locale: Locale;
}

const text = {
  surveillance: { en: 'Surveillance audit, year {year} — HDS certificate {number}', fr: 'Audit de surveillance, année {year} — certificat HDS {number}' },
  planned: { en: 'planned on {date}', fr: 'prévu le {date}' },
  deadline: { en: 'deadline {date}', fr: 'échéance le {date}' },
  plannedLate: { en: 'planned after its deadline, {date}: bring it forward', fr: 'prévu après son échéance, le {date}\u00a0: avancez-le' },
  notPlanned: { en: 'not planned yet: agree a date with the certification body', fr: 'pas encore planifié\u00a0: convenez d’une date avec l’organisme certificateur' },
  hdsRenewal: { en: 'HDS certificate {number} expires — renewal', fr: 'Fin du certificat HDS {number} — renouvellement' },
  hdsRenewalDetail: { en: 'the renewal audit must be passed before this date', fr: 'l’audit de renouvellement doit être passé avant cette date' },
  isoExpiry: { en: 'ISO/IEC 27001 certificate {number} expires', fr: 'Fin du certificat ISO/IEC 27001 {number}' },
  isoExpiryDetail: { en: 'the HDS certificate rests on it: renew it before then', fr: 'le certificat HDS repose sur lui\u00a0: renouvelez-le d’ici là' },
  isoEdition: { en: 'ISO/IEC 27001:{edition} certificates lapse — certificate {number}', fr: 'Fin des certificats ISO/IEC 27001:{edition} — certificat {number}' },
  isoEditionDetail: { en: 'transition to ISO/IEC 27001:2022 (IAF MD 26)', fr: 'transition vers l’ISO/IEC 27001:2022 (IAF MD 26)' },
  subcontractorExpiry: { en: 'HDS certificate {number} of {subcontractor} expires', fr: 'Fin du certificat HDS {number} de {subcontractor}' },
  shortSurveillance: { en: 'Surveillance audit (year {year})', fr: 'Audit de surveillance (année {year})' },
  shortHdsRenewal: { en: 'HDS renewal', fr: 'Renouvellement HDS' },
  shortIsoExpiry: { en: 'ISO/IEC 27001 renewal', fr: 'Renouvellement ISO/IEC 27001' },
  shortIsoEdition: { en: 'ISO/IEC 27001:{edition} lapse', fr: 'Fin de l’ISO/IEC 27001:{edition}' },
  shortSubcontractorExpiry: { en: 'Certificate of {subcontractor}', fr: 'Certificat de {subcontractor}' },
  subcontractorExpiryEstimated: { en: 'HDS certificate {number} of {subcontractor} expires (three years after issue)', fr: 'Fin du certificat HDS {number} de {subcontractor} (trois ans après sa délivrance)' },
  subcontractorV1: { en: 'HDS certificate {number} of {subcontractor} is on referential 1: no longer valid', fr: 'Le certificat HDS {number} de {subcontractor} relève du référentiel 1\u00a0: il n’est plus valable' },
  shortSubcontractorV1: { en: 'HDS v2 for {subcontractor}', fr: 'HDS v2 pour {subcontractor}' },
  subcontractorV1Detail: { en: 'HDS v2 is mandatory for every certificate from 16 May 2026: ask {subcontractor} for its v2 certificate', fr: 'HDS v2 est obligatoire pour tout certificat depuis le 16 mai 2026\u00a0: demandez à {subcontractor} son certificat v2' },
  subcontractorExpiryDetail: { en: 'ask {subcontractor} for its renewed certificate', fr: 'demandez à {subcontractor} son certificat renouvelé' },
  today: { en: 'due today', fr: 'à échéance aujourd’hui' },
  inDays: { en: 'in {days}, {date}', fr: 'dans {days}, le {date}' },
  inOneDay: { en: 'tomorrow, {date}', fr: 'demain, le {date}' },
  overdue: { en: 'overdue by {days}, since {date}', fr: 'en retard de {days}, depuis le {date}' },
  ended: { en: 'ended {days} ago, on {date}', fr: 'terminée depuis le {date} (il y a {days})' },
  endedDetail: { en: 'the finding it accepted is back at its severity: renew the exception, or remove it', fr: 'le constat qu’elle acceptait a retrouvé sa sévérité\u00a0: renouvelez l’exception, ou retirez-la' },
  overdueOneDay: { en: 'overdue by 1 day, since {date}', fr: 'en retard d’un jour, depuis le {date}' },
  exceptionEnd: { en: 'Exception for {rule} on {target} ends', fr: 'Fin de l’exception pour {rule} sur {target}' },
  shortExceptionEnd: { en: 'Exception {rule} ends', fr: 'Fin de l’exception {rule}' },
  exceptionEndDetail: { en: 'accepted by {by}: review it before then, or the finding comes back at its severity', fr: 'acceptée par {by}\u00a0: réexaminez-la d’ici là, sans quoi le constat revient à sa sévérité' },
  internalAudit: { en: 'Internal audit (EXI-16): {topics}', fr: 'Audit interne (EXI-16) : {topics}' },
  shortInternalAudit: { en: 'Internal audit', fr: 'Audit interne' },
  internalAuditDetail: { en: 'a year after the last one, on {date}', fr: 'un an après le dernier, le {date}' },
  managementReview: { en: 'Management review of the ISMS (ISO/IEC 27001 9.3)', fr: 'Revue de direction du SMSI (ISO/IEC 27001 9.3)' },
  shortManagementReview: { en: 'Management review', fr: 'Revue de direction' },
  managementReviewDetail: { en: 'a year after the last one, on {date}', fr: 'un an après la dernière, le {date}' },
  technicalAudit: { en: 'The technical audit of EXI-15 turns three years old', fr: 'L’audit technique d’EXI-15 atteint trois ans' },
  shortTechnicalAudit: { en: 'Technical audit (EXI-15)', fr: 'Audit technique (EXI-15)' },
  technicalAuditDetail: { en: 'done on {date}: have the next one done before then', fr: 'réalisé le {date} : faites réaliser le suivant d’ici là' },
  auditFinding: { en: 'Close the {level} {finding} — {kind} of {audit}', fr: 'Lever la {level} {finding} — {kind} du {audit}' },
  shortAuditFinding: { en: 'Close {finding}', fr: 'Lever {finding}' },
  auditFindingDefault: { en: 'three months after the audit (ANS); the certification body’s report may set another date (due)', fr: 'trois mois après l’audit (ANS) ; le rapport de l’organisme certificateur peut fixer une autre date (due)' },
  plannedAudit: { en: 'Certification audit: {kind} ({body})', fr: 'Audit de certification\u00a0: {kind} ({body})' },
  shortPlannedAudit: { en: 'Certification audit', fr: 'Audit de certification' },
  auditFindingOwner: { en: 'owner: {owner}', fr: 'responsable : {owner}' },
} satisfies Record<string, Localized>;

/** The ISMS's own cycle: the internal audits EXI-16 asks, the management review, the technical audit of EXI-15. */
export const ismsObligations: CalendarSource = (declaration, today) => {
  const isms = declaration.isms;
  if (!isms) return [];
  const obligations: Obligation[] = [];
  // Topics due on the same day after the same audit make one entry.
  const byDue = new Map<string, { topics: string[]; entry: ReturnType<typeof internalAuditsDue>[number] }>();
  for (const entry of internalAuditsDue(isms, today)) {
    // Nothing done yet: the rule says so; a planned one is listed on its date.
    const date = entry.due ?? entry.planned?.date?.value;
    if (!date) continue;
    const key = `${date}/${entry.planned?.date?.value ?? ''}`;
    const group = byDue.get(key);
    if (group) group.topics.push(entry.topic);
    else byDue.set(key, { topics: [entry.topic], entry });
  }
  for (const { topics, entry } of byDue.values()) {
    const named = topics.map((topic) => nameOf(internalAuditTopicNames, topic)!);
    const names: Localized = { en: named.map((name) => name.en).join(' and '), fr: named.map((name) => name.fr).join(' et ') };
    const planned = entry.planned?.date && (!entry.due || entry.due >= today) ? entry.planned.date : undefined;
    const due = entry.due;
    obligations.push({
      id: `internal-audit/${topics.join('+')}`,
      kind: 'internal-audit',
      date: planned?.value ?? due!,
      deadline: planned && due ? due : undefined,
      title: localizeBoth(text.internalAudit, { topics: names }),
      short: text.shortInternalAudit,
      detail: planned && due ? localizeBoth(planned.value > due ? text.plannedLate : text.deadline, { date: spelledDate(due) })
        : entry.last ? localizeBoth(text.internalAuditDetail, { date: spelledDate(entry.last.date!.value) }) : undefined,
      at: planned?.at ?? entry.last!.date!.at,
    });
  }
  const review = managementReviewDue(isms, today);
  const reviewPlanned = review.planned?.date && (!review.due || review.due >= today) ? review.planned.date : undefined;
  if (review.due || reviewPlanned) {
    obligations.push({
      id: 'management-review',
      kind: 'management-review',
      date: reviewPlanned?.value ?? review.due!,
      deadline: reviewPlanned && review.due ? review.due : undefined,
      title: text.managementReview,
      short: text.shortManagementReview,
      detail: reviewPlanned && review.due ? localizeBoth(reviewPlanned.value > review.due ? text.plannedLate : text.deadline, { date: spelledDate(review.due) })
        : review.last ? localizeBoth(text.managementReviewDetail, { date: spelledDate(review.last.date!.value) }) : undefined,
      at: reviewPlanned?.at ?? review.last!.date!.at,
    });
  }
  const until = technicalAuditValidUntil(isms);
  if (until && isms.technicalAudit?.date) {
    obligations.push({ id: 'technical-audit', kind: 'technical-audit', date: until, title: text.technicalAudit, short: text.shortTechnicalAudit, detail: localizeBoth(text.technicalAuditDetail, { date: spelledDate(isms.technicalAudit.date.value) }), at: isms.technicalAudit.date.at });
  }
  return obligations;
};

/** The initial and renewal audits planned (dated after today); surveillance audits have their own schedule. */
export const plannedAuditObligations: CalendarSource = (declaration, today) =>
  (declaration.hdsCertificate?.audits ?? []).flatMap((audit): Obligation[] => {
    if (!audit.kind || !audit.date || !isValidDate(audit.date.value) || audit.date.value <= today) return [];
    const kind = nameOf(auditKindNames, audit.kind)!;
    return [{
      id: `certification-audit/${audit.kind}/${audit.date.value}`,
      kind: 'certification-audit',
      date: audit.date.value,
      title: localizeBoth(text.plannedAudit, { kind, body: audit.body ?? '?' }),
      short: localizeBoth(text.shortPlannedAudit, { kind }),
      at: audit.date.at,
    }];
  });

/** Each open finding of a certification audit, on its deadline. */
export const auditFindingObligations: CalendarSource = (declaration, today) =>
  auditFindings(declaration).flatMap((facts): Obligation[] => {
    const { finding, audit } = facts;
    if (!facts.due || !isOpen(finding, today)) return [];
    const label = findingLabel(facts);
    const level = nameOf(findingLevelNames, finding.level ?? 'observation')!;
    const kind = nameOf(auditKindNames, audit.kind ?? 'surveillance')!;
    const auditDate = audit.date ? spelledDate(audit.date.value) : { en: '?', fr: '?' };
    const details = [facts.defaultDue ? text.auditFindingDefault : undefined, finding.owner ? localizeBoth(text.auditFindingOwner, { owner: finding.owner }) : undefined].filter((line): line is Localized => line !== undefined);
    return [{
      id: `audit-finding/${audit.kind ?? ''}/${audit.date?.value ?? ''}/${label}`,
      kind: 'audit-finding',
      date: facts.due,
      title: localizeBoth(text.auditFinding, { level, finding: quoted(label), kind, audit: auditDate }),
      short: localizeBoth(text.shortAuditFinding, { finding: quoted(label) }),
      detail: details.length > 0 ? { en: details.map((line) => line.en).join('; '), fr: details.map((line) => line.fr).join(' ; ') } : undefined,
      at: finding.due && !facts.defaultDue ? finding.due.at : { file: finding.at.file, path: [...finding.at.path, 'level'] },
    }];
  });

/** The own certificates' cycle and each subcontractor's certificate expiry. */
export const certificateObligations: CalendarSource = (declaration, today) => {
  const obligations: Obligation[] = [];
  const hds = declaration.hdsCertificate;
  const number = (value: string | undefined) => quoted(value ?? '?');
  if (hds?.issued) {
    for (const due of surveillanceSchedule(hds.issued.value, hds.expires?.value, hds.surveillance, today)) {
      if (due.done) continue;
      // A planned audit is listed on its planned date, its deadline beside it; once the deadline has
      // passed, the deadline is what the calendar shows (overdue), the plan beside it.
      const planned = due.planned && !due.overdue ? due.planned.date!.value : undefined;
      obligations.push({
        id: `surveillance-${due.year}/${hds.number ?? ''}`,
        kind: 'surveillance-audit',
        date: planned ?? due.due,
        deadline: planned ? due.due : undefined,
        title: localizeBoth(text.surveillance, { year: due.year, number: number(hds.number) }),
        short: localizeBoth(text.shortSurveillance, { year: due.year }),
        detail: planned ? localizeBoth(planned > due.due ? text.plannedLate : text.deadline, { date: spelledDate(due.due) })
          : due.planned ? localizeBoth(text.planned, { date: spelledDate(due.planned.date!.value) }) : text.notPlanned,
        at: due.planned ? due.planned.date!.at : hds.surveillance.length > 0 ? { file: hds.at.file, path: [...hds.at.path, 'surveillance'] } : hds.issued.at,
        part: due.planned || hds.surveillance.length === 0 ? 'value' : 'key',
      });
    }
  }
  const iso = declaration.isoCertificate;
  const lapse = iso?.edition ? isoEditionLastValidDay(iso.edition.value) : undefined;
  if (iso?.edition && lapse) {
    obligations.push({ id: `iso27001-edition/${iso.number ?? ''}`, kind: 'iso27001-edition', date: lapse, title: localizeBoth(text.isoEdition, { edition: String(iso.edition.value), number: number(iso.number) }), short: localizeBoth(text.shortIsoEdition, { edition: String(iso.edition.value) }), detail: text.isoEditionDetail, at: iso.edition.at });
  }
  for (const certificate of declaredCertificates(declaration)) {
    const expires = certificate.expires;
    if (certificate.kind === 'subcontractor') {
      const who = number(certificate.subcontractor?.id ?? certificate.subcontractor?.name ?? '?');
      const key = `${certificate.subcontractor?.id ?? certificate.subcontractor?.name ?? ''}/${certificate.number ?? ''}`;
      const written = certificate.subcontractor?.certificate?.referential;
      if (written?.value === 1) {
        obligations.push({
          id: `subcontractor-referential/${key}`,
          kind: 'subcontractor-referential',
          date: referential.v2MandatoryFrom,
          title: localizeBoth(text.subcontractorV1, { number: number(certificate.number), subcontractor: who }),
          short: localizeBoth(text.shortSubcontractorV1, { subcontractor: who }),
          detail: localizeBoth(text.subcontractorV1Detail, { subcontractor: who }),
          at: written.at,
        });
      }
      // Undated, but its date of issue says when it ends at the latest.
      const estimated = (!expires || !isValidDate(expires.value)) && certificate.issued ? usualHdsExpiry(certificate.issued.value) : undefined;
      if (estimated) {
        obligations.push({
          id: `subcontractor-expiry/${key}`,
          kind: 'subcontractor-expiry',
          date: estimated,
          title: localizeBoth(text.subcontractorExpiryEstimated, { number: number(certificate.number), subcontractor: who }),
          short: localizeBoth(text.shortSubcontractorExpiry, { subcontractor: who }),
          detail: localizeBoth(text.subcontractorExpiryDetail, { subcontractor: who }),
          at: certificate.issued!.at,
        });
        continue;
      }
    }
    if (!expires || !isValidDate(expires.value)) continue;
    if (certificate.kind === 'hds') {
      obligations.push({ id: `hds-renewal/${certificate.number ?? ''}`, kind: 'hds-renewal', date: expires.value, title: localizeBoth(text.hdsRenewal, { number: number(certificate.number) }), short: text.shortHdsRenewal, detail: text.hdsRenewalDetail, at: expires.at });
    } else if (certificate.kind === 'iso27001') {
      obligations.push({ id: `iso27001-expiry/${certificate.number ?? ''}`, kind: 'iso27001-expiry', date: expires.value, title: localizeBoth(text.isoExpiry, { number: number(certificate.number) }), short: text.shortIsoExpiry, detail: text.isoExpiryDetail, at: expires.at });
    } else {
      const who = certificate.subcontractor?.id ?? certificate.subcontractor?.name ?? '?';
      obligations.push({
        id: `subcontractor-expiry/${who}/${certificate.number ?? ''}`,
        kind: 'subcontractor-expiry',
        date: expires.value,
        title: localizeBoth(text.subcontractorExpiry, { number: number(certificate.number), subcontractor: number(who) }),
        short: localizeBoth(text.shortSubcontractorExpiry, { subcontractor: number(who) }),
        detail: localizeBoth(text.subcontractorExpiryDetail, { subcontractor: number(who) }),
        at: expires.at,
      });
    }
  }
  return obligations;
};

/** The end date of each accepted exception: after it, the finding it accepts comes back. */
export const exceptionObligations: CalendarSource = (declaration) =>
  declaration.exceptions.flatMap((exception): Obligation[] => {
    const until = exception.until;
    if (!until || !isValidDate(until.value) || isPlaceholder(until.value) || !exception.rule) return [];
    const rule = exception.rule.value;
    const target = exception.target?.value ?? '?';
    const by = exception.approvedBy ?? '?';
    return [{
      id: `exception-end/${rule}/${target}`,
      kind: 'exception-end',
      date: until.value,
      title: localizeBoth(text.exceptionEnd, { rule, target: quoted(target) }),
      short: localizeBoth(text.shortExceptionEnd, { rule }),
      detail: localizeBoth(text.exceptionEndDetail, { by }),
      at: until.at,
    }];
  });

/** Every source of obligations, in the order their items are listed when dates tie. */
export const calendarSources: CalendarSource[] = [certificateObligations, plannedAuditObligations, ismsObligations, auditFindingObligations, exceptionObligations];

/** An obligation placed in time: how far off it is, and where it is written. */
export interface DueObligation {
  id: string;
  kind: string;
  date: string;
  /** Days from today (negative once past). */
  days: number;
  state: CalendarState;
  title: Localized;
  short: Localized;
  detail?: Localized;
  /** For a planned item: the date it must be done by. */
  deadline?: string;
  location: Location;
}

/** Every dated obligation of the declaration, overdue first (oldest first), then in date order. */
export function obligationsDue(declaration: Declaration, options: { today: string }, sources: readonly CalendarSource[] = calendarSources): DueObligation[] {
  const { today } = options;
  const due: DueObligation[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    for (const obligation of source(declaration, today)) {
      // An obligation's date is judged as a certificate's expiry: past, within 90 days, or later.
      const { status, days } = expiryOf(obligation.date, today);
      if (days === undefined || seen.has(obligation.id)) continue;
      seen.add(obligation.id);
      const state: CalendarState = status === 'expired' ? (obligation.kind === 'exception-end' ? 'ended' : 'overdue') : status === 'expiring' ? 'due-soon' : 'upcoming';
      due.push({
        id: obligation.id,
        kind: obligation.kind,
        date: obligation.date,
        days,
        state,
        title: obligation.title,
        short: obligation.short,
        detail: obligation.detail,
        deadline: obligation.deadline,
        location: { uri: obligation.at.file.uri, range: rangeAt(obligation.at.file, obligation.at.path, obligation.part ?? 'value') },
      });
    }
  }
  // Overdue first (oldest first), then what comes next; a stable order for ties.
  const rank = (item: DueObligation) => (item.state === 'overdue' || item.state === 'ended' ? 0 : 1);
  return due
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.order - b.order))
    .map(({ item }) => item);
}

/** An obligation due, in the words of one locale. */
export function calendarItem(due: DueObligation, locale: Locale): CalendarItem {
  const { days } = due;
  // Spelled out in both locales: a calendar says "on 31 October 2026".
  const date = spelledDate(due.date);
  // An exception that has ended is not an obligation missed: it says so, and what to do with it.
  const ended = due.state === 'ended';
  const when = ended ? localize(text.ended, locale, { days: dayCount(-days), date })
    : days === 0 ? localize(text.today, locale)
    : days === 1 ? localize(text.inOneDay, locale, { date })
    : days > 1 ? localize(text.inDays, locale, { days: dayCount(days), date })
    : days === -1 ? localize(text.overdueOneDay, locale, { date })
    : localize(text.overdue, locale, { days: dayCount(-days), date });
  const label = due.title[locale];
  const detail = ended ? localize(text.endedDetail, locale) : due.detail?.[locale];
  return {
    id: due.id,
    kind: due.kind,
    date: due.date,
    days,
    state: due.state,
    label,
    short: due.short[locale],
    description: when,
    deadline: due.deadline,
    tooltip: [`${label}${mark(':', locale)} ${when}`, detail].filter(Boolean).join(`${mark(';', locale)} `),
    location: due.location,
  };
}

export function calendarOf(declaration: Declaration, options: CalendarOptions, sources: readonly CalendarSource[] = calendarSources): CalendarItem[] {
  return obligationsDue(declaration, options, sources).map((due) => calendarItem(due, options.locale));
}

/** The first item that is not overdue: what is due next. */
export function nextDue(items: readonly CalendarItem[]): CalendarItem | undefined {
  return items.find((item) => item.state !== 'overdue' && item.state !== 'ended');
}
