// The custom requests and notifications between the HDS language server and its clients (the
// VS Code extension's sidebar, or any editor), and the command ids both sides name: defined here
// once, typed, imported by the server and the client. Only types and these constants: the client
// bundle imports this file without pulling in the engine.
import { NotificationType, RequestType, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ActivityId } from './engine/catalog';
import type { CalendarItem } from './engine/calendar';
import type { ActivityProvision, CertificateStatus, CoverageState, DeclarationCoverageFacts, GuaranteeAnswer, GuaranteeDetailKind, ItemState } from './engine/coverage';
import type { ReadinessFigures, RequirementState } from './engine/readiness';
import type { Location, RuleCode, Severity } from './engine/types';
import type { ExportFormat, ExportKind } from './documents/kinds';

export { EXPORT_KINDS, FRENCH_BY_DEFAULT, KIND_FORMATS, suggestedFileName, type ExportFormat, type ExportKind } from './documents/kinds';

export type { Location, Position, Range } from './engine/types';
export type { CalendarItem, CalendarState } from './engine/calendar';
export type { ActivityProvision, CertificateStatus, CoverageCounts, CoverageState, GuaranteeAnswer, GuaranteeDetailKind, ItemState } from './engine/coverage';
export type { ReadinessFigures, RequirementState } from './engine/readiness';

// The coverage of a declaration as the views show it: the engine's coverage facts
// (engine/coverage.ts) put into words by services/coverageView.ts.

/** What every item of the views carries: its localized text and where it is written. */
export interface CoverageText {
  label: string;
  description?: string;
  tooltip?: string;
  /** Where clicking the item leads; absent when the declaration does not write it anywhere. */
  location?: Location;
}

export interface FindingItem extends CoverageText {
  code: RuleCode;
  severity: Severity;
  /** Accepted by an exception of the declaration: until when, and who approved it. */
  accepted?: { until: string; approvedBy: string };
}

export interface RiskItem extends CoverageText {
  id?: string;
  /** EXI-05 events the risk covers. */
  scenarios: string[];
}

export interface ProviderItem extends CoverageText {
  kind: 'organization' | 'subcontractor';
  /** The subcontractor id (absent for the organisation). */
  id?: string;
  /** False for a `by:` id that no subcontractor declares. */
  declared: boolean;
  certificate?: string;
  /** Its HDS certificate names the activity and has not expired. */
  covers: boolean;
  expires?: string;
  expired: boolean;
}

export interface ActivityCoverage extends CoverageText {
  id: ActivityId;
  number: number;
  name: string;
  provision: ActivityProvision;
  /** Subcontractor ids named for the activity (scope `by:` or the subcontractor's own list). */
  subcontractors: string[];
  state: CoverageState;
  providers: ProviderItem[];
  risks: RiskItem[];
  findings: FindingItem[];
}

export interface RiskEventCoverage extends CoverageText {
  id: string;
  group?: string;
  title: string;
  covered: boolean;
  risks: RiskItem[];
}

/** One line of a subcontractor's "presentation of guarantees". */
export interface SubcontractorDetail extends CoverageText {
  kind: GuaranteeDetailKind;
  state: ItemState;
  children: SubcontractorDetailItem[];
}

/** One entry under a line: a storage country, a remote access, a law. */
export interface SubcontractorDetailItem extends CoverageText {
  state: ItemState;
}

export interface SubcontractorCoverage extends CoverageText {
  /** The host's own row, or a subcontractor's. */
  kind: 'host' | 'subcontractor';
  id?: string;
  name?: string;
  role?: string;
  activities: ActivityId[];
  certificate?: { number?: string; body?: string; activities: ActivityId[]; expires?: string; status: CertificateStatus };
  storageCountries: { code: string; name: string; inEea: boolean }[];
  remoteAccess: { from?: string; basis?: string; purpose?: string }[];
  laws: { law?: string; mitigations?: string; residualRisks?: string }[];
  secnumcloud?: boolean;
  /** The services the SecNumCloud qualification covers, when it covers only part of the offer. */
  secnumcloudServices: string[];
  /** Acts under the host's supervision: no row of its own in the presentation of guarantees. */
  underHostSupervision: boolean;
  /** The chapter 8 answers: EXI-29 (remote access from outside the EEA), EXI-30 (law exposure), SecNumCloud. */
  answers: { remoteAccess: GuaranteeAnswer; laws: GuaranteeAnswer; secnumcloud: GuaranteeAnswer };
  state: ItemState;
  details: SubcontractorDetail[];
  findings: FindingItem[];
}

