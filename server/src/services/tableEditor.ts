// The table editor's data and edits, LSP-agnostic: the Statement of Applicability (one row per Annex
// A control, listed or not) and the risk register (one row per risk), with the cells of the exports
// (documents/tables.ts), the values as written for the editors, and the filters each row passes.
// An edit of rows is computed as text edits of the YAML (yamlEdits.ts): values replaced in place,
// missing keys added in the schema's order, a control the SoA does not list added as a new entry
// after its predecessor in Annex A, in the style of its neighbours. Comments, order and formatting stay.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { rangeAt, type Declaration, type Locale, type ParsedFile } from '../engine';
import { control as catalogControl, controls, type Control } from '../engine/catalog';
import type { Risk, SoaEntry } from '../engine/declaration';
import { soaDecision, soaProgress } from '../engine/facts/decided';
import { isAssessed } from '../engine/facts/risks';
import { appliedRiskCriteria, labelOf, type AppliedRiskCriteria } from '../engine/facts/riskCriteria';
import { localize } from '../engine/text';
import type { Localized } from '../engine/types';
import { evidenceState, RISK_COLUMNS, risksTable, SOA_COLUMNS, soaTable, statusWord, treatmentWord, yesNo, type EvidenceProbe } from '../documents/tables';
import type { TableColumn, TableEditParams, TableEditResult, TableKind, TableModel, TableRow } from '../protocol';
import { controlInsertions, sectionFile } from './codeActions';
import { choicesOf, keysOf, schemaAt } from './schema';
import { editable, joinEdits, insertSequenceItems, scalar, setMapEntries, type EntryChange, type NewItem } from './yamlEdits';

const text = {
  soaProgress: { en: '{done}/{total} Annex A controls decided', fr: '{done}/{total} mesures de l’annexe A tranchées' },
  risksProgress: { en: '{done}/{total} risks assessed', fr: '{done}/{total} risques évalués' },
  filters: {
    undecided: { en: 'Undecided', fr: 'Non tranchées' },
    excluded: { en: 'Excluded', fr: 'Exclues' },
    planned: { en: 'Planned', fr: 'Prévues' },
    missingEvidence: { en: 'Missing evidence', fr: 'Preuves manquantes' },
    unassessed: { en: 'Not assessed', fr: 'Non évalués' },
    accepted: { en: 'Accepted', fr: 'Acceptés' },
    noOwner: { en: 'No owner', fr: 'Sans propriétaire' },
    controlsPending: { en: 'Relying on a control not yet implemented', fr: 'Reposant sur une mesure pas encore mise en œuvre' },
  } as Record<string, Localized>,
  readOnly: {
    en: '{file} cannot be edited from the table until its syntax errors are fixed (or its tagged collections removed).',
    fr: '{file} ne peut être modifié depuis le tableau qu’une fois ses erreurs de syntaxe corrigées (ou ses collections étiquetées retirées).',
  },
  noFile: { en: 'The declaration has no file the table can write to.', fr: 'La déclaration n’a aucun fichier où le tableau puisse écrire.' },
  unknownRow: { en: 'Row {key} is no longer in the table: it changed in the text; try again.', fr: 'La ligne {key} n’est plus dans le tableau\u00a0: le texte a changé\u00a0; réessayez.' },
  unknownColumn: { en: 'Column {column} cannot be edited from the table.', fr: 'La colonne {column} ne se modifie pas depuis le tableau.' },
  badValue: { en: '{value} is not a value of {column}.', fr: '{value} n’est pas une valeur possible de {column}.' },
  required: { en: '{column} cannot be emptied: the entry needs it.', fr: '{column} ne peut pas être vidé\u00a0: l’entrée en a besoin.' },
  notMapping: { en: 'Change {row} in the text: the entry is not written as keys and values.', fr: 'Modifiez {row} dans le texte\u00a0: l’entrée n’est pas écrite en clés et valeurs.' },
  overlap: { en: 'These changes touch the same text: apply them one at a time.', fr: 'Ces modifications touchent le même texte\u00a0: appliquez-les une à une.' },
  control: { en: 'control {id}', fr: 'la mesure {id}' },
  risk: { en: 'risk {id}', fr: 'le risque {id}' },
};

