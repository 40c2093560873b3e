// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: every rule in
// tool.driver.rules (requirement, help, link to its page), one result per finding with a
// partial fingerprint that does not depend on line numbers, so findings are tracked across commits.
// A finding an exception of the declaration accepts carries an "inSource" suppression (the exception
// is written in the declaration itself), status "accepted", with its justification, who approved it
// and until when: code scanning then lists it as dismissed rather than open.
import { pathToFileURL } from 'node:url';
import { rules, type Severity } from '../../engine';
import { requirementText } from '../../engine/catalog';
import { installedRuleDocUri, repositoryRuleDocUri, repositoryUrl } from '../../ruleDocs';
import type { Report, ReportPlace } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'hdsFinding/v1';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * `security-severity`, the score (0.1 to 10, as a string) GitHub ranks alerts by, from the rule's
 * default severity: an error (a nonconformity an auditor would raise) is high (7.0-8.9), a warning
 * (work still owed) medium (4.0-6.9), information and hints low (0.1-3.9). GitHub reads it on rules
 * tagged `security`, so every rule carries that tag.
 */
export const securitySeverity: Record<Severity, string> = { error: '8.0', warning: '5.0', information: '2.0', hint: '1.0' };

/** Rules that read their verdict from free text by patterns (placeholders) rather than from the declaration's facts. */
const patternRules: ReadonlySet<string> = new Set(['placeholder-left']);

/** `precision`: "very-high" for a rule that reads the declaration's facts, "high" for one that recognises patterns in free text. */
export function precisionOf(code: string): 'very-high' | 'high' {
  return patternRules.has(code) ? 'high' : 'very-high';
}

export function ruleHelp(code: string, locale: 'en' | 'fr'): { text: string; markdown: string } {
  const rule = rules.find((candidate) => candidate.code === code)!;
  const requirement = rule.requirement ? requirementText(rule.requirement) : undefined;
  const requirementLine = rule.requirement
    ? locale === 'fr'
      ? `Exigence\u00a0: ${rule.requirement}${requirement ? ` — ${requirement.title.fr}` : ''}.`
      : `Requirement: ${rule.requirement}${requirement ? ` — ${requirement.title.en}` : ''}.`
    : '';
  const text = [rule.docs[locale], requirementLine, requirement?.summary[locale]].filter(Boolean).join(' ');
  const markdown = [`**${rule.code}**: ${rule.docs[locale]}`, requirementLine && `*${requirementLine}*`, requirement?.summary[locale]].filter(Boolean).join('\n\n');
  return { text, markdown };
}

/** `added`: with --baseline, the fingerprints the change introduces (baselineState new, the others unchanged). */
export function formatSarif(report: Report, cwd = process.cwd(), added?: ReadonlySet<string>): string {
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.code, index]));
  const location = (place: ReportPlace, message?: string, id?: number) => ({
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: encodeURI(place.file), uriBaseId: 'SRCROOT' },
      region: { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn },
    },
    ...(message ? { message: { text: message } } : {}),
  });
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(repositoryUrl() ? { informationUri: repositoryUrl() } : {}),
            language: report.locale,
            rules: rules.map((rule) => {
              const helpUri = repositoryRuleDocUri(rule.code) ?? installedRuleDocUri(rule.code);
              return {
                id: rule.code,
                name: rule.code.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()),
                shortDescription: { text: rule.docs[report.locale] },
                fullDescription: { text: ruleHelp(rule.code, report.locale).text },
                help: ruleHelp(rule.code, report.locale),
                ...(helpUri ? { helpUri } : {}),
                defaultConfiguration: { level: levels[rule.severity] },
                properties: {
                  ...(rule.requirement ? { requirement: rule.requirement } : {}),
                  tags: ['hds', 'compliance', 'security', ...(rule.requirement ? [rule.requirement] : [])],
                  'security-severity': securitySeverity[rule.severity],
                  precision: precisionOf(rule.code),
                },
              };
            }),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [{ executionSuccessful: true, properties: { asOf: report.asOf } }],
        results: report.findings.map((finding) => ({
          ruleId: finding.code,
          ruleIndex: ruleIndex.get(finding.code),
          level: levels[finding.severity],
          message: { text: finding.message },
          locations: [location(finding)],
          ...(finding.related?.length ? { relatedLocations: finding.related.map((related, index) => location(related, related.message, index + 1)) } : {}),
          partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
          ...(finding.accepted
            ? {
                suppressions: [
                  {
                    kind: 'inSource',
                    status: 'accepted',
                    justification: finding.accepted.justification,
                    location: location(finding.accepted.location),
                    properties: { approvedBy: finding.accepted.approvedBy, until: finding.accepted.until, severity: finding.accepted.severity },
                  },
                ],
              }
            : {}),
          ...(added ? { baselineState: added.has(finding.fingerprint) ? 'new' : 'unchanged' } : {}),
          properties: { ...(finding.requirement ? { requirement: finding.requirement } : {}), severity: finding.severity, messageId: finding.messageId },
        })),
        properties: { catalog: report.catalog, asOf: report.asOf },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
