// The table as an Excel workbook (exceljs): a title row, a red banner when exported with errors,
// a bold frozen header with filters, wrapped text, fixed widths. Dated with the as-of day so the
// same declaration gives the same document.
import type ExcelJSModule from 'exceljs';
import type { Table } from './tables';

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
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + table.rows.length, column: last } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