/** The labels of the table's own controls (the webview has no strings of its own). */
const labels: Record<string, Localized> = {
  filters: { en: 'Show only', fr: 'Afficher seulement' },
  rows: { en: '{shown} of {total} rows', fr: '{shown} lignes sur {total}' },
  selected: { en: '{count} selected', fr: 'Sélection\u00a0: {count}' },
  apply: { en: 'Apply to selection', fr: 'Appliquer à la sélection' },
  unchanged: { en: '(unchanged)', fr: '(inchangé)' },
  clear: { en: '(remove)', fr: '(retirer)' },
  keys: {
    en: 'Arrows: move · Enter: edit · Space: select · Shift+arrows: extend · Ctrl+A: select all · Escape: cancel or unselect',
    fr: 'Flèches\u00a0: se déplacer · Entrée\u00a0: modifier · Espace\u00a0: sélectionner · Maj+flèches\u00a0: étendre · Ctrl+A\u00a0: tout sélectionner · Échap\u00a0: annuler ou désélectionner',
  },
  empty: { en: 'No row passes these filters.', fr: 'Aucune ligne ne passe ces filtres.' },
  sortAscending: { en: 'sorted ascending', fr: 'tri croissant' },
  sortDescending: { en: 'sorted descending', fr: 'tri décroissant' },
  bulk: { en: 'Set on the selected rows', fr: 'Définir sur les lignes sélectionnées' },
};

// ---- The model ----------------------------------------------------------------------------

interface Field {
  column: string;
  editor: NonNullable<TableColumn['editor']>;
  /** The values a choice allows (schema enum or rating range). */
  choices?: (string | number | boolean)[];
  clearable: boolean;
}

const RISK_NUMERIC = new Set<string>(['likelihood', 'impact', 'level', 'residualLevel', 'residualLikelihood', 'residualImpact']);

let fieldTables: { soa: Record<string, Field>; risks: Record<string, Field> } | undefined;

/** The editable columns, their editors and values, read from the schema (ratings: see `fields`). */
function schemaFields(kind: TableKind): Record<string, Field> {
  if (!fieldTables) {
    const enumOf = (path: (string | number)[]) => choicesOf(schemaAt(path)!) as string[];
    fieldTables = {
      soa: {
        applicable: { column: 'applicable', editor: 'boolean', choices: [true, false], clearable: false },
        justification: { column: 'justification', editor: 'text', clearable: true },
        status: { column: 'status', editor: 'choice', choices: enumOf(['soa', 0, 'status']), clearable: true },
        due: { column: 'due', editor: 'date', clearable: true },
        owner: { column: 'owner', editor: 'text', clearable: true },
        reviewed: { column: 'reviewed', editor: 'date', clearable: true },
      },
      risks: {
        treatment: { column: 'treatment', editor: 'choice', choices: enumOf(['risks', 0, 'treatment']), clearable: false },
        owner: { column: 'owner', editor: 'text', clearable: true },
      },
    };
  }
  return fieldTables[kind];
}

/** The editable columns for `declaration`: likelihood and impact take the levels of the scales that apply to it. */
function fields(kind: TableKind, criteria: AppliedRiskCriteria): Record<string, Field> {
  if (kind === 'soa') return schemaFields('soa');
  const rating = (which: 'likelihood' | 'impact'): Field => ({ column: which, editor: 'choice', choices: criteria[which].levels.map((entry) => entry.level), clearable: false });
  return { likelihood: rating('likelihood'), impact: rating('impact'), ...schemaFields('risks') };
}

/** The scales a declaration's risks are rated on (the threshold plays no part in the table). */
const scalesOf = (declaration: Declaration, locale: Locale) => appliedRiskCriteria(declaration, { locale });

