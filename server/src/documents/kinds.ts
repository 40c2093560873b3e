// The documents a declaration can be exported as, and the formats of each: plain constants, shared
// by the command line, the language server and (through the protocol) the editor's export command.
export const EXPORT_KINDS = ['soa', 'risks', 'requirements', 'guarantees', 'transfers-page'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats of each kind, the default first. */
export const KIND_FORMATS: Readonly<Record<ExportKind, readonly ExportFormat[]>> = { soa: ['xlsx', 'csv'], risks: ['xlsx', 'csv'], requirements: ['xlsx', 'csv', 'md'], guarantees: ['html', 'md'], 'transfers-page': ['html'] };

/** The documents in French unless another language is asked: the requirements checklist is for the French certification body (EXI-08 asks the SoA in French too). */
export const FRENCH_BY_DEFAULT: readonly ExportKind[] = ['requirements'];

/** What a file of each format is, for whoever writes or opens it. */
export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const isExportKind = (value: unknown): value is ExportKind => typeof value === 'string' && (EXPORT_KINDS as readonly string[]).includes(value);

/** The file name a document is offered under, e.g. hds-soa.xlsx. */
export const suggestedFileName = (kind: ExportKind, format: ExportFormat): string => `hds-${kind}.${format}`;
