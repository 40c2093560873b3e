// GitLab Code Quality (the Code Climate issue subset GitLab reads from `artifacts: reports:
// codequality:`): a JSON array, one issue per finding. The fingerprint is the report's own, which
// hashes the rule, the file, the message id, the finding's facts and the text it points at, never
// its line, so GitLab matches issues across commits and shows a merge request's new and fixed ones.
// Paths are relative to the folder hds-check runs in: run it at the repository root, as CI jobs do.
// A finding an exception accepts stays in the report as `info` (its description says who accepted
// it and until when): leaving it out would show adding an exception as fixing the problem.
import type { Severity } from '../../engine';
import type { Report } from '../report';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** error: a nonconformity an auditor would raise; warning: work still owed; information and hints ask nothing now. */
export const codeQualitySeverity: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' };

export interface CodeQualityIssue {
  type: 'issue';
  engine_name: string;
  check_name: string;
  description: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export function formatGitlab(report: Report): string {
  const issues = report.findings.map(
    (finding): CodeQualityIssue => ({
      type: 'issue',
      engine_name: report.tool.name,
      check_name: finding.code,
      description: finding.message,
      fingerprint: finding.fingerprint,
      severity: finding.accepted ? 'info' : codeQualitySeverity[finding.severity],
      location: { path: finding.file, lines: { begin: finding.line, end: finding.endLine } },
    }),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
}
