// The table as an Excel workbook (exceljs): a title row, a red banner when exported with errors,
// a bold frozen header with filters, wrapped text, fixed widths. Numbers stay numeric cells (they
// sort), an empty answer is an empty cell. Printed in landscape on A4, fitted to the page width,
// the header row repeated atop each page; each row is as tall as its wrapped text, so no row
// overlaps the next. Dated with the as-of day so the same declaration gives the same document.
import type ExcelJSModule from 'exceljs';
import type { Cell, Table } from './tables';

export async function toXlsx(table: Table, options: { banner?: string; date: string; creator: string }): Promise<Uint8Array> {
  // Loaded here, not at start-up: every other command starts without the workbook library.
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator;
  workbook.created = new Date(`${options.date}T00:00:00Z`);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(table.sheet);
  const last = table.headers.length;
  sheet.columns = table.widths.map((width) => ({ width }));

  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, last);
  if (options.banner) {
    const banner = sheet.addRow([options.banner]);
    sheet.mergeCells(banner.number, 1, banner.number, last);
    banner.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    banner.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } };
    banner.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    banner.height = 30;
  }
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = rowHeight(table.headers, table.widths);
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value) => (value === '' ? null : value)));
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(values, table.widths);
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + table.rows.length, column: last } };
  sheet.pageSetup = {
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    printTitlesRow: `${header.number}:${header.number}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Points per line of 11-point text (a column of width w holds about w characters). */
const LINE_HEIGHT = 15;
/** The tallest row Excel accepts, in points: a longer text scrolls within its cell. */
const MAX_HEIGHT = 409;

/**
 * How tall a row must be for its wrapped text: the most lines any cell takes, each of its lines
 * wrapped at the column's width. Set on the row, since a spreadsheet does not always grow rows
 * written by another program, and printed rows would then overlap.
 */
export function rowHeight(values: readonly Cell[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, index) => {
    const width = Math.max(1, (widths[index] ?? 10) - 1);
    const count = String(value).split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(MAX_HEIGHT, lines * LINE_HEIGHT);
}
