// Engine findings as LSP diagnostics.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from './engine';
import { installedRuleDocUri } from './ruleDocs';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'hds';

export function toDiagnostic(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  // The rule's page installed with the extension: opens offline, and matches the installed rules.
  const documentation = installedRuleDocUri(finding.code);
  if (documentation) diagnostic.codeDescription = { href: documentation };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: related.location, message: related.message }));
  }
  if (finding.tags?.length) diagnostic.tags = finding.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (finding.data) diagnostic.data = { ...finding.data, requirement: finding.requirement };
  else if (finding.requirement) diagnostic.data = { requirement: finding.requirement };
  return diagnostic;
}
