// Request `hds/exportDocument`: one document of a declaration (documents/index.ts, the code
// `hds-check export` runs), built from the declaration as checked now, open buffers included, for
// the editor's "HDS: Export…" to write where the user chooses. The refusal of a declaration with
// errors comes back as data: the client asks whether to export a draft and asks again with force.
import { exportDocument, formatOf, isExportKind } from '../documents';
import type { Locale } from '../engine';
import type { ServerContext } from '../context';
import { ExportDocumentRequest, type ExportDocumentParams, type ExportDocumentResult } from '../protocol';
import type { Feature } from './feature';
import { throwIfCancelled } from './edits';
import { toBase64 } from '../protocol';

export const exportFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(ExportDocumentRequest, async (params: ExportDocumentParams | null | undefined, token): Promise<ExportDocumentResult | null> => {
      throwIfCancelled(token);
      const result = await exportRequest(context, params);
      throwIfCancelled(token);
      return result;
    });
  },
};

export async function exportRequest(context: ServerContext, params: ExportDocumentParams | null | undefined): Promise<ExportDocumentResult | null> {
  if (typeof params?.uri !== 'string' || !isExportKind(params.kind)) return null;
  const format = params.format === undefined || typeof params.format === 'string' ? formatOf(params.kind, params.format) : undefined;
  if (!format) return null;
  const checked = context.checked(params.uri);
  if (!checked) return null;
  const locale: Locale = params.locale === 'en' || params.locale === 'fr' ? params.locale : context.locale();
  const built = await exportDocument(checked.result, { kind: params.kind, format, locale, today: context.today(), force: params.force === true, creator: 'HDS Studio', ...context.workspace.evidenceProbe(checked.declaration) });
  if (built.refused) {
    const errors = built.errors.map((finding) => ({ uri: finding.uri, line: finding.range.start.line + 1, column: finding.range.start.character + 1, code: finding.code, message: finding.message }));
    return { refused: { count: built.count, undecided: built.undecided, errors } };
  }
  const binary = typeof built.content !== 'string';
  return {
    fileName: built.fileName,
    mediaType: built.mediaType,
    content: typeof built.content === 'string' ? built.content : toBase64(built.content),
    encoding: binary ? 'base64' : 'utf8',
    title: built.title,
    errors: built.errors,
  };
}
