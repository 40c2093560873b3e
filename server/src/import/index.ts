// Import of a spreadsheet (an SoA or a risk register, xlsx or CSV) into a declaration: the code
// `hds-check import` and the editor's "HDS: Import from spreadsheet…" share. It reads bytes and
// text it is given and returns the new file's text or the edits of the existing one, with a report
// of every row or value it could not map; it reads and writes no file itself.
import type { TextEdit } from 'vscode-languageserver';
import { parseFile } from '../engine';
import { localize, mark, quote } from '../engine/text';
import type { Locale } from '../engine/types';
import { mapGrid, type ImportKind, type ImportProblem, type MappedSheet } from './map';
import { readGrid, MAX_SPREADSHEET_BYTES } from './read';
import { mergeEdits, newFileText } from './write';

export { IMPORT_KINDS, isImportKind, type ImportKind, type ImportProblem } from './map';

export interface ImportInput {
  kind: ImportKind;
  /** The spreadsheet's bytes (xlsx or CSV). */
  bytes: Uint8Array;
  /** Its name, for messages and the new file's first comment. */
  sourceName: string;
  locale: Locale;
  /** The declaration file to write: its URI, and its text when it exists. */
  target: { uri: string; name: string; text?: string };
  /** Merge into an existing file (without it, an existing target is refused). */
  force: boolean;
}

export interface ImportPlan {
  /** Nothing is written: why (the spreadsheet could not be read, nothing in it could be mapped, the target cannot be edited). */
  refused?: string;
  /** The target exists and `force` was not given: nothing is written; asking again with `force` merges. */
  needsForce?: string;
  /** The new file's text (target absent). */
  newText?: string;
  /** The edits of the existing target. */
  edits?: TextEdit[];
  problems: ImportProblem[];
  /** Entries read, added, updated, already as imported. */
  counts: { read: number; added: number; updated: number; unchanged: number };
  /** The report, line by line, in the user's language. */
  report: string[];
}

const say = {
  tooLarge: { en: '{file} is larger than {limit} MB: not imported', fr: '{file} dépasse {limit}\u00a0Mo\u00a0: rien n’est importé' },
  empty: { en: '{file} is empty: nothing to import', fr: '{file} est vide\u00a0: rien à importer' },
  binary: { en: '{file} is neither an Excel workbook (.xlsx) nor CSV text: nothing imported', fr: '{file} n’est ni un classeur Excel (.xlsx) ni du texte CSV\u00a0: rien n’est importé' },
  corrupt: { en: '{file} cannot be read as an Excel workbook ({detail}): nothing imported', fr: '{file} ne se lit pas comme un classeur Excel ({detail})\u00a0: rien n’est importé' },
  noSheet: { en: '{file} holds no worksheet: nothing imported', fr: '{file} ne contient aucune feuille\u00a0: rien n’est importé' },
  nothing: { en: 'nothing in {file} could be read as {kind}: {target} is not written', fr: 'rien dans {file} ne se lit comme {kind}\u00a0: {target} n’est pas écrit' },
  kindSoa: { en: 'SoA entries', fr: 'entrées de DdA' },
  kindRisks: { en: 'risks', fr: 'risques' },
  exists: {
    en: '{target} exists: give --force to merge the imported {kind} into its {section} section (entries already there are updated in place, the others added; comments and order kept)',
    fr: '{target} existe\u00a0: ajoutez --force pour fusionner les {kind} importés dans sa section {section} (les entrées déjà présentes sont mises à jour sur place, les autres ajoutées\u00a0; commentaires et ordre conservés)',
  },
  notEditable: { en: '{target} has syntax errors or a form import cannot edit: fix it first; nothing written', fr: '{target} comporte des erreurs de syntaxe ou une forme que l’import ne sait pas modifier\u00a0: corrigez-le d’abord\u00a0; rien n’est écrit' },
  notList: { en: 'the {section} section of {target} is not a block list (one “- ” item per line): nothing written', fr: 'la section {section} de {target} n’est pas une liste en bloc (un élément «\u00a0- \u00a0» par ligne)\u00a0: rien n’est écrit' },
  summary: { en: '{file}: {read} read, header on row {header}; {added} added, {updated} updated, {unchanged} unchanged in {target}', fr: '{file}\u00a0: {read} lus, en-têtes en ligne {header}\u00a0; {added} ajoutés, {updated} mis à jour, {unchanged} inchangés dans {target}' },
  skipped: { en: '{count} rows “not stated in the SoA” left out', fr: '{count} lignes «\u00a0non indiqué dans la DdA\u00a0» laissées de côté' },
  ignored: { en: 'columns not read: {columns}', fr: 'colonnes non lues\u00a0: {columns}' },
  problems: { en: '{count} rows or values not mapped:', fr: '{count} lignes ou valeurs non reprises\u00a0:' },
  none: { en: 'every row was mapped', fr: 'toutes les lignes ont été reprises' },
  problem: { en: 'row {row}', fr: 'ligne {row}' },
  kept: { en: 'row {row}: {key} is empty in the spreadsheet but stays in {target} (it shares its line with the item’s dash): remove it by hand', fr: 'ligne {row}\u00a0: {key} est vide dans le tableur mais reste dans {target} (sur la ligne du tiret de l’élément)\u00a0: supprimez-le à la main' },
  header: {
    soa: { en: '# Statement of Applicability (ISO/IEC 27001:2022 Annex A), imported from {file}.', fr: '# Déclaration d’applicabilité (annexe A de l’ISO/IEC 27001:2022), importée de {file}.' },
    risks: { en: '# Risk register (HDS v2, EXI-05), imported from {file}.', fr: '# Registre des risques (HDS v2, EXI-05), importé de {file}.' },
  },
};

