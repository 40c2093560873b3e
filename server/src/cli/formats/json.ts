// The report as JSON: the Report object itself, so it can be read back as a baseline.
import type { Report } from '../report';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
