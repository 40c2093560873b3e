// Accepted exceptions: the declaration records, under `exceptions`, findings it accepts on record
// (which rule, about what, why, who approved, until when). An accepted finding is not hidden: it
// stays in the list as information that says who accepted it, until when and why; once the date
// has passed it is back at its own severity.
import { isValidDate } from './dates';
import type { AcceptedException, Declaration, Ref } from './declaration';
import { isAnswered } from './facts/placeholders';
import { dated, localize } from './text';
import type { Finding, Locale } from './types';
import { offsetAt, offsetsAt, rangeAt, type ParsedFile } from './yamlFile';

/** Findings about the exceptions themselves, or about files that could not be read, cannot be accepted. */
export const UNACCEPTABLE_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'unreadable-file', 'exception-stale', 'exception-incomplete']);

/** What an exception lacks to be on record. */
export type ExceptionGap = 'justification' | 'approved_by' | 'until';

export function exceptionGaps(exception: AcceptedException): ExceptionGap[] {
  const gaps: ExceptionGap[] = [];
  if (!isAnswered(exception.justification)) gaps.push('justification');
  if (!isAnswered(exception.approvedBy)) gaps.push('approved_by');
  if (!exception.until || !isAnswered(exception.until.value) || !isValidDate(exception.until.value)) gaps.push('until');
  return gaps;
}

/** Whether `exception` is about `finding`: same rule, and its target is an id the finding names or the text it points at. */
export function exceptionMatches(exception: AcceptedException, finding: Finding, declaration: Declaration): boolean {
  if (!exception.rule || exception.rule.value !== finding.code || !exception.target) return false;
  const target = exception.target.value;
  if (target === '') return false;
  if (factValues(finding.data).includes(target)) return true;
  const file = declaration.files.find((candidate) => candidate.uri === finding.uri);
  if (!file) return false;
  const start = offsetAt(file, finding.range.start);
  const text = file.text.slice(start, offsetAt(file, finding.range.end)).trim();
  return unquote(text) === target || enclosingIds(declaration, file, start).includes(target);
}

/** The ids of the entries written around an offset: the subcontractor, risk, SoA control, site or clause it belongs to. */
function enclosingIds(declaration: Declaration, file: ParsedFile, offset: number): string[] {
  const inside = (at: Ref) => {
    if (at.file !== file) return false;
    const [start, end] = offsetsAt(file, at.path, 'entry');
    return offset >= start && offset < end;
  };
  return [
    ...declaration.subcontractors.filter((entry) => entry.id && inside(entry.at)).map((entry) => entry.id!),
    ...declaration.risks.filter((entry) => entry.id && inside(entry.at)).map((entry) => entry.id!),
    ...declaration.soa.filter((entry) => entry.control && inside(entry.at)).map((entry) => entry.control!.id),
    ...declaration.storage.filter((entry) => entry.site && inside(entry.at)).map((entry) => entry.site!),
    ...declaration.activities.filter((entry) => entry.activity.id && inside(entry.at)).map((entry) => entry.activity.id!),
    ...declaration.contract.filter((entry) => inside(entry.at)).map((entry) => entry.requirement),
  ];
}

/** For each exception, the findings it is about (whether it is complete and current or not). */
export function exceptionMatchesOf(declaration: Declaration, findings: readonly Finding[]): Map<AcceptedException, Finding[]> {
  const matches = new Map<AcceptedException, Finding[]>();
  for (const exception of declaration.exceptions) {
    matches.set(exception, findings.filter((finding) => !UNACCEPTABLE_RULES.has(finding.code) && exceptionMatches(exception, finding, declaration)));
  }
  return matches;
}

const text = {
  accepted: { en: '{message} — accepted by {by} until {until}, because {justification}', fr: '{message} — accepté par {by} jusqu’au {until}, car {justification}' },
  ended: { en: '{message} (the exception that accepted it ended on {until})', fr: '{message} (l’exception qui l’acceptait a pris fin le {until})' },
};

/**
 * Applies the complete exceptions to `findings`, in place: a finding one of them is about becomes
 * information until the exception's end date (included), then is back at its own severity.
 */
export function applyExceptions(declaration: Declaration, findings: Finding[], today: string, locale: Locale): void {
  if (declaration.exceptions.length === 0) return;
  const complete = declaration.exceptions.filter((exception) => exceptionGaps(exception).length === 0);
  for (const finding of findings) {
    if (UNACCEPTABLE_RULES.has(finding.code)) continue;
    const matching = complete.filter((exception) => exceptionMatches(exception, finding, declaration));
    if (matching.length === 0) continue;
    // The exception that lasts longest is the one in force.
    const exception = matching.sort((a, b) => (a.until!.value < b.until!.value ? 1 : -1))[0];
    const until = exception.until!.value;
    if (until < today) {
      finding.message = localize(text.ended, locale, { message: finding.message, until: dated(until) });
      continue;
    }
    finding.accepted = {
      severity: finding.severity,
      approvedBy: exception.approvedBy!,
      until,
      justification: exception.justification!,
      location: { uri: exception.at.file.uri, range: rangeAt(exception.at.file, exception.at.path, 'value') },
    };
    finding.severity = 'information';
    finding.message = localize(text.accepted, locale, { message: finding.message, by: exception.approvedBy!, until: dated(until), justification: exception.justification! });
  }
}

/** The ids and values a finding's facts name, arrays flattened. */
function factValues(data: Record<string, unknown> | undefined): string[] {
  if (!data) return [];
  return Object.values(data).flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value): value is string | number => typeof value === 'string' || typeof value === 'number').map(String);
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}
