// CSV that French Excel opens as it should: UTF-8 with a byte order mark (else accents break),
// `;` between fields (Excel's separator where the decimal mark is a comma), CRLF between records,
// fields quoted when they hold a separator, a quote or a line break. A field that starts like a
// formula (= + - @) is prefixed with ' so a spreadsheet shows it instead of running it. Numbers
// (ratings, levels) are written as they are.
import type { Table } from './tables';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: Table, banner?: string): string {
  const records = [...(banner ? [[banner], []] : []), table.headers, ...table.rows];
  return BOM + records.map((record) => record.map((value) => (typeof value === 'number' ? String(value) : csvField(value))).join(SEPARATOR)).join('\r\n') + '\r\n';
}