/** The engine's facts of a declaration, with the items in words (the counts and totals as they are). */
export interface DeclarationCoverage extends Omit<DeclarationCoverageFacts, 'activities' | 'riskEvents' | 'host' | 'subcontractors' | 'calendar'> {
  activities: ActivityCoverage[];
  riskEvents: RiskEventCoverage[];
  host?: SubcontractorCoverage;
  subcontractors: SubcontractorCoverage[];
  calendar: CalendarItem[];
  /** What is due next, for the status bar: "1 overdue · HDS renewal in 66 d". */
  calendarSummary: CoverageText;
}

/** One EXI requirement in the Requirements view: its state, and where a click leads (the finding that decided it, or the answer). */
export interface RequirementItem extends CoverageText {
  /** EXI-01 … EXI-31. */
  id: string;
  state: RequirementState;
  /** For a failing requirement: error (a nonconformity) or warning (still owed). */
  severity?: 'error' | 'warning';
}

/** A chapter of the referential (4 to 7) and its requirements. */
export interface RequirementChapterItem extends CoverageText {
  id: string;
  requirements: RequirementItem[];
}

/** "Am I ready?" (engine/readiness.ts) in words: the figures, their line and tooltip, and the Requirements view's items. */
export interface ReadinessView {
  figures: ReadinessFigures;
  /** "Readiness: 28/31 requirements answered". */
  label: string;
  /** Every figure on one line, for the Activity coverage view. */
  line: string;
  /** Every figure, one a line, for the status bar's tooltip. */
  tooltip: string;
  chapters: RequirementChapterItem[];
}

export interface CoverageParams {
  /** Any file of a declaration: only that declaration is returned. */
  uri?: string;
}

export interface DeclarationCoverageResult extends DeclarationCoverage {
  /** The declaration's folder (file URI without trailing slash). */
  root: string;
  /** Its `*.hds.yaml` files. */
  uris: string[];
  /** A short name: the organisation, else the folder's name. */
  name: string;
  /** This declaration's totals, e.g. label "5/6 · 2 errors". */
  summary: { label: string; tooltip: string };
  /** Its readiness for the audit: the Requirements view and the figures. */
  readiness: ReadinessView;
}

export interface CoverageResult {
  /** The language of every label: the `hds.language` setting, else the editor's. */
  locale: 'en' | 'fr';
  /** The date expiry was judged against (YYYY-MM-DD). */
  today: string;
  declarations: DeclarationCoverageResult[];
  /** Totals over all declarations, for the status bar (`label`, e.g. "5/6 · 2 errors"). */
  summary: { activitiesCovered: number; activitiesInScope: number; errors: number; warnings: number; accepted: number; label: string; tooltip: string };
}

export interface CoverageChangedParams {
  /** Roots of the declarations that changed since the last notification. */
  roots: string[];
}

/** Request `hds/coverage`: the coverage of every declaration, or of the one containing `uri`. */
export const CoverageRequest = new RequestType<CoverageParams, CoverageResult, void>('hds/coverage');

/** Notification `hds/coverageChanged`: declarations were re-checked; clients re-request coverage. */
export const CoverageChangedNotification = new NotificationType<CoverageChangedParams>('hds/coverageChanged');

export interface StarterDeclarationParams {
  /** The language of the starter's comments and placeholders; the server's language by default. */
  locale?: 'en' | 'fr';
}
/** The starter's files, split as most teams keep them: file name → content. */
export type StarterDeclarationResult = Record<string, string>;

/** Request `hds/starterDeclaration`: a complete starter declaration, so clients need no catalog of their own. */
export const StarterDeclarationRequest = new RequestType<StarterDeclarationParams, StarterDeclarationResult, void>('hds/starterDeclaration');

export interface GuaranteesDocumentParams {
  /** Any file of the declaration. */
  uri: string;
  /** The document's language; the server's language by default. */
  locale?: 'en' | 'fr';
}

export interface GuaranteesDocumentResult {
  /** A standalone HTML page: inline style, no script, no remote resource. */
  html: string;
  /** The document's title, e.g. "Presentation of guarantees — Exemple Santé SAS". */
  title: string;
  /** The declaration's errors: above zero, the page carries a DRAFT banner. */
  errors: number;
}

/** Request `hds/guaranteesDocument`: the chapter 8 presentation of guarantees of the declaration containing `uri`, as checked now (null when no declaration holds it). */
export const GuaranteesDocumentRequest = new RequestType<GuaranteesDocumentParams, GuaranteesDocumentResult | null, void>('hds/guaranteesDocument');

