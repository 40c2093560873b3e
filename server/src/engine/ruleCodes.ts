// Every rule's code, as a type the compiler checks: a misspelled code in a switch, a comparison or
// a setting fails to compile. A leaf module, so the engine's types can use it without a cycle; a
// unit test keeps it in step with the rules listed in rules/index.ts.
export const ruleCodes = [
  'yaml-syntax',
  'unreadable-file',
  'unknown-key',
  'missing-key',
  'invalid-value',
  'missing-section',
  'conflicting-definition',
  'duplicate-id',
  'unknown-activity',
  'numeric-activity',
  'unknown-subcontractor',
  'unknown-site',
  'unknown-control',
  'unquoted-control-id',
  'unknown-risk-event',
  'unknown-country',
  'storage-outside-eea',
  'storage-location-missing',
  'remote-access-without-basis',
  'law-exposure-incomplete',
  'secnumcloud-law-exposure',
  'transfer-page-missing',
  'adequacy-scope-unconfirmed',
  'transfer-customer-uninformed',
  'guarantees-answer-missing',
  'hds-certificate-expired',
  'hds-referential-v1',
  'hds-certificate-validity',
  'surveillance-audit-overdue',
  'iso27001-expired',
  'iso27001-scope',
  'iso27001-edition-lapsed',
  'iso27001-ends-before-hds',
  'no-activity-provided',
  'activity-not-certified',
  'activity-also-subcontracted',
  'subcontractor-uncertified',
  'subcontractor-certificate-scope',
  'subcontractor-certificate-expired',
  'certificate-expiring',
  'risk-event-uncovered',
  'soa-control-missing',
  'soa-justification-missing',
  'soa-exclusion-not-allowed',
  'risk-control-excluded',
  'risk-unassessed',
  'risk-acceptance-unjustified',
  'risk-control-not-implemented',
  'evidence-not-found',
  'evidence-outside-workspace',
  'contract-clause-missing',
  'requirement-unanswered',
  'requirement-not-met',
  'placeholder-left',
  'exception-incomplete',
  'exception-stale',
] as const;

export type RuleCode = (typeof ruleCodes)[number];

const known: ReadonlySet<string> = new Set(ruleCodes);

export function isRuleCode(code: string): code is RuleCode {
  return known.has(code);
}
