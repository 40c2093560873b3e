// Facts about certificates and their dates: how long is left, when a certificate counts as
// expiring, the three-year HDS cycle and its yearly surveillance audits, the lapse of the 2013
// edition of ISO/IEC 27001. Every rule, the coverage, the hover and the calendar ask here, so that
// "expiring" or "overdue" means the same thing everywhere.
import certification from '../../../catalog/certification.json';
import referential from '../../../catalog/referential.json';
import { daysBetween, isValidDate } from '../dates';
import type { Declaration, Ref, Subcontractor, SurveillanceAudit, Written } from '../declaration';
import type { Localized } from '../types';
import { localizeBoth } from '../text';

/** A certificate ending within this many days is "expiring": time to plan its renewal. */
export const expiryWarningDays: number = referential.expiryWarningDays;
/** An HDS certificate is issued for this many years. */
export const hdsValidityYears: number = certification.hds.validityYears;
const surveillanceIntervalYears: number = certification.hds.surveillanceIntervalYears;

export type ExpiryStatus = 'valid' | 'expiring' | 'expired' | 'undated';

export interface Expiry {
  status: ExpiryStatus;
  /** Whole days from today to the expiry date (negative once expired); absent when undated. */
  days?: number;
}

/** Where a certificate stands on `today`: the last day written in `expires` is still valid. */
export function expiryOf(expires: string | undefined, today: string): Expiry {
  const days = expires === undefined ? undefined : daysBetween(today, expires);
  if (days === undefined) return { status: 'undated' };
  return { status: days < 0 ? 'expired' : days <= expiryWarningDays ? 'expiring' : 'valid', days };
}

/** `date` plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string | undefined {
  if (!isValidDate(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The latest expiry an HDS certificate issued on `issued` may carry: three years on. */
export function latestHdsExpiry(issued: string): string | undefined {
  return addYears(issued, hdsValidityYears);
}

/** The expiry a certification body usually writes: the day before the third anniversary of issue. */
export function usualHdsExpiry(issued: string): string | undefined {
  const latest = latestHdsExpiry(issued);
  return latest && new Date(Date.parse(`${latest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The anniversaries of issue by which the yearly surveillance audits are due (years 1 and 2). */
export function surveillanceDueDates(issued: string): string[] {
  if (!isValidDate(issued)) return [];
  const dates: string[] = [];
  for (let year = 1; year < hdsValidityYears; year++) dates.push(addYears(issued, year * surveillanceIntervalYears)!);
  return dates;
}

export interface SurveillanceDue {
  /** 1 for the first year's audit, 2 for the second. */
  year: number;
  /** The anniversary of issue by which the audit is due. */
  due: string;
  /** The recorded audit that answers it (dated on or before today). */
  done?: SurveillanceAudit;
  /** A recorded audit dated after today, when none is done yet. */
  planned?: SurveillanceAudit;
  /** Due date passed and no audit done. */
  overdue: boolean;
  /** Days from today to the due date (negative when past). */
  days: number;
}

/**
 * The yearly surveillance audits of an HDS certificate: one per anniversary of issue before its
 * expiry (the third year ends with the renewal audit instead). Audits done are matched to the
 * anniversaries in date order, so a late audit still answers the year it was late for.
 */
export function surveillanceSchedule(issued: string | undefined, expires: string | undefined, audits: readonly SurveillanceAudit[], today: string): SurveillanceDue[] {
  if (!issued || !isValidDate(issued)) return [];
  const end = expires && isValidDate(expires) ? expires : latestHdsExpiry(issued)!;
  const dated = audits
    .filter((audit) => audit.date && isValidDate(audit.date.value) && audit.date.value > issued)
    .sort((a, b) => (a.date!.value < b.date!.value ? -1 : a.date!.value > b.date!.value ? 1 : 0));
  const done = dated.filter((audit) => audit.date!.value <= today);
  const planned = dated.filter((audit) => audit.date!.value > today);
  const schedule: SurveillanceDue[] = [];
  // A certificate ending early (withdrawn, or written shorter) has no audit due after its end.
  for (const [index, due] of surveillanceDueDates(issued).entries()) {
    if (due >= end) break;
    const year = index + 1;
    const answered = done[year - 1];
    const days = daysBetween(today, due)!;
    schedule.push({
      year,
      due,
      done: answered,
      planned: answered ? undefined : planned[year - 1 - done.length],
      overdue: !answered && days < 0,
      days,
    });
  }
  return schedule;
}

/** The last day a certificate to this edition of ISO/IEC 27001 is valid, when that edition lapsed. */
export function isoEditionLastValidDay(edition: unknown): string | undefined {
  return (certification.iso27001.lastValidDay as Record<string, string>)[String(edition)];
}

/** Whether a certificate to this edition has lapsed on `today` (the day after its last valid day). */
export function isoEditionLapsed(edition: unknown, today: string): boolean {
  const lastDay = isoEditionLastValidDay(edition);
  return lastDay !== undefined && (daysBetween(lastDay, today) ?? 0) > 0;
}

/** One certificate the declaration relies on: the own HDS and ISO/IEC 27001 ones, and each subcontractor's HDS one. */
export interface DeclaredCertificate {
  kind: 'hds' | 'iso27001' | 'subcontractor';
  /** "The HDS certificate", "The HDS certificate of dc-nord"… */
  name: Localized;
  number?: string;
  issued?: Written<string>;
  expires?: Written<string>;
  requirement: string;
  subcontractor?: Subcontractor;
  at: Ref;
}

export function declaredCertificates(declaration: Declaration): DeclaredCertificate[] {
  const certificates: DeclaredCertificate[] = [];
  const hds = declaration.hdsCertificate;
  if (hds) certificates.push({ kind: 'hds', name: { en: 'The HDS certificate', fr: 'Le certificat HDS' }, number: hds.number, issued: hds.issued, expires: hds.expires, requirement: 'EXI-01', at: hds.at });
  const iso = declaration.isoCertificate;
  if (iso) certificates.push({ kind: 'iso27001', name: { en: 'The ISO/IEC 27001 certificate', fr: 'Le certificat ISO/IEC 27001' }, number: iso.number, issued: iso.issued, expires: iso.expires, requirement: 'EXI-01', at: iso.at });
  for (const subcontractor of declaration.subcontractors) {
    const certificate = subcontractor.certificate;
    if (!certificate) continue;
    const who = subcontractor.id ?? subcontractor.name ?? '?';
    certificates.push({
      kind: 'subcontractor',
      name: localizeBoth({ en: 'The HDS certificate of {who}', fr: 'Le certificat HDS de {who}' }, { who }),
      number: certificate.number,
      issued: certificate.issued,
      expires: certificate.expires,
      requirement: 'EXI-14',
      subcontractor,
      at: certificate.at,
    });
  }
  return certificates;
}
