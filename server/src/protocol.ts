// The custom requests and notifications between the HDS language server and its clients (the
// VS Code extension's sidebar, or any editor), and the command ids both sides name: defined here
// once, typed, imported by the server and the client. Only types and these constants: the client
// bundle imports this file without pulling in the engine.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DeclarationCoverage } from './engine/coverage';
import type { ExportFormat, ExportKind } from './documents/kinds';

export { EXPORT_KINDS, KIND_FORMATS, suggestedFileName, type ExportFormat, type ExportKind } from './documents/kinds';

export type { Location, Position, Range } from './engine/types';
export type { CalendarItem, CalendarState } from './engine/calendar';
export type {
  ActivityCoverage,
  ActivityProvision,
  CertificateStatus,
  CoverageCounts,
  CoverageState,
  CoverageText,
  DeclarationCoverage,
  FindingItem,
  ItemState,
  ProviderItem,
  RiskEventCoverage,
  RiskItem,
  SubcontractorCoverage,
  SubcontractorDetail,
} from './engine/coverage';

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

export interface ExportDocumentResult {
  /** The name to offer, e.g. "hds-soa.xlsx". */
  fileName: string;
  mediaType: string;
  /** The document: text (csv, html, md; the CSV with its byte order mark), or base64 (xlsx). */
  content: string;
  encoding: 'utf8' | 'base64';
  title: string;
  /** The declaration's errors: above zero, the document carries the DRAFT banner (it was forced). */
  errors: number;
  /** Set, and everything else empty, when the declaration has errors and `force` was not asked. */
  refused?: { count: number; errors: ExportError[] };
}

/** Request `hds/exportDocument`: one document of the declaration containing `uri`, as checked now, ready to be written (null when no declaration holds it or the kind or format is unknown). */
export const ExportDocumentRequest = new RequestType<ExportDocumentParams, ExportDocumentResult | null, void>('hds/exportDocument');

/** The server's commands (workspace/executeCommand, announced in executeCommandProvider); arguments `[{ uri, event? }]`. */
export const Commands = {
  addRiskForEvent: 'hds.addRiskForEvent',
  addMissingRiskEvents: 'hds.addMissingRiskEvents',
  addMissingControls: 'hds.addMissingControls',
} as const;

/** The argument every server command takes: any file of the declaration, and for addRiskForEvent the event. */
export interface CommandArgument {
  uri: string;
  event?: string;
}

// How the language server's Node process is best started, shared by the VS Code client and the
// benchmark. A 1 MiB young generation (V8's semi-space) keeps the server's peak memory about a
// quarter lower on large declarations at no measurable cost in speed: parsing makes many
// short-lived objects, and a small nursery frees them sooner (docs/performance.md). V8 reads it
// only at start-up, so it is a Node option rather than something the server can set itself.
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=1'];