export interface ExportDocumentParams {
  /** Any file of the declaration. */
  uri: string;
  kind: ExportKind;
  /** One of the kind's formats (KIND_FORMATS); its first by default. */
  format?: ExportFormat;
  /** The document's language; the server's language by default. */
  locale?: 'en' | 'fr';
  /** Export a declaration with errors, under the DRAFT banner. */
  force?: boolean;
}

/** An error that stopped an export, as the editor names it. */
export interface ExportError {
  uri: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  code: string;
  message: string;
}

/** The answer to `hds/exportDocument`: the document, or the refusal of a declaration with errors or undecided answers. */
export type ExportDocumentResult = ExportedDocument | RefusedExport;

export interface ExportedDocument {
  refused?: undefined;
  /** The name to offer, e.g. "hds-soa.xlsx". */
  fileName: string;
  mediaType: string;
  /** The document: text (csv, html, md; the CSV with its byte order mark), or base64 (xlsx). */
  content: string;
  encoding: 'utf8' | 'base64';
  title: string;
  /** The declaration's errors and undecided answers: above zero, the document carries the DRAFT banner (it was forced). */
  errors: number;
}

/** The declaration has errors or undecided answers and `force` was not asked: nothing is exported. */
export interface RefusedExport {
  /** How many findings block it, and the first of them (20 at most), for the editor to show before asking again with `force`. */
  /** `count` findings block the export: errors, and `undecided` answers of a lower severity (placeholders, unassessed risks). */
  refused: { count: number; undecided: number; errors: ExportError[] };
}

/** Request `hds/exportDocument`: one document of the declaration containing `uri`, as checked now, ready to be written (null when no declaration holds it or the kind or format is unknown). */
export const ExportDocumentRequest = new RequestType<ExportDocumentParams, ExportDocumentResult | null, void>('hds/exportDocument');

export interface ImportSpreadsheetParams {
  kind: 'soa' | 'risks';
  /** The spreadsheet's bytes (xlsx or CSV), base64: the client reads the file. */
  content: string;
  /** Its name, for the report and the new file's first comment. */
  sourceName: string;
  /** The declaration file to write: its URI, its name as shown, and its text when it exists. */
  target: { uri: string; name: string; text?: string };
  /** Merge into the existing file (the client asked the user). */
  force?: boolean;
  /** The report's language; the server's language by default. */
  locale?: 'en' | 'fr';
}

/** The answer to `hds/importSpreadsheet`: what to write (nothing when refused or when `force` is needed), and the report. */
export interface ImportSpreadsheetResult {
  refused?: string;
  needsForce?: string;
  /** The new file's text (no `target.text` given). */
  newText?: string;
  /** The edits of the existing file. */
  edits?: TextEdit[];
  /** Rows or values not mapped. */
  problems: { row: number; column?: string; value?: string; message: string }[];
  counts: { read: number; added: number; updated: number; unchanged: number };
  /** The report, line by line, in the user's language. */
  report: string[];
}

/** Request `hds/importSpreadsheet`: an SoA or a risk register read from a spreadsheet, as the edit of a declaration file (server/src/import/, the code `hds-check import` runs). */
export const ImportSpreadsheetRequest = new RequestType<ImportSpreadsheetParams, ImportSpreadsheetResult | null, void>('hds/importSpreadsheet');

/** The two registers the table editor shows: the Statement of Applicability and the risk register. */
export type TableKind = 'soa' | 'risks';

export interface TableParams {
  /** Any file of the declaration. */
  uri: string;
  kind: TableKind;
  /** The language of headers and labels; the server's language by default. */
  locale?: 'en' | 'fr';
}

/** How a column's cells are edited, when they are. */
export type TableEditor = 'boolean' | 'choice' | 'text' | 'date';

export interface TableColumn {
  /** The field it shows (`applicable`, `status`…). */
  id: string;
  /** The export's heading. */
  header: string;
  /** Numbers sort as numbers. */
  numeric?: boolean;
  editor?: TableEditor;
  /** The values of a choice (or boolean) column, with their labels. */
  choices?: { value: string | boolean | number; label: string }[];
  /** Can be emptied (the key is then removed). */
  clearable?: boolean;
}

export interface TableRow {
  /** What an edit names the row by: the control id, or the risk's index and id. */
  key: string;
  /** The export's cells, in the columns' order. */
  cells: (string | number)[];
  /** The values as written, by column id, for the editors (absent: not written, or a placeholder). */
  values: Record<string, string | number | boolean>;
  /** The filters the row passes (ids of `TableModel.filters`). */
  flags: string[];
  /** Where the row is written (absent for a control the SoA does not list). */
  location?: Location;
}

