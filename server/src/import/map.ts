// A spreadsheet's grid as SoA entries or risks: which row holds the headers (ours in English or
// French, or another tool's, server/catalog/import-columns.json), what each column means, and each
// cell read as the declaration writes it. A value is taken only where its meaning is certain; every
// other one is reported with its row, column and value, and the entry keeps the rest of its row.
import columnsData from '../../catalog/import-columns.json';
import { activities, activityByNumberOrName, control as annexControl, riskEvent, riskEvents, parentRiskEvents } from '../engine/catalog';
import { isValidDate } from '../engine/dates';
import { localize, quote } from '../engine/text';
import type { Locale, Localized } from '../engine/types';
import { RISK_COLUMNS, SOA_COLUMNS, tableWords } from '../documents/tables';
import type { Grid, GridCell } from './read';

export type ImportKind = 'soa' | 'risks';
export const IMPORT_KINDS: readonly ImportKind[] = ['soa', 'risks'];
export const isImportKind = (value: unknown): value is ImportKind => value === 'soa' || value === 'risks';

/** A value as the declaration writes it. */
export type YamlValue = string | number | boolean | (string | number)[] | { [key: string]: string | number | undefined };

/** One imported entry: its row, its key (control id or risk id), and the keys its columns give (undefined: the cell is empty, the key goes). */
export interface ImportedEntry {
  row: number;
  /** Control id (soa), risk id (risks; undefined for a risk without one: it is always added). */
  key?: string;
  fields: Map<string, YamlValue | undefined>;
  /** A comment for a new item (the control's title). */
  comment?: string;
}

export interface ImportProblem {
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  column?: string;
  value?: string;
  message: string;
}

export interface MappedSheet {
  kind: ImportKind;
  entries: ImportedEntry[];
  problems: ImportProblem[];
  /** Columns that were not read (unknown or derived, such as the level), by header. */
  ignoredColumns: string[];
  /** The header row found (1-based), or undefined when none was. */
  headerRow?: number;
  /** Rows with no entry on purpose (an SoA row "not stated in the SoA"). */
  skipped: number;
}

/** The YAML keys of each kind, in the order they are written. */
export const KEY_ORDER: Record<ImportKind, readonly string[]> = {
  soa: ['control', 'applicable', 'status', 'due', 'justification', 'owner', 'reviewed', 'evidence'],
  risks: ['id', 'scenario', 'scenarios', 'title', 'activities', 'likelihood', 'impact', 'treatment', 'controls', 'residual', 'owner', 'acceptance'],
};

const say = {
  noHeader: {
    en: 'no header row found: the first rows name none of the columns of {kind} (for example {examples})',
    fr: 'aucune ligne d’en-têtes trouvée\u00a0: les premières lignes ne nomment aucune colonne de {kind} (par exemple {examples})',
  },
  kindSoa: { en: 'a Statement of Applicability', fr: 'une déclaration d’applicabilité' },
  kindRisks: { en: 'a risk register', fr: 'un registre des risques' },
  noKey: { en: 'no control id: the row is not imported', fr: 'aucun identifiant de mesure\u00a0: la ligne n’est pas importée' },
  noRisk: { en: 'neither a risk id nor a title: the row is not imported', fr: 'ni identifiant ni intitulé de risque\u00a0: la ligne n’est pas importée' },
  unknownControl: { en: 'not a control of ISO/IEC 27001:2022 Annex A: the row is not imported', fr: 'pas une mesure de l’annexe A de l’ISO/IEC 27001:2022\u00a0: la ligne n’est pas importée' },
  ambiguousControl: { en: 'a number cell reads {both}: write the id as text', fr: 'une cellule numérique se lit {both}\u00a0: écrivez l’identifiant comme du texte' },
  duplicate: { en: 'already on row {row}: this row is not imported', fr: 'déjà en ligne {row}\u00a0: cette ligne n’est pas importée' },
  applicable: { en: 'not read as yes or no: applicable is left undecided', fr: 'ni oui ni non\u00a0: applicable reste à décider' },
  status: { en: 'not a status of the SoA (implemented, partial, planned, not implemented): left undecided', fr: 'pas un statut de la DdA (mise en œuvre, partielle, prévue, non mise en œuvre)\u00a0: laissé à décider' },
  treatment: { en: 'not a treatment (reduce, accept, avoid, transfer): left undecided', fr: 'pas un traitement (réduire, accepter, éviter, transférer)\u00a0: laissé à décider' },
  date: { en: 'not a date written YYYY-MM-DD (or DD/MM/YYYY in a French sheet): left empty', fr: 'pas une date écrite AAAA-MM-JJ (ou JJ/MM/AAAA)\u00a0: laissée vide' },
  rating: { en: 'not a whole number from 1 to 4 (a level’s name depends on the risk matrix): left empty', fr: 'pas un nombre entier de 1 à 4 (le nom d’un niveau dépend de la matrice de risque)\u00a0: laissé vide' },
  event: { en: 'not an EXI-05 risk event (A to H, as B.a): not taken', fr: 'pas un événement de risque EXI-05 (A à H, comme B.a)\u00a0: non repris' },
  controlInList: { en: 'not a control of Annex A: not taken', fr: 'pas une mesure de l’annexe A\u00a0: non reprise' },
  activity: { en: 'not an HDS activity (1 to 6, or its name): not taken', fr: 'pas une activité HDS (1 à 6, ou son nom)\u00a0: non reprise' },
  residualLevel: { en: 'a residual level cannot be split into likelihood and impact: add the columns Residual likelihood and Residual impact', fr: 'un niveau résiduel ne se décompose pas en vraisemblance et impact\u00a0: ajoutez les colonnes Vraisemblance résiduelle et Impact résiduel' },
  twice: { en: 'the column {column} means the same as {first}: only the first is read', fr: 'la colonne {column} a le même sens que {first}\u00a0: seule la première est lue' },
};