function choiceLabel(kind: TableKind, column: string, value: string | number | boolean, locale: Locale, criteria: AppliedRiskCriteria): string {
  if (typeof value === 'boolean') return yesNo(value, locale);
  if (kind === 'soa' && column === 'status') return statusWord(String(value), locale);
  if (kind === 'risks' && column === 'treatment') return treatmentWord(String(value), locale);
  if (kind === 'risks' && (column === 'likelihood' || column === 'impact') && typeof value === 'number') {
    const label = labelOf(criteria[column], value);
    return label && label !== String(value) ? `${value} — ${label}` : String(value);
  }
  return String(value);
}

function columnsOf(kind: TableKind, headers: string[], locale: Locale, criteria: AppliedRiskCriteria): TableColumn[] {
  // The export's columns, in its order: the table shows the same cells.
  const ids: readonly string[] = kind === 'soa' ? SOA_COLUMNS : RISK_COLUMNS;
  const editable = fields(kind, criteria);
  return ids.map((id, index) => {
    const field = editable[id];
    const column: TableColumn = { id, header: headers[index] };
    if (kind === 'risks' && RISK_NUMERIC.has(id)) column.numeric = true;
    if (field) {
      column.editor = field.editor;
      if (field.choices) column.choices = field.choices.map((value) => ({ value, label: choiceLabel(kind, id, value, locale, criteria) }));
      if (field.clearable) column.clearable = true;
    }
    return column;
  });
}

/** The file the section is written in (or would be added to), and why it cannot be edited, if it cannot. */
function readOnlyReason(declaration: Declaration, kind: TableKind, locale: Locale): string | undefined {
  const written = declaration.sections.get(kind)?.map((at) => at.file) ?? [];
  const blocked = written.find((file) => !editable(file));
  if (blocked) return localize(text.readOnly, locale, { file: fileName(blocked) });
  if (written.length === 0 && !sectionFile(declaration, kind)) return text.noFile[locale];
  return undefined;
}

const fileName = (file: ParsedFile) => decodeURIComponent(file.uri.slice(file.uri.lastIndexOf('/') + 1));

/** The first entry of each control, as the SoA export reads it. */
function soaEntries(declaration: Declaration): Map<string, SoaEntry> {
  const entries = new Map<string, SoaEntry>();
  for (const entry of declaration.soa) if (entry.control && catalogControl(entry.control.id) && !entries.has(entry.control.id)) entries.set(entry.control.id, entry);
  return entries;
}

const UNIMPLEMENTED = new Set(['planned', 'partial', 'not-implemented']);

export function soaTableModel(declaration: Declaration, locale: Locale, probe: EvidenceProbe = {}): TableModel {
  const table = soaTable(declaration, locale, probe);
  const entries = soaEntries(declaration);
  const rows = controls.map((annexControl, index): TableRow => {
    const entry = entries.get(annexControl.id);
    const values: TableRow['values'] = {};
    const flags: string[] = [];
    if (entry) {
      if (entry.applicable !== undefined) values.applicable = entry.applicable;
      for (const key of ['status', 'due', 'owner', 'reviewed', 'justification'] as const) if (entry[key] !== undefined) values[key] = entry[key]!;
    }
    if (!entry || soaDecision(entry) === 'undecided') flags.push('undecided');
    if (entry?.applicable === false) flags.push('excluded');
    if (entry?.applicable !== false && entry?.status === 'planned') flags.push('planned');
    if (entry?.applicable === true && (entry.evidence.length === 0 || entry.evidence.some((evidence) => ['missing', 'outside'].includes(evidenceState(evidence, probe))))) flags.push('missingEvidence');
    const row: TableRow = { key: annexControl.id, cells: table.rows[index], values, flags };
    if (entry) row.location = { uri: entry.at.file.uri, range: rangeAt(entry.at.file, entry.at.path) };
    return row;
  });
  const progress = soaProgress(declaration);
  return model('soa', locale, table.title, columnsOf('soa', table.headers, locale, scalesOf(declaration, locale)), rows, ['undecided', 'excluded', 'planned', 'missingEvidence'], {
    label: localize(text.soaProgress, locale, { done: progress.decided, total: progress.total }),
    done: progress.decided,
    total: progress.total,
  }, readOnlyReason(declaration, 'soa', locale));
}

