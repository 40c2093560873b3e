// Facts about the ISMS's own cycle: the internal audits EXI-16 asks (one on the ISMS's conformity to
// the referential, one on the traces of staff access, at least yearly), the yearly management review
// (ISO/IEC 27001 9.3) and the independent technical audit of EXI-15 (less than three years old).
// Rules and the calendar ask here. Pure.
import { auditCycle } from '../catalog';
import { addMonths, isValidDate } from '../dates';
import { internalAuditTopics, type InternalAudit, type InternalAuditTopic, type Isms, type ManagementReview, type Written } from '../declaration';

interface Dated { date?: Written<string> }

/** The latest entry done (dated on or before today) and the next one planned (dated after today). */
export function lastAndPlanned<T extends Dated>(entries: readonly T[], today: string): { last?: T; planned?: T } {
  let last: T | undefined;
  let planned: T | undefined;
  for (const entry of entries) {
    const date = entry.date?.value;
    if (!date || !isValidDate(date)) continue;
    if (date <= today) {
      if (!last || date > last.date!.value) last = entry;
    } else if (!planned || date < planned.date!.value) planned = entry;
  }
  return { last, planned };
}

export interface CycleDue<T> {
  /** The latest one done. */
  last?: T;
  /** The next one planned, dated after today. */
  planned?: T;
  /** When the next one is due: a year after the last one; none while none is done. */
  due?: string;
}

/** For each topic EXI-16 asks the internal audits to cover: the last audit that covered it, and when the next is due. */
export function internalAuditsDue(isms: Isms, today: string): (CycleDue<InternalAudit> & { topic: InternalAuditTopic })[] {
  return internalAuditTopics.map((topic) => {
    const { last, planned } = lastAndPlanned(isms.internalAudits.filter((audit) => audit.covers.includes(topic)), today);
    return { topic, last, planned, due: last ? addMonths(last.date!.value, auditCycle.internalAuditIntervalMonths) : undefined };
  });
}

/** The last management review, and when the next is due. */
export function managementReviewDue(isms: Isms, today: string): CycleDue<ManagementReview> {
  const { last, planned } = lastAndPlanned(isms.managementReviews, today);
  return { last, planned, due: last ? addMonths(last.date!.value, auditCycle.managementReviewIntervalMonths) : undefined };
}

/** The last day the technical audit of EXI-15 is less than three years old. */
export function technicalAuditValidUntil(isms: Isms): string | undefined {
  const date = isms.technicalAudit?.date?.value;
  if (!date || !isValidDate(date)) return undefined;
  const end = addMonths(date, auditCycle.technicalAuditValidityMonths)!;
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