/** A value reported as not mapped: its key is left as the file has it (an empty cell, by contrast, removes it). */
const UNREAD = Symbol('unread');
type Read<T> = T | undefined | typeof UNREAD;

function put(fields: Map<string, YamlValue | undefined>, key: string, value: Read<YamlValue>): void {
  if (value !== UNREAD) fields.set(key, value);
}

// ---- Normalised text -----------------------------------------------------------------------

/** Lower case, no accents, œ as oe, punctuation as one space: how headers and words are compared. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface ColumnsCatalog {
  headers: Record<ImportKind, Record<string, string[]>>;
  values: { applicable: { yes: string[]; no: string[] }; status: Record<string, string[]>; treatment: Record<string, string[]>; undecided: string[] };
}
const catalog = columnsData as unknown as ColumnsCatalog;

const OWN_FIELDS: Record<ImportKind, readonly string[]> = { soa: SOA_COLUMNS, risks: RISK_COLUMNS };
/** Fields read from several columns at once (CISO Assistant's existing and additional controls). */
const MERGED_FIELDS = new Set(['controls', 'events']);
/** Fields that are derived or not part of the declaration: their columns are not read. */
const DERIVED: Record<ImportKind, ReadonlySet<string>> = { soa: new Set(['title', 'theme', 'linkedRisks']), risks: new Set(['level', 'ignored']) };

function headerTable(kind: ImportKind): Map<string, string> {
  const table = new Map<string, string>();
  // Our own headers first, in both languages: they win over a synonym.
  for (const locale of ['en', 'fr'] as const) {
    const headers = kind === 'soa' ? tableWords.soaHeaders[locale] : tableWords.risksHeaders[locale];
    headers.forEach((header, index) => table.set(normalize(header), OWN_FIELDS[kind][index]));
  }
  for (const [field, names] of Object.entries(catalog.headers[kind])) for (const name of names) if (!table.has(normalize(name))) table.set(normalize(name), field);
  return table;
}
const headerTables: Record<ImportKind, Map<string, string>> = { soa: headerTable('soa'), risks: headerTable('risks') };

function wordTable(own: Record<string, Localized>, more: Record<string, string[]>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [value, words] of Object.entries(own)) for (const word of [words.en, words.fr, value]) table.set(normalize(word), value);
  for (const [value, words] of Object.entries(more)) for (const word of words) if (!table.has(normalize(word))) table.set(normalize(word), value);
  return table;
}
const statusWords = wordTable(tableWords.status, catalog.values.status);
const treatmentWords = wordTable(tableWords.treatment, catalog.values.treatment);
const yesWords = new Set([tableWords.yes.en, tableWords.yes.fr, ...catalog.values.applicable.yes].map(normalize));
const noWords = new Set([tableWords.no.en, tableWords.no.fr, ...catalog.values.applicable.no].map(normalize));
const undecidedWords = new Set(catalog.values.undecided.map(normalize));
const notListedWords = new Set([tableWords.notListed.en, tableWords.notListed.fr].map(normalize));
/** What our tables write for "no answer", and what other tools write for a level not rated. */
const EMPTY_MARKS = new Set([tableWords.none, '-', '--', '–']);

