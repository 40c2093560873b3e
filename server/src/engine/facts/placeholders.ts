// What counts as a placeholder: a value written to be replaced, by the starter declaration, a quick
// fix or a person copying an example. One definition, read by the rule placeholder-left and by
// every fact that must not take a placeholder for an answer (a risk's likelihood, an approver…).

/** A word the starter and the quick fixes write, or people write, for "to be answered". */
const PLACEHOLDER_WORD = /^\s*(?:TODO|TBD|TBC|FIXME)\b/i;
/** Nothing but dots or an ellipsis: "...", "…". */
const ELLIPSIS = /^\s*(?:\.{2,}|…+)\s*$/;
/**
 * "Does not apply" written where an answer is due: N/A, "non applicable", "not applicable", or
 * a lone dash. Where "none" is a real answer (`remote_access: none`) it is not one of these; where a
 * reference is due (a contract clause), the caller refuses "none" too. A bare NA is Namibia's code.
 */
const NOT_APPLICABLE = /^\s*(?:n\s*\/\s*a|n\.a\.?|non[\s-]+applicable|not[\s-]+applicable|[-–—]+)\s*$/i;
/** A run of x standing for a number or a name: "xxx", "HDS-XXXX". */
const CROSSES = /(?:^|[^a-z0-9])x{3,}(?:$|[^a-z0-9])/i;
/** Domains reserved for examples (RFC 2606: example.com…, the .example top-level domain), and their French look-alikes the starter and the schema's hint show. */
const EXAMPLE_DOMAIN = /(?:^|[/@.\s])(?:example\.(?:com|fr|org|net)|exemple\.fr|[a-z0-9-]+\.(?:example|exemple))(?:$|[/:\s])/i;
/** Dates from 2099 on are written to say "some day", not to record one. */
const FAR_FUTURE_DATE = /^\s*(\d{4})-\d{2}-\d{2}\s*$/;
const FAR_FUTURE_YEAR = 2099;

export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (PLACEHOLDER_WORD.test(value) || ELLIPSIS.test(value) || NOT_APPLICABLE.test(value) || CROSSES.test(value) || EXAMPLE_DOMAIN.test(value)) return true;
  const date = FAR_FUTURE_DATE.exec(value);
  return date !== null && Number(date[1]) >= FAR_FUTURE_YEAR;
}

/** "Does not apply" written where an answer is due: N/A, "non applicable", a lone dash. */
export function isNotApplicable(value: unknown): boolean {
  return typeof value === 'string' && NOT_APPLICABLE.test(value);
}

/** A real answer: a non-blank string that is not a placeholder. */
export function isAnswered(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && !isPlaceholder(value);
}