export function risksTableModel(declaration: Declaration, locale: Locale): TableModel {
  const table = risksTable(declaration, locale);
  const entries = soaEntries(declaration);
  let assessed = 0;
  const rows = declaration.risks.map((risk, index): TableRow => {
    const values: TableRow['values'] = {};
    for (const key of ['likelihood', 'impact', 'treatment', 'owner'] as const) if (risk[key] !== undefined) values[key] = risk[key]!;
    const flags: string[] = [];
    if (isAssessed(risk)) assessed++;
    else flags.push('unassessed');
    if (risk.treatment === 'accept') flags.push('accepted');
    if (!risk.owner) flags.push('noOwner');
    if (risk.controls.some((reference) => {
      const entry = entries.get(reference.id);
      return !entry || entry.applicable !== true || !entry.status || UNIMPLEMENTED.has(entry.status);
    })) flags.push('controlsPending');
    return { key: riskKey(risk, index), cells: table.rows[index], values, flags, location: { uri: risk.at.file.uri, range: rangeAt(risk.at.file, risk.at.path) } };
  });
  return model('risks', locale, table.title, columnsOf('risks', table.headers, locale, scalesOf(declaration, locale)), rows, ['unassessed', 'accepted', 'noOwner', 'controlsPending'], {
    label: localize(text.risksProgress, locale, { done: assessed, total: rows.length }),
    done: assessed,
    total: rows.length,
  }, readOnlyReason(declaration, 'risks', locale));
}

function model(kind: TableKind, locale: Locale, title: string, columns: TableColumn[], rows: TableRow[], filterIds: string[], progress: TableModel['progress'], readOnly: string | undefined): TableModel {
  const filters = filterIds.map((id) => ({ id, label: text.filters[id][locale], count: rows.filter((row) => row.flags.includes(id)).length }));
  const result: TableModel = { kind, locale, title, columns, rows, filters, progress, labels: Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]])) };
  if (readOnly) result.readOnly = readOnly;
  return result;
}

/** A risk's row key: its index in the register and its id, so an edit never lands on another risk. */
const riskKey = (risk: Risk, index: number) => `${index}:${risk.id ?? ''}`;

export function tableModel(declaration: Declaration, kind: TableKind, locale: Locale, probe: EvidenceProbe = {}): TableModel {
  return kind === 'soa' ? soaTableModel(declaration, locale, probe) : risksTableModel(declaration, locale);
}

// ---- Edits --------------------------------------------------------------------------------

/** The key changes `set` asks for, checked against the columns' editors, or why it cannot be written. */
function entryChanges(kind: TableKind, set: TableEditParams['set'], headers: Map<string, string>, locale: Locale, criteria: AppliedRiskCriteria): EntryChange[] | string {
  const editableFields = fields(kind, criteria);
  const changes: EntryChange[] = [];
  for (const [column, value] of Object.entries(set)) {
    const field = Object.prototype.hasOwnProperty.call(editableFields, column) ? editableFields[column] : undefined;
    const header = headers.get(column) ?? column;
    if (!field) return localize(text.unknownColumn, locale, { column: header });
    const empty = value === null || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (!field.clearable) return localize(text.required, locale, { column: header });
      changes.push({ key: column });
      continue;
    }
    const bad = () => localize(text.badValue, locale, { value: JSON.stringify(value), column: header });
    switch (field.editor) {
      case 'boolean':
      case 'choice': {
        const choice = field.choices!.find((candidate) => candidate === value || (typeof candidate === 'number' && typeof value === 'string' && String(candidate) === value.trim()));
        if (choice === undefined) return bad();
        changes.push({ key: column, value: typeof choice === 'string' ? scalar(choice) : String(choice), raw: true });
        break;
      }
      case 'date': {
        if (typeof value !== 'string' || !isDate(value.trim())) return bad();
        changes.push({ key: column, value: value.trim(), raw: true });
        break;
      }
      case 'text': {
        if (typeof value !== 'string') return bad();
        changes.push({ key: column, value: value.trim().replace(/\s*[\r\n]+\s*/g, ' ') });
        break;
      }
    }
  }
  return changes;
}

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** The schema's key order of an SoA entry or a risk, where added keys go. */
const keyOrder = (kind: TableKind) => keysOf(schemaAt([kind, 0])!).map((key) => key.key);

