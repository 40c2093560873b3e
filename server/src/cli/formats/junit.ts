// JUnit XML for GitLab, Jenkins and other test-report readers: one test suite per file, one test
// case per rule in it; a case fails when the rule found an error there. Warnings and information
// are shown in the case's output without failing it, as the exit code does.
import { rules } from '../../engine';
import type { Report, ReportFinding } from '../report';
import { severityWord } from '../severity';

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five special ones are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(report: Report): string {
  const files = [...new Set(report.declarations.flatMap((declaration) => declaration.files))].sort();
  const enabled = rules.filter((rule) => !report.disabledRules.includes(rule.code));
  const line = (finding: ReportFinding) => `${finding.file}:${finding.line}:${finding.column} ${severityWord(finding.severity, report.locale)} ${finding.message} (${finding.code})`;
  const suites = files.map((file) => {
    const here = report.findings.filter((finding) => finding.file === file);
    const cases = enabled.map((rule) => {
      const found = here.filter((finding) => finding.code === rule.code);
      const errors = found.filter((finding) => finding.severity === 'error');
      const others = found.filter((finding) => finding.severity !== 'error');
      const body: string[] = [];
      if (errors.length > 0) body.push(`      <failure message="${escapeXml(errors[0].message)}" type="${rule.code}">${escapeXml(errors.map(line).join('\n'))}</failure>`);
      if (others.length > 0) body.push(`      <system-out>${escapeXml(others.map(line).join('\n'))}</system-out>`);
      const open = `    <testcase name="${escapeXml(rule.code)}" classname="${escapeXml(file)}" file="${escapeXml(file)}" time="0"`;
      return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
    });
    const failures = enabled.filter((rule) => here.some((finding) => finding.code === rule.code && finding.severity === 'error')).length;
    return `  <testsuite name="${escapeXml(file)}" tests="${enabled.length}" failures="${failures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = files.reduce((sum, file) => sum + enabled.filter((rule) => report.findings.some((finding) => finding.file === file && finding.code === rule.code && finding.severity === 'error')).length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="hds-check" tests="${files.length * enabled.length}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
