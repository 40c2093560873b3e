// Engine findings as LSP diagnostics.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'hds';

/**
 * `documentation` gives a rule's page (LSP codeDescription); the server passes the pages installed
 * with the extension, so that the link opens offline and matches the installed rules.
 */
export function toDiagnostic(finding: Finding, documentation?: (code: string) => string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  const page = documentation?.(finding.code);
  if (page) diagnostic.codeDescription = { href: page };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: related.location, message: related.message }));
  }
  if (finding.tags?.length) diagnostic.tags = finding.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (finding.data) diagnostic.data = { ...finding.data, requirement: finding.requirement };
  else if (finding.requirement) diagnostic.data = { requirement: finding.requirement };
  return diagnostic;
}