export async function planImport(input: ImportInput): Promise<ImportPlan> {
  const { locale, kind } = input;
  const file = input.sourceName;
  const target = input.target.name;
  const counts = { read: 0, added: 0, updated: 0, unchanged: 0 };
  const refuse = (message: string, problems: ImportProblem[] = []): ImportPlan => ({ refused: message, problems, counts, report: [message, ...problemLines(problems, locale)] });

  const grid = await readGrid(input.bytes);
  if (!Array.isArray(grid)) {
    switch (grid.reason) {
      case 'too-large':
        return refuse(localize(say.tooLarge, locale, { file, limit: MAX_SPREADSHEET_BYTES / 1024 / 1024 }));
      case 'empty':
        return refuse(localize(say.empty, locale, { file }));
      case 'binary':
        return refuse(localize(say.binary, locale, { file }));
      case 'corrupt-xlsx':
        return refuse(localize(say.corrupt, locale, { file, detail: grid.detail.split('\n')[0].slice(0, 200) }));
      case 'no-sheet':
        return refuse(localize(say.noSheet, locale, { file }));
    }
  }
  const sheet = mapGrid(grid, kind, locale);
  counts.read = sheet.entries.length;
  const kindWords = localize(kind === 'soa' ? say.kindSoa : say.kindRisks, locale);
  if (sheet.entries.length === 0) return refuse(localize(say.nothing, locale, { file, kind: kindWords, target }), sheet.problems);

  const section = `${kind}:`;
  if (input.target.text === undefined) {
    const header = `${localize(say.header[kind], locale, { file: oneLine(file) })}\n`;
    const newText = newFileText(input.target.uri, kind, sheet.entries, header);
    counts.added = sheet.entries.length;
    return { newText, problems: sheet.problems, counts, report: reportLines(sheet, counts, file, target, locale) };
  }
  if (!input.force) return { needsForce: localize(say.exists, locale, { target, kind: kindWords, section }), problems: sheet.problems, counts, report: [localize(say.exists, locale, { target, kind: kindWords, section })] };
  const parsed = parseFile({ uri: input.target.uri, text: input.target.text });
  const plan = mergeEdits(parsed, kind, sheet.entries);
  if (plan === 'not-editable') return refuse(localize(say.notEditable, locale, { target }), sheet.problems);
  if (plan === 'not-a-list') return refuse(localize(say.notList, locale, { target, section }), sheet.problems);
  Object.assign(counts, { added: plan.added, updated: plan.updated, unchanged: plan.unchanged });
  const kept = plan.kept.map((entry) => localize(say.kept, locale, { row: entry.row, key: entry.key, target }));
  return { edits: plan.edits, problems: sheet.problems, counts, report: [...reportLines(sheet, counts, file, target, locale), ...kept] };
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function reportLines(sheet: MappedSheet, counts: ImportPlan['counts'], file: string, target: string, locale: Locale): string[] {
  const lines = [localize(say.summary, locale, { file, target, header: sheet.headerRow ?? '?', ...counts })];
  if (sheet.skipped > 0) lines.push(localize(say.skipped, locale, { count: sheet.skipped }));
  if (sheet.ignoredColumns.length > 0) lines.push(localize(say.ignored, locale, { columns: sheet.ignoredColumns.map((column) => quote(column, locale)).join(', ') }));
  lines.push(...problemLines(sheet.problems, locale));
  if (sheet.problems.length === 0) lines.push(localize(say.none, locale));
  return lines;
}

function problemLines(problems: readonly ImportProblem[], locale: Locale): string[] {
  if (problems.length === 0) return [];
  return [
    localize(say.problems, locale, { count: problems.length }),
    ...problems.map((problem) => {
      const where = [problem.row > 0 ? localize(say.problem, locale, { row: problem.row }) : undefined, problem.column !== undefined ? quote(problem.column, locale) : undefined].filter(Boolean).join(', ');
      const value = problem.value !== undefined ? `${quote(problem.value, locale)} — ` : '';
      return `  ${where ? `${where}${mark(':', locale)} ` : ''}${value}${problem.message}`;
    }),
  ];
}
