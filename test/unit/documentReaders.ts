// Reading exported documents back, as a spreadsheet or a browser would: CSV records, HTML tables.
import * as assert from 'node:assert/strict';

/** RFC 4180 records with `;`, as Excel reads them: quoted fields may hold separators, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'no byte order mark');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ';') record.push(field), (field = '');
    else if (char === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), i++;
    } else field += char;
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.deepEqual(record, []);
  return records;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** The text of an HTML fragment: <br> as a line break, other tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<br>/g, '\n').replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
}

/** Each table of the page as rows of cell texts, the header row first. */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell))));
}

