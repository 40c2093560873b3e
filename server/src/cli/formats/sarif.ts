// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: every rule in
// tool.driver.rules (requirement, help, link to its page), one result per finding with a
// partial fingerprint that does not depend on line numbers, so findings are tracked across commits.
import { pathToFileURL } from 'node:url';
import { rules, type Severity } from '../../engine';
import { requirementText } from '../../engine/catalog';
import { installedRuleDocUri, repositoryRuleDocUri, repositoryUrl } from '../../ruleDocs';
import type { Report, ReportPlace } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'hdsFinding/v1';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

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
                properties: { ...(rule.requirement ? { requirement: rule.requirement } : {}), tags: ['hds', 'compliance', ...(rule.requirement ? [rule.requirement] : [])] },
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
          ...(added ? { baselineState: added.has(finding.fingerprint) ? 'new' : 'unchanged' } : {}),
          properties: { ...(finding.requirement ? { requirement: finding.requirement } : {}), severity: finding.severity, messageId: finding.messageId },
        })),
        properties: { catalog: report.catalog, asOf: report.asOf },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
