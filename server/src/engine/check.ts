// The engine's entry point: documents in, the declaration model and its findings out.
import { applyExceptions } from './exceptions';
import { isMainFile } from './grouping';
import { buildDeclaration, type Declaration, type Ref } from './declaration';
import type { MessageArg, Report, Rule, Span } from './rule';
import { rules } from './rules';
import { localize } from './text';
import type { CheckOptions, Finding, Locale, Range, SourceDocument } from './types';
import { appliedRiskCriteria, type AppliedRiskCriteria } from './facts/riskCriteria';
import { parseFile, rangeAt, offsetRange, type ParsedFile } from './yamlFile';

export interface CheckResult {
  declaration: Declaration;
  findings: Finding[];
  /** The risk scales and acceptance threshold the check applied, and where each came from. */
  riskCriteria: AppliedRiskCriteria;
}

/**
 * Checks one declaration made of `documents`. `parse` lets a caller reuse parsed files between
 * checks (the language server caches them per document version).
 */
export function checkDeclaration(documents: readonly SourceDocument[], options: CheckOptions, parse: (document: SourceDocument) => ParsedFile = parseFile): CheckResult {
  const files = documents
    .map((document) => ({ document, main: isMainFile(document.text) })) // once per file, not per comparison
    .sort(mainFileFirst)
    .map(({ document }) => parse(document));
  const declaration = buildDeclaration(files);
  return { declaration, findings: runRules(declaration, options), riskCriteria: appliedRiskCriteria(declaration, options) };
}

/** The main file (with `hds:`) comes first, so facts defined twice are reported in the other file. */
function mainFileFirst(a: { document: SourceDocument; main: boolean }, b: { document: SourceDocument; main: boolean }): number {
  return Number(b.main) - Number(a.main) || (a.document.uri < b.document.uri ? -1 : a.document.uri > b.document.uri ? 1 : 0);
}

const ruleCodes = rules.map((rule) => rule.code);

export function runRules(declaration: Declaration, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.code];
    if (setting === 'off') continue;
    const report = (report: Report) => {
      // A setting gives the rule one severity; by default, a report may say its finding asks less (a plan already dated).
      const severity = setting ?? report.severity ?? rule.severity;
      const { uri, range } = locate(report.at, report.part);
      const finding: Finding = {
        code: rule.code,
        messageId: report.messageId,
        requirement: report.requirement ?? rule.requirement,
        severity,
        uri,
        range,
        message: withRequirement(render(rule, report.messageId, report.args, options.locale), report.requirement ?? rule.requirement),
      };
      if (report.data) finding.data = report.data;
      if (report.related) {
        finding.related = report.related.map((related) => ({
          location: locate(related.at, related.part ?? 'key'),
          messageId: related.messageId,
          message: render(rule, related.messageId, related.args, options.locale),
        }));
      }
      findings.push(finding);
    };
    try {
      rule.check({ declaration, options, findings, ruleCodes, report });
    } catch (error) {
      // A rule that breaks on odd input must not take the other rules down with it.
      findings.push(internalError(rule, error, declaration));
    }
  }
  try {
    applyExceptions(declaration, findings, options.today, options.locale);
  } catch (error) {
    // Odd exceptions must not cost the user the findings themselves.
    const exceptionRule = rules.find((rule) => rule.code === 'exception-incomplete');
    if (exceptionRule) findings.push(internalError(exceptionRule, error, declaration));
  }
  return findings;
}

function locate(at: Ref | Span, part: Report['part']): { uri: string; range: Range } {
  if ('path' in at) return { uri: at.file.uri, range: rangeAt(at.file, at.path, part) };
  return { uri: at.file.uri, range: offsetRange(at.file, at.start, at.end) };
}

export function render(rule: Rule, messageId: string, args: Record<string, MessageArg> | undefined, locale: Locale): string {
  const template = rule.messages[messageId];
  if (!template) throw new Error(`Rule ${rule.code} has no message ${messageId}`);
  return localize(template, locale, args ?? {});
}

/** Every message names the requirement it enforces, unless its sentence already does. */
function withRequirement(message: string, requirement: string | undefined): string {
  return requirement && !message.includes(requirement) ? `${message} [${requirement}]` : message;
}

function internalError(rule: Rule, error: unknown, declaration: Declaration): Finding {
  const file = declaration.files[0];
  return {
    code: rule.code,
    messageId: 'internal-error',
    severity: 'error',
    uri: file?.uri ?? '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `Internal error in rule ${rule.code}: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
  };
}