export interface TableModel {
  kind: TableKind;
  locale: 'en' | 'fr';
  /** The export's title. */
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Filters, with how many rows pass each. */
  filters: { id: string; label: string; count: number }[];
  /** The line above the table: "Decided 88/93" or "13 risks · 12 assessed". */
  progress: { label: string; done: number; total: number };
  /** Why edits are refused (a file with syntax errors, no file to write to); absent when the table can be edited. */
  readOnly?: string;
  /** The labels of the table's own controls, in `locale`. */
  labels: Record<string, string>;
}

/** Request `hds/table`: the SoA (every Annex A control) or the risk register of the declaration containing `uri`, as checked now (null when no declaration holds it). */
export const TableRequest = new RequestType<TableParams, TableModel | null, void>('hds/table');

export interface TableEditParams extends TableParams {
  /** The rows to change (`TableRow.key`). */
  keys: string[];
  /** The values to write, by column id; null removes the key. */
  set: Record<string, string | number | boolean | null>;
}

export interface TableEditResult {
  /** The edit of the YAML to apply (workspace/applyEdit), when there is one. */
  edit?: WorkspaceEdit;
  /** Why nothing (or not everything) can be written, in the request's language. */
  message?: string;
}

/** Request `hds/tableEdit`: the text edit that sets values on rows of a table; the client applies it, so undo works in the editor. */
export const TableEditRequest = new RequestType<TableEditParams, TableEditResult, void>('hds/tableEdit');

/** The server's commands (workspace/executeCommand, announced in executeCommandProvider); arguments `[{ uri, event? }]`. */
export const Commands = {
  addRiskForEvent: 'hds.addRiskForEvent',
  addMissingRiskEvents: 'hds.addMissingRiskEvents',
  addMissingControls: 'hds.addMissingControls',
} as const;

/** The VS Code extension's commands that open the table editor; the code lenses name them for a client that announced `experimental.hdsTableEditor`. Argument: `{ uri }`. */
export const TableCommands = {
  soa: 'hds.editSoaTable',
  risks: 'hds.editRisksTable',
} as const;

/** The argument every server command takes: any file of the declaration, and for addRiskForEvent the event. */
export interface CommandArgument {
  uri: string;
  event?: string;
}

// How the language server's Node process is best started, shared by the VS Code client and the
// benchmark (figures in docs/performance.md). V8 reads these only at start-up, so they are Node
// options rather than something the server can set itself.
// --heap-growing-percent=100 lets the old generation grow to twice what was live after the last
// full collection before the next one (V8 alone lets it grow up to fourfold): typing in a
// 10,000-line file peaks at about 110 MiB instead of 145-160, for no measurable CPU per edit.
// --max-semi-space-size=2 keeps the young generation small: a check's short-lived objects die
// young, and the peak stays lower than with V8's default (up to 16 MiB). With the growing factor
// above, 2 MiB gave a lower peak and a faster first check than 1 MiB, and 4 MiB no better.
// --expose-gc lets the server collect its garbage once the editor is idle (server.ts, IDLE_COLLECT_MS).
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=100', '--expose-gc'];

// The editor's file system, for the server run in a browser's web worker (webFiles.ts): it has no
// disk, so it asks the client, which reads through vscode.workspace.fs (client/src/webFiles.ts).
// Server to client; the client of the server run by Node never receives them.

/** The declaration files below the folders, sorted, at most `limit`. */
export interface ListFilesParams {
  folders: string[];
  limit: number;
}
export interface ListFilesResult {
  uris: string[];
  complete: boolean;
}
export const ListFilesRequest = new RequestType<ListFilesParams, ListFilesResult, void>('hds/files/list');

/** Declaration files read as the reader of the disk does: regular files only, at most `maxBytes`. */
export interface ReadFilesParams {
  uris: string[];
  maxBytes: number;
}
export type ReadFileAnswer =
  | { uri: string; stamp: string; base64: string }
  | { uri: string; stamp: string; unread: { reason: 'not-a-file'; kind: 'symbolic-link' | 'folder' | 'other' } | { reason: 'too-large'; size: number } }
  | { uri: string; missing: true };
export const ReadFilesRequest = new RequestType<ReadFilesParams, ReadFileAnswer[], void>('hds/files/read');

/** Whether evidence files exist: `file` for a file (through a link or not), else `missing` (a folder, nothing). */
export interface StatFilesParams {
  uris: string[];
}
export interface StatFileAnswer {
  uri: string;
  exists: boolean;
}
export const StatFilesRequest = new RequestType<StatFilesParams, StatFileAnswer[], void>('hds/files/stat');

// Bytes travel as base64 (exports, files read in a browser): encoded and decoded without Node's
// Buffer, so the same code runs in Node, in the editor and in a browser's web worker.
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
