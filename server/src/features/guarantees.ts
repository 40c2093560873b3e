// Request `hds/guaranteesDocument`: the chapter 8 presentation of guarantees of one declaration, as
// the HTML `hds-check export guarantees` writes (documents/index.ts), built from the declaration as
// checked now (open buffers included), for the editor's preview. A declaration with errors is
// still rendered, under the DRAFT banner: the preview is a working view, so it is always forced.
import { exportDocument } from '../documents';
import type { Locale } from '../engine';
import type { ServerContext } from '../context';
import { GuaranteesDocumentRequest, type GuaranteesDocumentParams, type GuaranteesDocumentResult } from '../protocol';
import type { Feature } from './feature';
import { throwIfCancelled } from './edits';

export const guaranteesFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(GuaranteesDocumentRequest, async (params: GuaranteesDocumentParams | null | undefined, token): Promise<GuaranteesDocumentResult | null> => {
      throwIfCancelled(token);
      const result = await guaranteesPreview(context, params);
      throwIfCancelled(token);
      return result;
    });
  },
};

export async function guaranteesPreview(context: ServerContext, params: GuaranteesDocumentParams | null | undefined): Promise<GuaranteesDocumentResult | null> {
  if (typeof params?.uri !== 'string') return null;
  const checked = context.checked(params.uri);
  if (!checked) return null;
  const locale: Locale = params.locale === 'en' || params.locale === 'fr' ? params.locale : context.locale();
  const built = await exportDocument(checked.result, { kind: 'guarantees', format: 'html', locale, today: context.today(), force: true, creator: 'HDS Studio' });
  if (built.refused) return null; // not with force
  return { html: built.content as string, title: built.title, errors: built.errors };
}
