// A spreadsheet's bytes as a grid of cells: an Excel workbook (its first worksheet, read with
// exceljs) or CSV text (UTF-8 with or without a byte order mark, else Windows-1252 as French Excel
// writes it; `;`, `,` or tab between fields, told from the header line). No file is read here: the
// command line and the editor pass the bytes, so the same code serves both.
import type ExcelJSModule from 'exceljs';

/** A cell as read: text, a number, a date (an Excel date cell), a boolean, or null (empty). */
export type GridCell = string | number | boolean | Date | null;
export type Grid = GridCell[][];

/** Why a file gives no grid, for the caller to word. */
export type ReadFailure = { reason: 'empty' } | { reason: 'binary' } | { reason: 'corrupt-xlsx'; detail: string } | { reason: 'too-large'; size: number } | { reason: 'no-sheet' };

/** The largest spreadsheet read (bytes): an SoA or a risk register is a few hundred kilobytes. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
/** Rows and columns kept: far above 93 controls or any risk register. */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isWorkbook(bytes: Uint8Array): boolean {
  return ZIP.every((byte, index) => bytes[index] === byte);
}

export async function readGrid(bytes: Uint8Array): Promise<Grid | ReadFailure> {
  if (bytes.length > MAX_SPREADSHEET_BYTES) return { reason: 'too-large', size: bytes.length };
  if (isWorkbook(bytes)) return readWorkbook(bytes);
  // A workbook of the old format (.xls, OLE2) or any other binary file: not CSV.
  if (bytes.includes(0)) return { reason: 'binary' };
  const text = decode(bytes);
  const grid = parseCsv(text);
  return grid.every((row) => row.every((cell) => cell === null)) ? { reason: 'empty' } : grid;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie, as our exports write). */
export function separatorOf(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) {
      if ([...counts.values()].some((count) => count > 0)) break;
    } else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ';';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/** RFC 4180 CSV (quotes doubled inside quoted fields, line breaks allowed there), any line ending; '' cells are null. */
export function parseCsv(text: string): Grid {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = separatorOf(source);
  const rows: Grid = [];
  let row: GridCell[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    if (row.length < MAX_COLUMNS) row.push(field === '' && !wasQuoted ? null : unprotect(field, wasQuoted));
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (rows.length < MAX_ROWS) rows.push(row);
    row = [];
  };
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += character;
    } else if (character === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (character === separator) endField();
    else if (character === '\r' || character === '\n') {
      if (character === '\r' && source[index + 1] === '\n') index++;
      endRow();
    } else field += character;
  }
  if (field !== '' || wasQuoted || row.length > 0) endRow();
  return rows.map((cells) => cells.map((cell) => (cell === '' ? null : cell)));
}

/** Our CSV writes `'` before a field that starts like a formula (= + - @): it is not part of the value. */
function unprotect(value: string, _quoted: boolean): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

async function readWorkbook(bytes: Uint8Array): Promise<Grid | ReadFailure> {
  // Loaded here, as the export does: nothing else needs the workbook library.
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJSModule.Buffer);
  } catch (error) {
    return { reason: 'corrupt-xlsx', detail: error instanceof Error ? error.message : String(error) };
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return { reason: 'no-sheet' };
  const grid: Grid = [];
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  for (let number = 1; number <= rows; number++) {
    const row = sheet.getRow(number);
    const cells: GridCell[] = [];
    const columns = Math.min(row.cellCount, MAX_COLUMNS);
    for (let column = 1; column <= columns; column++) cells.push(cellValue(row.getCell(column)));
    grid.push(cells);
  }
  return grid.every((row) => row.every((cell) => cell === null)) ? { reason: 'empty' } : grid;
}

/** A cell's value: rich text joined, a formula's result, a hyperlink's text; a merged cell counts once (at its top left). */
function cellValue(cell: ExcelJSModule.Cell): GridCell {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value === '' ? null : value;
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('') || null;
    if ('result' in object) {
      const result = object.result;
      return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date ? result : null;
    }
    if (typeof object.text === 'string') return object.text || null;
    if (typeof object.text === 'object' && object.text !== null) return cellValue({ value: object.text, isMerged: false } as unknown as ExcelJSModule.Cell);
  }
  return null;
}
