// Requests `hds/table` and `hds/tableEdit`: the table editor's rows (services/tableEditor.ts) of the
// declaration as checked now (open buffers included), and the text edit that writes a change of
// rows, versioned so it never lands on text that changed since (edits.ts). The client applies the
// edit itself (workspace.applyEdit), so it is one step of the editor's undo.
import type { Locale } from '../engine';
import type { ServerContext } from '../context';
import { TableEditRequest, TableRequest, type TableEditParams, type TableEditResult, type TableKind, type TableModel, type TableParams } from '../protocol';
import { tableEdit, tableModel } from '../services/tableEditor';
import type { Feature } from './feature';
import { throwIfCancelled, versionedEdit } from './edits';

const stale = {
  en: 'The text changed while the edit was computed: try again.',
  fr: 'Le texte a changé pendant le calcul de la modification\u00a0: réessayez.',
};

export const tableEditorFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(TableRequest, (params: TableParams | null | undefined, token): TableModel | null => {
      throwIfCancelled(token);
      return tableRequest(context, params);
    });
    connection.onRequest(TableEditRequest, (params: TableEditParams | null | undefined, token): TableEditResult => {
      throwIfCancelled(token);
      return tableEditRequest(context, params);
    });
  },
};

const isKind = (kind: unknown): kind is TableKind => kind === 'soa' || kind === 'risks';
const localeOf = (context: ServerContext, params: { locale?: unknown }): Locale => (params.locale === 'en' || params.locale === 'fr' ? params.locale : context.locale());

export function tableRequest(context: ServerContext, params: TableParams | null | undefined): TableModel | null {
  if (typeof params?.uri !== 'string' || !isKind(params.kind)) return null;
  const checked = context.checked(params.uri);
  if (!checked) return null;
  return tableModel(checked.result.declaration, params.kind, localeOf(context, params), context.workspace.evidenceProbe(checked.declaration));
}

export function tableEditRequest(context: ServerContext, params: TableEditParams | null | undefined): TableEditResult {
  if (typeof params?.uri !== 'string' || !isKind(params.kind) || !Array.isArray(params.keys) || params.keys.some((key) => typeof key !== 'string') || typeof params.set !== 'object' || params.set === null || Array.isArray(params.set)) {
    return { message: 'hds/tableEdit expects { uri, kind: "soa" | "risks", keys: string[], set: { column: value } }.' };
  }
  const checked = context.checked(params.uri);
  if (!checked) return {};
  const locale = localeOf(context, params);
  const result = tableEdit(checked.result.declaration, params, locale);
  if (!result.edit) return result;
  const edit = versionedEdit(context, checked.result, result.edit);
  return edit ? { ...result, edit } : { message: stale[locale] };
}
