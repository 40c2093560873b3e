// One way to turn a checked declaration into a document to hand out, for `hds-check export` and
// the editor's "HDS: Export…" (request `hds/exportDocument`) alike: the Statement of Applicability
// or the risk register as a workbook or CSV, the requirements checklist (EXI-01 to EXI-31) as a
// workbook, CSV or Markdown, the chapter 8 presentation of guarantees as HTML or
// Markdown, the EXI-31 transfers page as HTML. A declaration with errors or undecided answers (a
// placeholder, an unassessed risk) is refused, the first of them named, unless `force`: the
// document then opens with the DRAFT banner. Pure: no LSP, no file system; the callers write the
// bytes where they belong.
import { computeCoverage, computeReadiness, isUndecided, type CheckResult, type Finding, type Locale } from '../engine';
import { counted, dated, localize, NOUNS } from '../engine/text';
import { toCsv } from './csv';
import { guaranteesDocument, transfersDocument } from './guarantees';
import { toHtml } from './html';
import { KIND_FORMATS, MEDIA_TYPES, suggestedFileName, type ExportFormat, type ExportKind } from './kinds';
import { toMarkdown } from './markdown';
import { requirementsDocument, requirementsTable } from './requirements';
import { risksTable, soaTable, type EvidenceProbe } from './tables';
import { toXlsx } from './xlsx';

export * from './kinds';

/** How many errors a refusal names; the rest are counted. */
export const REFUSAL_NAMED = 20;

const say = {
  banner: {
    en: 'DRAFT — the declaration has {count} on {date}: not a document to hand out.',
    fr: 'BROUILLON — la déclaration comporte {count} au {date}\u00a0: document à ne pas remettre.',
  },
  and: { en: '{errors} and {undecided}', fr: '{errors} et {undecided}' },
};

export interface ExportOptions extends EvidenceProbe {
  kind: ExportKind;
  /** One of the kind's formats (KIND_FORMATS); its first by default. */
  format?: ExportFormat;
  locale: Locale;
  /** The as-of day (YYYY-MM-DD): the document is dated with it, so the same declaration gives the same bytes. */
  today: string;
  /** Export a declaration with errors, under the DRAFT banner. */
  force?: boolean;
  /** Who made the workbook (its `creator` property). */
  creator: string;
}

export interface ExportedDocument {
  refused?: undefined;
  kind: ExportKind;
  format: ExportFormat;
  /** Text for csv, html and md (the CSV with its byte order mark); bytes for xlsx. */
  content: string | Uint8Array;
  mediaType: string;
  /** The name it is offered under, e.g. hds-soa.xlsx. */
  fileName: string;
  /** The document's title, e.g. "Statement of Applicability — Exemple Santé SAS — …". */
  title: string;
  /** The declaration's errors and undecided answers: above zero (with `force`), the document carries the DRAFT banner (not the requirements checklist, which lists them). */
  errors: number;
}

export interface ExportRefusal {
  refused: true;
  /** How many findings block the export: errors, and undecided answers of a lower severity. */
  count: number;
  /** Of `count`, the undecided answers that are not errors. */
  undecided: number;
  /** The first of them (REFUSAL_NAMED at most), in file order. */
  errors: Finding[];
}

/** The format a kind is exported as when `format` is given or not; undefined when the kind has no such format. */
export function formatOf(kind: ExportKind, format: string | undefined): ExportFormat | undefined {
  const formats = KIND_FORMATS[kind];
  return format === undefined ? formats[0] : formats.find((candidate) => candidate === format);
}

/**
 * What blocks an export, errors first, each in file order: errors, and answers still undecided whatever their
 * severity (a placeholder is never an answer: a document must not hand one out), unless an
 * exception accepts them.
 */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => (finding.severity === 'error' ? 0 : 1);
  return findings
    .filter((finding) => (finding.severity === 'error' || isUndecided(finding)) && !finding.accepted)
    // Errors first (the nonconformities), then the answers still undecided; each in file order.
    .sort((a, b) => rank(a) - rank(b) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** "3 errors", "2 undecided answers", "3 errors and 2 undecided answers": what keeps a document a draft. */
export function blockingSummary(count: number, undecided: number, locale: Locale): string {
  const errors = count - undecided;
  if (undecided === 0) return counted(errors, NOUNS.error)[locale];
  if (errors === 0) return counted(undecided, NOUNS.undecided)[locale];
  return localize(say.and, locale, { errors: counted(errors, NOUNS.error), undecided: counted(undecided, NOUNS.undecided) });
}

/** The red line atop a document made from a declaration with errors or undecided answers (exported with force, or previewed). */
export function draftBanner(blocking: readonly Finding[], today: string, locale: Locale): string {
  return localize(say.banner, locale, { count: blockingSummary(blocking.length, blocking.filter((finding) => finding.severity !== 'error').length, locale), date: dated(today) });
}

export async function exportDocument(checked: CheckResult, options: ExportOptions): Promise<ExportedDocument | ExportRefusal> {
  const { kind, locale, today } = options;
  const format = formatOf(kind, options.format);
  if (!format) throw new RangeError(`${kind} is not exported as ${options.format}`);
  const errors = blockingFindings(checked.findings);
  const { declaration, findings } = checked;
  // The requirements checklist says what is unanswered or failing: it is never refused, nor a draft.
  if (kind === 'requirements') {
    const summary = computeReadiness(declaration, findings, { today });
    const made = { kind, format, mediaType: MEDIA_TYPES[format], fileName: suggestedFileName(kind, format), errors: errors.length };
    if (format === 'md') {
      const document = requirementsDocument(summary, locale, today);
      return { ...made, title: document.title, content: toMarkdown(document) };
    }
    const table = requirementsTable(summary, locale);
    return { ...made, title: table.title, content: format === 'csv' ? toCsv(table) : await toXlsx(table, { date: today, creator: options.creator }) };
  }
  if (errors.length > 0 && !options.force) return { refused: true, count: errors.length, undecided: errors.filter((finding) => finding.severity !== 'error').length, errors: errors.slice(0, REFUSAL_NAMED) };
  const banner = errors.length > 0 ? draftBanner(errors, today, locale) : undefined;
  const made = { kind, format, mediaType: MEDIA_TYPES[format], fileName: suggestedFileName(kind, format), errors: errors.length };
  if (kind === 'guarantees' || kind === 'transfers-page') {
    const coverage = computeCoverage(declaration, findings, { today });
    const document = (kind === 'guarantees' ? guaranteesDocument : transfersDocument)(declaration, coverage, locale, today);
    return { ...made, title: document.title, content: format === 'md' ? toMarkdown(document, banner) : toHtml(document, banner) };
  }
  const table = kind === 'soa' ? soaTable(declaration, locale, { fileExists: options.fileExists, workspaceRoot: options.workspaceRoot }) : risksTable(declaration, locale);
  const content = format === 'csv' ? toCsv(table, banner) : await toXlsx(table, { banner, date: today, creator: options.creator });
  return { ...made, title: table.title, content };
}
