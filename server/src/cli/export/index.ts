// `hds-check export soa|risks|guarantees|transfers-page`: the Statement of Applicability or the
// risk register of one declaration, as a workbook or CSV; the chapter 8 presentation of guarantees
// as HTML or Markdown; the EXI-31 transfers page as HTML. A declaration with errors is refused, the errors named,
// unless --force: the document then carries a banner that says so.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectDeclarations } from '../declarations';
import { EXPORT_KINDS, UsageError, type ExportFormat, type ExportKind, type Options } from '../options';
import { buildReport, checkAll, checkSettingsOf, TOOL_NAME, TOOL_VERSION, type ReportFinding } from '../report';
import { fileExists, type Console, type Outcome } from '../console';
import { computeCoverage } from '../../engine';
import { presentCoverage } from '../../services/coverageView';
import { toCsv } from './csv';
import { guaranteesDocument, transfersDocument } from './guarantees';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { risksTable, soaTable } from './tables';
import { toXlsx } from './xlsx';

const NB = '\u00a0';
const MAX_NAMED = 20;
const say = {
  kind: { en: (given: string) => `export takes soa, risks, guarantees or transfers-page${given ? `, not “${given}”` : ''}`, fr: (given: string) => `export attend soa, risks, guarantees ou transfers-page${given ? `, pas «${NB}${given}${NB}»` : ''}` },
  format: { en: (kind: string, format: string, allowed: string) => `export ${kind} takes --format ${allowed}, not “${format}”`, fr: (kind: string, format: string, allowed: string) => `export ${kind} attend --format ${allowed}, pas «${NB}${format}${NB}»` },
  one: { en: (roots: string) => `export takes one declaration; these paths hold several: ${roots}`, fr: (roots: string) => `export prend une seule déclaration${NB}; ces chemins en contiennent plusieurs${NB}: ${roots}` },
  none: { en: 'no declaration file found to export', fr: 'aucun fichier de déclaration à exporter' },
  refused: {
    en: (count: number) => `hds-check: not exported: the declaration has ${count} error(s). Fix them, or export anyway with --force (the document will say so):`,
    fr: (count: number) => `hds-check${NB}: pas d’export${NB}: la déclaration comporte ${count} erreur(s). Corrigez-les, ou exportez quand même avec --force (le document le signalera)${NB}:`,
  },
  more: { en: (count: number) => `  … and ${count} more`, fr: (count: number) => `  … et ${count} autres` },
  banner: {
    en: (count: number, date: string) => `DRAFT — exported with --force although the declaration has ${count} error(s) on ${date}: not a document to hand out.`,
    fr: (count: number, date: string) => `BROUILLON — exporté avec --force alors que la déclaration comporte ${count} erreur(s) au ${frenchDate(date)}${NB}: document à ne pas remettre.`,
  },
};

/** The formats of each kind, the default first. */
const KIND_FORMATS: Record<ExportKind, readonly ExportFormat[]> = { soa: ['xlsx', 'csv'], risks: ['xlsx', 'csv'], guarantees: ['html', 'md'], 'transfers-page': ['html'] };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** « 22 novembre 2026 », as French sentences write dates. */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day === 1 ? '1er' : day}${NB}${MONTHS[month - 1]}${NB}${year}`;
}

export async function exportDocument(options: Options, io: Console): Promise<Outcome> {
  const [kind, ...paths] = options.positionals;
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(say.kind[options.locale](kind ?? ''), options.locale);
  const formats = KIND_FORMATS[kind as ExportKind];
  const format = (options.format ?? formats[0]) as ExportFormat;
  if (!formats.includes(format)) throw new UsageError(say.format[options.locale](kind, format, formats.join(options.locale === 'fr' ? ' ou ' : ' or ')), options.locale);
  const given = paths.length > 0 ? paths : ['.'];
  const found = await collectDeclarations(given, io.cwd);
  // A folder that holds other declarations below its own (examples/ and examples/broken/) means its own.
  const named = new Set(given.map((entry) => pathToFileURL(path.resolve(io.cwd, entry)).href));
  const meant = found.filter((declaration) => named.has(declaration.root) || declaration.named.length > 0);
  const declarations = found.length > 1 && meant.length > 0 ? meant : found;
  const settings = checkSettingsOf(options);
  const checked = checkAll(declarations, settings, fileExists);
  const report = buildReport(checked, settings, io.cwd);
  if (checked.length === 0) throw new UsageError(say.none[options.locale], options.locale);
  if (checked.length > 1) throw new UsageError(say.one[options.locale](report.declarations.map((declaration) => declaration.root).join(', ')), options.locale);

  const errors = report.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !options.force) {
    return { notes: [say.refused[options.locale](errors.length), ...errors.slice(0, MAX_NAMED).map((finding) => `  ${describe(finding)}`), ...(errors.length > MAX_NAMED ? [say.more[options.locale](errors.length - MAX_NAMED)] : [])], exitCode: 1 };
  }
  const banner = errors.length > 0 ? say.banner[options.locale](errors.length, options.today) : undefined;
  const { declaration, findings } = checked[0].result;
  if (kind === 'guarantees' || kind === 'transfers-page') {
    const coverage = presentCoverage(computeCoverage(declaration, findings, { today: options.today }), options.locale);
    const document = (kind === 'guarantees' ? guaranteesDocument : transfersDocument)(declaration, coverage, options.locale, options.today);
    const output = format === 'md' ? toMarkdown(document, banner) : toHtml(document, banner);
    return { output, exitCode: 0 };
  }
  const table = kind === 'soa' ? soaTable(declaration, options.locale) : risksTable(declaration, options.locale);
  if (format === 'csv') return { output: toCsv(table, banner), exitCode: 0 };
  const workbook = await toXlsx(table, { banner, date: options.today, creator: `${TOOL_NAME} ${TOOL_VERSION}` });
  return { output: workbook, exitCode: 0, defaultFile: `hds-${kind}.xlsx` };
}

function describe(finding: ReportFinding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.message} (${finding.code})`;
}