/**
 * The edit that writes `params.set` on the rows `params.keys`, or why it cannot: a row or value
 * that does not fit is reported and nothing of the request is written.
 */
export function tableEdit(declaration: Declaration, params: Pick<TableEditParams, 'kind' | 'keys' | 'set'>, locale: Locale): TableEditResult {
  const kind = params.kind;
  const criteria = scalesOf(declaration, locale);
  const headers = new Map(columnsOf(kind, kind === 'soa' ? soaTable(declaration, locale).headers : risksTable(declaration, locale).headers, locale, criteria).map((column) => [column.id, column.header]));
  const readOnly = readOnlyReason(declaration, kind, locale);
  if (readOnly) return { message: readOnly };
  const changes = entryChanges(kind, params.set ?? {}, headers, locale, criteria);
  if (typeof changes === 'string') return { message: changes };
  if (changes.length === 0 || params.keys.length === 0) return {};
  const order = keyOrder(kind);
  const byFile = new Map<ParsedFile, TextEdit[]>();
  const add = (file: ParsedFile, edits: TextEdit[]) => byFile.set(file, [...(byFile.get(file) ?? []), ...edits]);
  const failed: string[] = [];

  if (kind === 'soa') {
    const entries = soaEntries(declaration);
    const missing: [Control, NewItem][] = [];
    for (const key of new Set(params.keys)) {
      const annexControl = catalogControl(key);
      if (!annexControl) return { message: localize(text.unknownRow, locale, { key }) };
      const entry = entries.get(key);
      if (entry) {
        const edits = setMapEntries(entry.at.file, entry.at.path, changes, order);
        if (edits) add(entry.at.file, edits);
        else failed.push(localize(text.control, locale, { id: key }));
        continue;
      }
      const written = changes.filter((change) => change.value !== undefined);
      if (written.length === 0) continue;
      // A control the SoA does not list: a new entry, undecided unless the change decides it.
      const item: NewItem = {
        entries: [
          { key: 'control', value: JSON.stringify(key) },
          ...(written.some((change) => change.key === 'applicable') ? [] : [{ key: 'applicable', value: 'TODO' }]),
          ...written.map((change) => ({ key: change.key, value: change.raw ? change.value! : scalar(change.value!) })),
        ].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
        comment: annexControl.title[locale],
      };
      missing.push([annexControl, item]);
    }
    if (missing.length > 0) {
      const file = sectionFile(declaration, 'soa');
      if (!file) return { message: text.noFile[locale] };
      const edits = insertSequenceItems(file, ['soa'], controlInsertions(declaration, file, missing), { flow: true });
      if (edits.length === 0) failed.push(...missing.map(([annexControl]) => localize(text.control, locale, { id: annexControl.id })));
      else add(file, edits);
    }
  } else {
    for (const key of new Set(params.keys)) {
      const index = Number(key.slice(0, key.indexOf(':')));
      const risk = Number.isInteger(index) && key.includes(':') ? declaration.risks[index] : undefined;
      if (!risk || riskKey(risk, index) !== key) return { message: localize(text.unknownRow, locale, { key: key.slice(key.indexOf(':') + 1) || key }) };
      const edits = setMapEntries(risk.at.file, risk.at.path, changes, order);
      if (edits) add(risk.at.file, edits);
      else failed.push(localize(text.risk, locale, { id: risk.id ?? String(index + 1) }));
    }
  }

  if (failed.length > 0) return { message: localize(text.notMapping, locale, { row: failed.join(', ') }) };
  const edit: WorkspaceEdit = { changes: {} };
  for (const [file, edits] of byFile) {
    const joined = joinEdits(file, edits);
    if (!joined) return { message: text.overlap[locale] };
    if (joined.length > 0) edit.changes![file.uri] = joined;
  }
  return Object.keys(edit.changes!).length > 0 ? { edit } : {};
}
