// Request `hds/importSpreadsheet`: the editor's "HDS: Import from spreadsheet…". The client reads
// the spreadsheet and the target file and applies the answer as a WorkspaceEdit (so Undo works);
// the mapping and the edits are server/src/import/, the code `hds-check import` runs.
import type { Locale } from '../engine';
import type { ServerContext } from '../context';
import { isImportKind, planImport } from '../import';
import { MAX_SPREADSHEET_BYTES } from '../import/read';
import { ImportSpreadsheetRequest, type ImportSpreadsheetParams, type ImportSpreadsheetResult } from '../protocol';
import type { Feature } from './feature';
import { throwIfCancelled } from './edits';

export const importFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(ImportSpreadsheetRequest, async (params: ImportSpreadsheetParams | null | undefined, token): Promise<ImportSpreadsheetResult | null> => {
      throwIfCancelled(token);
      const result = await importRequest(context, params);
      throwIfCancelled(token);
      return result;
    });
  },
};

export async function importRequest(context: Pick<ServerContext, 'locale'>, params: ImportSpreadsheetParams | null | undefined): Promise<ImportSpreadsheetResult | null> {
  if (!params || !isImportKind(params.kind) || typeof params.content !== 'string' || typeof params.sourceName !== 'string') return null;
  const target = params.target;
  if (typeof target?.uri !== 'string' || typeof target.name !== 'string' || (target.text !== undefined && typeof target.text !== 'string')) return null;
  // base64 is 4/3 of the bytes: a larger string is refused before it is decoded.
  if (params.content.length > (MAX_SPREADSHEET_BYTES / 3) * 4 + 4) return null;
  const locale: Locale = params.locale === 'en' || params.locale === 'fr' ? params.locale : context.locale();
  const bytes = new Uint8Array(Buffer.from(params.content, 'base64'));
  const plan = await planImport({ kind: params.kind, bytes, sourceName: params.sourceName, locale, target: { uri: target.uri, name: target.name, text: target.text }, force: params.force === true });
  return { refused: plan.refused, needsForce: plan.needsForce, newText: plan.newText, edits: plan.edits, problems: plan.problems, counts: plan.counts, report: plan.report };
}