// ---- Cells -----------------------------------------------------------------------------------

function cellText(cell: GridCell): string | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return isoDate(cell);
  const text = String(cell);
  return text.trim() === '' || EMPTY_MARKS.has(text.trim()) ? undefined : text;
}

function shown(cell: GridCell): string {
  return cell instanceof Date ? isoDate(cell) : String(cell);
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/** A control id as the catalog writes it ("8.13") from "A.8.13", "8.13 ", "A 8.13", "A.8.13 Information backup"; `ambiguous` for a number cell such as 8.1, which may have been 8.10. */
export function controlId(cell: GridCell): { id?: string; ambiguous?: string } {
  if (typeof cell === 'number') {
    const text = String(cell);
    const match = /^([5-8])\.(\d)$/.exec(text);
    if (match && annexControl(text) && annexControl(`${text}0`)) return { ambiguous: `${text} / ${text}0` };
    return annexControl(text) ? { id: text } : {};
  }
  const text = cellText(cell)?.trim();
  if (!text) return {};
  const match = /^(?:(?:annex|annexe)\s*)?(?:a\s*[.\s-]?\s*)?([5-8])\s*([.,])\s*(\d{1,2})(?![\d.,])(?:\s+\S.*)?$/i.exec(text);
  if (!match) return {};
  const id = `${match[1]}.${match[3]}`;
  // "8,1" is how French Excel shows a number cell 8.10 as well as 8.1.
  if (match[2] === ',' && match[3].length === 1 && annexControl(id) && annexControl(`${id}0`)) return { ambiguous: `${id} / ${id}0` };
  return annexControl(id) ? { id } : {};
}

// ---- The header row --------------------------------------------------------------------------

interface Column {
  index: number;
  header: string;
  field: string;
}

const HEADER_SEARCH_ROWS = 20;

function findHeader(grid: Grid, kind: ImportKind): { row: number; columns: Column[]; ignored: string[]; notes: ImportProblem[]; french: boolean } | undefined {
  const table = headerTables[kind];
  let best: { row: number; score: number } | undefined;
  for (let row = 0; row < Math.min(grid.length, HEADER_SEARCH_ROWS); row++) {
    const fields = new Set(grid[row].map((cell) => (typeof cell === 'string' ? table.get(normalize(cell)) : undefined)).filter((field) => field && !DERIVED[kind].has(field)));
    if (fields.size >= 2 && (!best || fields.size > best.score)) best = { row, score: fields.size };
  }
  if (!best) return undefined;
  const columns: Column[] = [];
  const ignored: string[] = [];
  const notes: ImportProblem[] = [];
  let frenchHeaders = 0;
  const frenchOwn = new Set((kind === 'soa' ? tableWords.soaHeaders.fr : tableWords.risksHeaders.fr).map(normalize));
  const englishOwn = new Set((kind === 'soa' ? tableWords.soaHeaders.en : tableWords.risksHeaders.en).map(normalize));
  grid[best.row].forEach((cell, index) => {
    if (cell === null) return;
    const header = shown(cell);
    const field = table.get(normalize(header));
    if (frenchOwn.has(normalize(header)) && !englishOwn.has(normalize(header))) frenchHeaders++;
    if (/[àâçéèêëîïôûùüÿœ]/i.test(header)) frenchHeaders++;
    if (!field || DERIVED[kind].has(field)) {
      ignored.push(header);
      return;
    }
    const first = columns.find((column) => column.field === field);
    if (first && !MERGED_FIELDS.has(field)) {
      ignored.push(header);
      notes.push({ row: best!.row + 1, column: header, message: `${field}` });
      return;
    }
    columns.push({ index, header, field });
  });
  return { row: best.row, columns, ignored, notes, french: frenchHeaders > 0 };
}

// ---- Mapping -----------------------------------------------------------------------------------

export function mapGrid(grid: Grid, kind: ImportKind, locale: Locale): MappedSheet {
  const found = findHeader(grid, kind);
  const result: MappedSheet = { kind, entries: [], problems: [], ignoredColumns: [], skipped: 0 };
  if (!found) {
    const examples = (kind === 'soa' ? tableWords.soaHeaders : tableWords.risksHeaders)[locale].slice(0, 4).map((header) => quote(header, locale)).join(', ');
    result.problems.push({ row: 0, message: localize(say.noHeader, locale, { kind: localize(kind === 'soa' ? say.kindSoa : say.kindRisks, locale), examples }) });
    return result;
  }
  result.headerRow = found.row + 1;
  result.ignoredColumns = found.ignored;
  for (const note of found.notes) {
    const first = found.columns.find((column) => column.field === note.message)!;
    result.problems.push({ row: note.row, column: note.column, message: localize(say.twice, locale, { column: quote(note.column, locale), first: quote(first.header, locale) }) });
  }
  const seen = new Map<string, number>();
  const context: RowContext = { locale, french: found.french, problems: result.problems, columns: found.columns };
  for (let index = found.row + 1; index < grid.length; index++) {
    const cells = grid[index];
    if (found.columns.every((column) => cellText(cells[column.index] ?? null) === undefined)) continue;
    const row = index + 1;
    const entry = kind === 'soa' ? soaEntry(cells, row, context) : riskEntry(cells, row, context);
    if (entry === 'skip') {
      result.skipped++;
      continue;
    }
    if (!entry) continue;
    if (entry.key !== undefined) {
      const earlier = seen.get(entry.key);
      if (earlier !== undefined) {
        const keyColumn = found.columns.find((column) => column.field === (kind === 'soa' ? 'control' : 'risk') || column.field === 'id');
        result.problems.push({ row, column: keyColumn?.header, value: entry.key, message: localize(say.duplicate, locale, { row: earlier }) });
        continue;
      }
      seen.set(entry.key, row);
    }
    result.entries.push(entry);
  }
  return result;
}

interface RowContext {
  locale: Locale;
  /** The headers are French: a date written DD/MM/YYYY is day first. */
  french: boolean;
  problems: ImportProblem[];
  columns: Column[];
}

/** The cells of a field (several for a merged field), with their headers. */
function cellsOf(cells: readonly GridCell[], context: RowContext, field: string): { cell: GridCell; header: string }[] {
  return context.columns.filter((column) => column.field === field).map((column) => ({ cell: cells[column.index] ?? null, header: column.header }));
}

const has = (context: RowContext, field: string) => context.columns.some((column) => column.field === field);

function report(context: RowContext, row: number, header: string, cell: GridCell, message: Localized, args?: Record<string, string | number>): void {
  context.problems.push({ row, column: header, value: shown(cell), message: localize(message, context.locale, args) });
}

function soaEntry(cells: readonly GridCell[], row: number, context: RowContext): ImportedEntry | 'skip' | undefined {
  const [controlCell] = cellsOf(cells, context, 'control');
  const fields = new Map<string, YamlValue | undefined>();
  if (!controlCell || cellText(controlCell.cell) === undefined) {
    context.problems.push({ row, message: localize(say.noKey, context.locale) });
    return undefined;
  }
  const { id, ambiguous } = controlId(controlCell.cell);
  if (!id) {
    report(context, row, controlCell.header, controlCell.cell, ambiguous ? say.ambiguousControl : say.unknownControl, { both: ambiguous ?? '' });
    return undefined;
  }
  fields.set('control', id);
  const [applicable] = cellsOf(cells, context, 'applicable');
  if (applicable) {
    const text = cellText(applicable.cell);
    if (text !== undefined && notListedWords.has(normalize(text))) return 'skip';
    put(fields, 'applicable', yesNo(applicable.cell, row, applicable.header, context));
  }
  const [status] = cellsOf(cells, context, 'status');
  if (status) put(fields, 'status', word(status.cell, statusWords, say.status, row, status.header, context));
  for (const field of ['due', 'reviewed']) {
    const [date] = cellsOf(cells, context, field);
    if (date) put(fields, field, dateValue(date.cell, row, date.header, context));
  }
  for (const field of ['justification', 'owner']) {
    const [text] = cellsOf(cells, context, field);
    if (text) fields.set(field, cellText(text.cell));
  }
  const [evidence] = cellsOf(cells, context, 'evidence');
  if (evidence) {
    const paths = (cellText(evidence.cell) ?? '').split(/\r?\n/).map(evidencePath).filter((path) => path !== '');
    fields.set('evidence', paths.length > 0 ? paths : undefined);
  }
  const title = annexControl(id)?.title[context.locale];
  return { row, key: id, fields, comment: title };
}

const evidenceSuffixes = Object.values(tableWords.evidence).flatMap((state) => [state.en, state.fr].map((template) => template.replace('{path}', '')));

/** An evidence path, without the state our SoA export writes after it ("(found)"). */
function evidencePath(line: string): string {
  const trimmed = line.trim();
  const suffix = evidenceSuffixes.find((candidate) => trimmed.endsWith(candidate) && trimmed.length > candidate.length);
  return suffix ? trimmed.slice(0, -suffix.length) : trimmed;
}

function yesNo(cell: GridCell, row: number, header: string, context: RowContext): Read<boolean> {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const normalized = normalize(text);
  if (yesWords.has(normalized)) return true;
  if (noWords.has(normalized)) return false;
  report(context, row, header, cell, say.applicable);
  return UNREAD;
}

function word(cell: GridCell, table: Map<string, string>, message: Localized, row: number, header: string, context: RowContext): Read<string> {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const normalized = normalize(text);
  const value = table.get(normalized);
  if (value) return value;
  if (undecidedWords.has(normalized)) return undefined;
  report(context, row, header, cell, message);
  return UNREAD;
}

function dateValue(cell: GridCell, row: number, header: string, context: RowContext): Read<string> {
  if (cell instanceof Date) return isoDate(cell);
  const text = cellText(cell)?.trim();
  if (text === undefined) return undefined;
  if (isValidDate(text)) return text;
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dayFirst) {
    const [day, month] = [Number(dayFirst[1]), Number(dayFirst[2])];
    // Day first in a French sheet, or when the first number cannot be a month.
    if (context.french || day > 12) {
      const iso = `${dayFirst[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (isValidDate(iso)) return iso;
    }
  }
  // Placeholders (TODO, 2099-12-31…) stay as written: the declaration reads them as missing.
  if (/^(todo|tbd|à définir|a definir)$/i.test(text)) return text;
  report(context, row, header, cell, say.date);
  return UNREAD;
}

function rating(cell: GridCell, row: number, header: string, context: RowContext): Read<number> {
  const text = cellText(cell)?.trim();
  if (text === undefined) return undefined;
  const number = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 4) return number;
  report(context, row, header, cell, say.rating);
  return UNREAD;
}

/** Our "R-01 — Title", or "R-01" alone, or a title alone. */
function splitRisk(text: string): { id?: string; title?: string } {
  const looksLikeId = (candidate: string) => candidate.length <= 40 && /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u.test(candidate) && /\d/.test(candidate);
  const dash = text.indexOf(' — ');
  if (dash > 0 && looksLikeId(text.slice(0, dash).trim())) return { id: text.slice(0, dash).trim(), title: text.slice(dash + 3) || undefined };
  return looksLikeId(text.trim()) ? { id: text.trim() } : { title: text };
}

const eventByWords = new Map<string, string>();
for (const event of [...riskEvents, ...parentRiskEvents]) {
  eventByWords.set(normalize(event.id), event.id);
  eventByWords.set(normalize(event.title.en), event.id);
  eventByWords.set(normalize(event.title.fr), event.id);
}

function eventOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (riskEvent(trimmed)) return trimmed;
  // Our export: "A — Physical or environmental failure of media".
  const dash = trimmed.indexOf(' — ');
  if (dash > 0 && riskEvent(trimmed.slice(0, dash).trim())) return trimmed.slice(0, dash).trim();
  const normalized = normalize(trimmed.replace(/^exi\s*-?\s*05\s*[-—:]?\s*/i, ''));
  return eventByWords.get(normalized) ?? [...riskEvents, ...parentRiskEvents].find((event) => event.id.toLowerCase() === normalized.replace(' ', '.'))?.id;
}

const activityByWords = new Map<string, string>();
for (const activity of activities) {
  activityByWords.set(normalize(activity.id), activity.id);
  activityByWords.set(normalize(activity.name.en), activity.id);
  activityByWords.set(normalize(activity.name.fr), activity.id);
}

function riskEntry(cells: readonly GridCell[], row: number, context: RowContext): ImportedEntry | undefined {
  const fields = new Map<string, YamlValue | undefined>();
  let id: string | undefined;
  let title: string | undefined;
  const [combined] = cellsOf(cells, context, 'risk');
  if (combined) ({ id, title } = splitRisk(cellText(combined.cell) ?? ''));
  const [idCell] = cellsOf(cells, context, 'id');
  if (idCell) id = cellText(idCell.cell)?.trim() ?? id;
  const [titleCell] = cellsOf(cells, context, 'title');
  if (titleCell) title = cellText(titleCell.cell) ?? title;
  if (!id && !title) {
    context.problems.push({ row, message: localize(say.noRisk, context.locale) });
    return undefined;
  }
  if (id !== undefined) fields.set('id', id);

  if (has(context, 'events')) {
    const events: string[] = [];
    for (const { cell, header } of cellsOf(cells, context, 'events')) {
      for (const line of (cellText(cell) ?? '').split(/\r?\n/)) {
        if (line.trim() === '') continue;
        const whole = eventOf(line);
        const parts = whole ? [whole] : line.split(/[,;]/).filter((part) => part.trim() !== '');
        for (const part of parts) {
          const event = whole ?? eventOf(part);
          if (event) {
            if (!events.includes(event)) events.push(event);
          } else report(context, row, header, part.trim(), say.event);
        }
      }
    }
    fields.set('scenario', events.length === 1 ? events[0] : undefined);
    fields.set('scenarios', events.length > 1 ? events : undefined);
  }
  if (combined || titleCell) fields.set('title', title);
  const [activityCell] = cellsOf(cells, context, 'activities');
  if (activityCell) {
    const found: (string | number)[] = [];
    for (const part of (cellText(activityCell.cell) ?? '').split(/[,;\n]/)) {
      const text = part.trim();
      if (text === '') continue;
      if (/^[1-6]$/.test(text)) found.push(Number(text));
      else if (activityByNumberOrName(text)) found.push(text);
      else if (activityByWords.has(normalize(text))) found.push(activityByWords.get(normalize(text))!);
      else report(context, row, activityCell.header, text, say.activity);
    }
    fields.set('activities', found.length > 0 ? found : undefined);
  }
  for (const field of ['likelihood', 'impact']) {
    const [cell] = cellsOf(cells, context, field);
    if (cell) put(fields, field, rating(cell.cell, row, cell.header, context));
  }
  const [treatment] = cellsOf(cells, context, 'treatment');
  if (treatment) put(fields, 'treatment', word(treatment.cell, treatmentWords, say.treatment, row, treatment.header, context));
  if (has(context, 'controls')) {
    const found: string[] = [];
    for (const { cell, header } of cellsOf(cells, context, 'controls')) {
      for (const part of (cellText(cell) ?? '').split(/[,;\n]/)) {
        if (part.trim() === '') continue;
        const { id: control } = controlId(part);
        if (control) {
          if (!found.includes(control)) found.push(control);
        } else report(context, row, header, part.trim(), say.controlInList);
      }
    }
    fields.set('controls', found.length > 0 ? found : undefined);
  }
  if (has(context, 'residualLikelihood') || has(context, 'residualImpact')) {
    const [likelihood] = cellsOf(cells, context, 'residualLikelihood');
    const [impact] = cellsOf(cells, context, 'residualImpact');
    const residual = { likelihood: likelihood ? rating(likelihood.cell, row, likelihood.header, context) : undefined, impact: impact ? rating(impact.cell, row, impact.header, context) : undefined };
    // A rating not read leaves the file's residual as it is.
    if (residual.likelihood !== UNREAD && residual.impact !== UNREAD) fields.set('residual', residual.likelihood === undefined && residual.impact === undefined ? undefined : withoutUndefined(residual));
  }
  const [residualLevel] = cellsOf(cells, context, 'residualLevel');
  if (residualLevel && !fields.has('residual') && cellText(residualLevel.cell) !== undefined) report(context, row, residualLevel.header, residualLevel.cell, say.residualLevel);
  const [owner] = cellsOf(cells, context, 'owner');
  if (owner) fields.set('owner', cellText(owner.cell));
  if (has(context, 'acceptedBy') || has(context, 'acceptanceDate') || has(context, 'acceptanceJustification')) {
    const [by] = cellsOf(cells, context, 'acceptedBy');
    const [date] = cellsOf(cells, context, 'acceptanceDate');
    const [justification] = cellsOf(cells, context, 'acceptanceJustification');
    const when = date ? dateValue(date.cell, row, date.header, context) : undefined;
    const acceptance = withoutUndefined({ by: by ? cellText(by.cell) : undefined, date: when === UNREAD ? undefined : when, justification: justification ? cellText(justification.cell) : undefined });
    if (when !== UNREAD) fields.set('acceptance', Object.keys(acceptance).length > 0 ? acceptance : undefined);
  }
  return { row, key: id, fields };
}

function withoutUndefined<T extends Record<string, unknown>>(object: T): { [key: string]: string | number } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [key: string]: string | number };
}
