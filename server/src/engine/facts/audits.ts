// Facts about the certification audits of the own HDS certificate and what they found: every audit
// (initial stages 1 and 2, surveillance, renewal), each finding with the date it is due and whether
// it is still open. Rules, the calendar and the readiness figures ask here, so that "open" and
// "overdue" mean the same thing everywhere. Pure: the declaration and today in, facts out.
import { auditCycle } from '../catalog';
import { addMonths, isValidDate } from '../dates';
import { perDeclaration, type AuditFinding, type CertificationAudit, type Declaration, type FindingLevel } from '../declaration';

/** What a certification audit's `result` says. */
export type AuditResult = 'passed' | 'minor-nonconformities' | 'major-nonconformities';

/** The levels a certification body expects corrected by a deadline. */
export function isNonconformity(level: FindingLevel | undefined): boolean {
  return level === 'major-nonconformity' || level === 'minor-nonconformity';
}

/** Every certification audit of the own HDS certificate as written: `audits` (initial, renewal), then `surveillance`. */
export const certificationAudits = perDeclaration((declaration: Declaration): CertificationAudit[] => {
  const certificate = declaration.hdsCertificate;
  return certificate ? [...certificate.audits, ...certificate.surveillance] : [];
});

/** The earliest initial audit (stage 1, or stage 2 when stage 1 is not recorded) with a valid date. */
export function initialAudit(declaration: Declaration): CertificationAudit | undefined {
  const initial = certificationAudits(declaration)
    .filter((audit) => (audit.kind === 'stage-1' || audit.kind === 'stage-2') && audit.date && isValidDate(audit.date.value));
  return initial.sort((a, b) => (a.date!.value < b.date!.value ? -1 : a.date!.value > b.date!.value ? 1 : 0))[0];
}

/** One finding of one audit, with its deadline. */
export interface FindingFacts {
  finding: AuditFinding;
  audit: CertificationAudit;
  /** YYYY-MM-DD: the `due` written, else, for a nonconformity, its audit's date plus the correction time; none for an observation without `due`. */
  due?: string;
  /** The deadline is the default one (no `due` written). */
  defaultDue: boolean;
  /** Its place in its audit's list, from 1. */
  position: number;
}

/** How a finding is named: its id, else the requirement or control it concerns, else its place in its audit's list (#2). */
export function findingLabel(facts: FindingFacts): string {
  const { finding } = facts;
  const concerns = [finding.requirement?.value, finding.control?.id].filter(Boolean).join(', ');
  return finding.id ?? (concerns || `#${facts.position}`);
}

/**
 * The deadline of a finding: the date the certification body's report set (`due`), else, for a
 * nonconformity, three months after its audit (catalog audits.json: the ANS's deadline).
 * Observations and opportunities for improvement have none by default.
 */
export function findingDue(finding: AuditFinding, audit: CertificationAudit): { due?: string; defaultDue: boolean } {
  if (finding.due && isValidDate(finding.due.value)) return { due: finding.due.value, defaultDue: false };
  if (!isNonconformity(finding.level) || !audit.date) return { defaultDue: false };
  const due = addMonths(audit.date.value, auditCycle.correctionMonths);
  return { due, defaultDue: due !== undefined };
}

/** Every finding listed under a certification audit, in the order audits are written. */
export const auditFindings = perDeclaration((declaration: Declaration): FindingFacts[] =>
  certificationAudits(declaration).flatMap((audit) => (audit.findings ?? []).map((finding, index) => ({ finding, audit, position: index + 1, ...findingDue(finding, audit) }))));

/** Open until a closing date is written that is not after today. */
export function isOpen(finding: AuditFinding, today: string): boolean {
  const closed = finding.closed?.value;
  return !closed || !isValidDate(closed) || closed > today;
}

/** Open and past its deadline (the deadline day itself is still in time). */
export function isOverdue(facts: FindingFacts, today: string): boolean {
  return isOpen(facts.finding, today) && facts.due !== undefined && facts.due < today;
}

/** How many findings are still open, and how many of those are past their deadline. */
export function findingCounts(declaration: Declaration, today: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const facts of auditFindings(declaration)) {
    if (!isOpen(facts.finding, today)) continue;
    open++;
    if (isOverdue(facts, today)) overdue++;
  }
  return { open, overdue };
}

/** The result a list of findings implies: its gravest level decides. */
export function impliedResult(findings: readonly AuditFinding[]): AuditResult {
  if (findings.some((finding) => finding.level === 'major-nonconformity')) return 'major-nonconformities';
  if (findings.some((finding) => finding.level === 'minor-nonconformity')) return 'minor-nonconformities';
  return 'passed';
}
