// `hds-check import soa|risks FILE --output PATH.hds.yaml`: an SoA or a risk register kept in a
// spreadsheet (xlsx or CSV; our own exports, or another tool's) written as a new declaration file,
// or merged into the `soa:` / `risks:` section of an existing one with --force. The mapping is
// server/src/import/ (the editor's import uses it too); this file only reads and writes files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeclarationFile } from '../engine';
import { localize } from '../engine/text';
import { MAX_FILE_CHARS } from '../engine/yamlFile';
import { IMPORT_KINDS, isImportKind, planImport } from '../import';
import { MAX_SPREADSHEET_BYTES } from '../import/read';
import { prefixed, terminalText, type Console, type Outcome } from './console';
import { applyEdits } from './edits';
import { UsageError, type Options } from './options';
import { refusal, writeOutput, WriteError } from './output';

const say = {
  kind: { en: 'import takes soa or risks, then the spreadsheet (.xlsx or .csv)', fr: 'import attend soa ou risks, puis le tableur (.xlsx ou .csv)' },
  notKind: { en: 'import takes soa or risks, not “{given}”', fr: 'import attend soa ou risks, pas «\u00a0{given}\u00a0»' },
  oneFile: { en: 'import reads one spreadsheet; given: {files}', fr: 'import lit un seul tableur\u00a0; indiqués\u00a0: {files}' },
  output: { en: 'import needs --output PATH.hds.yaml: the declaration file to write (or, with --force, to merge into)', fr: 'import demande --output CHEMIN.hds.yaml\u00a0: le fichier de déclaration à écrire (ou, avec --force, dans lequel fusionner)' },
  notDeclaration: { en: '--output {file}: declaration files end in .hds.yaml', fr: '--output {file}\u00a0: les fichiers de déclaration se terminent par .hds.yaml' },
  missing: { en: '{file}: no such file', fr: '{file}\u00a0: fichier introuvable' },
  notFile: { en: '{file} is not a regular file: nothing imported', fr: '{file} n’est pas un fichier ordinaire\u00a0: rien n’est importé' },
  tooLarge: { en: '{file} is larger than {limit} MB: nothing imported', fr: '{file} dépasse {limit}\u00a0Mo\u00a0: rien n’est importé' },
  targetTooLarge: { en: '{file} is too large to edit: nothing written', fr: '{file} est trop volumineux pour être modifié\u00a0: rien n’est écrit' },
  same: { en: '{file} is the spreadsheet read: name another --output', fr: '{file} est le tableur lu\u00a0: indiquez un autre --output' },
  cannotRead: { en: 'cannot read {file}: {reason}', fr: 'impossible de lire {file}\u00a0: {reason}' },
  written: { en: 'written {file}', fr: '{file} écrit' },
  unchanged: { en: '{file} already holds what the spreadsheet says: not rewritten', fr: '{file} contient déjà ce que dit le tableur\u00a0: non réécrit' },
};

export async function importSpreadsheet(options: Options, io: Console): Promise<Outcome> {
  const { locale } = options;
  const [kind, source, ...more] = options.positionals;
  if (!isImportKind(kind)) throw new UsageError(kind ? localize(say.notKind, locale, { given: kind }) : localize(say.kind, locale), locale);
  if (!source) throw new UsageError(localize(say.kind, locale), locale);
  if (more.length > 0) throw new UsageError(localize(say.oneFile, locale, { files: [source, ...more].join(', ') }), locale);
  if (!options.output) throw new UsageError(localize(say.output, locale), locale);
  const output = options.output;
  if (!isDeclarationFile(output.toLowerCase())) throw new UsageError(localize(say.notDeclaration, locale, { file: output }), locale);
  const fail = (message: string): Outcome => ({ notes: [prefixed(terminalText(message), locale)], exitCode: 2 });

  // The spreadsheet.
  const sourcePath = path.resolve(io.cwd, source);
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(sourcePath);
    if (!stat.isFile()) return fail(localize(say.notFile, locale, { file: source }));
    if (stat.size > MAX_SPREADSHEET_BYTES) return fail(localize(say.tooLarge, locale, { file: source, limit: MAX_SPREADSHEET_BYTES / 1024 / 1024 }));
    bytes = fs.readFileSync(sourcePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? localize(say.missing, locale, { file: source }) : localize(say.cannotRead, locale, { file: source, reason: code ?? String(error) }));
  }

  // The declaration file: never through a link, never the spreadsheet itself.
  const targetPath = path.resolve(io.cwd, output);
  if (targetPath === sourcePath) return fail(localize(say.same, locale, { file: output }));
  const refused = refusal(output, { cwd: io.cwd, locale, declaration: true });
  if (refused) return fail(refused);
  let text: string | undefined;
  try {
    if (fs.statSync(targetPath).size > MAX_FILE_CHARS) return fail(localize(say.targetTooLarge, locale, { file: output }));
    text = fs.readFileSync(targetPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fail(localize(say.cannotRead, locale, { file: output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }

  const uri = pathToFileURL(targetPath).href;
  const plan = await planImport({ kind, bytes, sourceName: source, locale, target: { uri, name: output, text }, force: options.force });
  const lines = plan.report.map((line) => terminalText(line));
  if (plan.refused || plan.needsForce) return { notes: [prefixed(lines[0], locale), ...lines.slice(1)], exitCode: 2 };
  const content = plan.newText ?? applyEdits(uri, text!, plan.edits ?? []);
  const notes = lines;
  if (content === text) notes.push(prefixed(localize(say.unchanged, locale, { file: terminalText(output) }), locale));
  else {
    try {
      writeOutput(output, content, { cwd: io.cwd, locale, declaration: true, exclusive: text === undefined });
    } catch (error) {
      if (error instanceof WriteError) return { notes: [...notes, prefixed(error.message, locale)], exitCode: 2 };
      throw error;
    }
    notes.push(prefixed(localize(say.written, locale, { file: terminalText(output) }), locale));
  }
  // Rows or values left out: the file is written, and the exit code says it is not the whole sheet.
  return { notes, exitCode: plan.problems.length > 0 ? 1 : 0 };
}

export { IMPORT_KINDS };
