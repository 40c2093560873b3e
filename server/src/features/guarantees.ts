// Request `hds/guaranteesDocument`: the chapter 8 presentation of guarantees of one declaration, as
// the HTML `hds-check export guarantees` writes, built from the declaration as checked now (open
// buffers included), for the editor's preview. A declaration with errors is still rendered, under
// a DRAFT banner: the preview is a working view, unlike the export it is not handed out.
import type { Locale } from '../engine';
import { computeCoverage } from '../engine';
import { presentCoverage } from '../services/coverageView';
import { sentenceDate } from '../engine/dates';
import { guaranteesDocument } from '../cli/export/guarantees';
import { toHtml } from '../cli/export/html';
import type { ServerContext } from '../context';
import { GuaranteesDocumentRequest, type GuaranteesDocumentParams, type GuaranteesDocumentResult } from '../protocol';
import type { Feature } from './feature';
import { throwIfCancelled } from './edits';

/** `date` as sentences write it (sentenceDate). */
const draftBanner = {
  en: (count: number, date: string) => `DRAFT — the declaration has ${count} error(s) on ${date}: a working preview, not a document to hand out.`,
  fr: (count: number, date: string) => `BROUILLON — la déclaration comporte ${count} erreur(s) au ${date} : aperçu de travail, document à ne pas remettre.`,
};

export const guaranteesFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(GuaranteesDocumentRequest, (params: GuaranteesDocumentParams | null | undefined, token): GuaranteesDocumentResult | null => {
      throwIfCancelled(token);
      return guaranteesPreview(context, params);
    });
  },
};

export function guaranteesPreview(context: ServerContext, params: GuaranteesDocumentParams | null | undefined): GuaranteesDocumentResult | null {
  if (typeof params?.uri !== 'string') return null;
  const checked = context.checked(params.uri);
  if (!checked) return null;
  const locale: Locale = params.locale === 'en' || params.locale === 'fr' ? params.locale : context.locale();
  const today = context.today();
  const { declaration, findings } = checked.result;
  const coverage = presentCoverage(computeCoverage(declaration, findings, { today }), locale);
  const document = guaranteesDocument(declaration, coverage, locale, today);
  const errors = coverage.counts.errors;
  const banner = errors > 0 ? draftBanner[locale](errors, sentenceDate(today, locale)) : undefined;
  return { html: toHtml(document, banner), title: document.title, errors };
}
