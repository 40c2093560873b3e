// "HDS: Import from spreadsheet…": an SoA or a risk register kept in a spreadsheet (xlsx or CSV),
// written into a declaration file. The client asks what to import, from which file, into which
// declaration file (or a new one), reads the files and applies the server's answer
// (`hds/importSpreadsheet`, the code `hds-check import` runs) as one WorkspaceEdit, so Undo takes it
// back; then it shows the report: what was read, and each row or value it could not map.
//
// Test hook, for the end-to-end suite and for keybindings: the command takes an optional second
// argument `{ kind?, source?, target?, force?, locale? }` (`source` and `target` file URI strings).
// What it names is not asked. It returns `{ target, counts, problems, report }`, or undefined.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ImportSpreadsheetRequest, type ImportSpreadsheetParams, type ImportSpreadsheetResult } from './protocol';

export const IMPORT_COMMAND = 'hds.importSpreadsheet';
type Locale = 'en' | 'fr';
type Kind = 'soa' | 'risks';

export interface ImportArguments {
  kind?: Kind;
  source?: string;
  target?: string;
  /** Merge into an existing file without asking. */
  force?: boolean;
  locale?: Locale;
}

export interface ImportOutcome {
  target: string;
  counts: ImportSpreadsheetResult['counts'];
  problems: ImportSpreadsheetResult['problems'];
  report: string[];
}

const NBSP = '\u00a0';
const strings = {
  en: {
    pickKind: 'What does the spreadsheet hold?',
    soa: 'Statement of Applicability (SoA)',
    soaDetail: 'One row per ISO/IEC 27001 Annex A control → the soa: section',
    risks: 'Risk register',
    risksDetail: 'One row per risk → the risks: section',
    openLabel: 'Import',
    spreadsheets: 'Spreadsheets',
    pickTarget: 'Write into which declaration file?',
    newFile: '$(new-file) New declaration file…',
    newFileDetail: 'A new *.hds.yaml file',
    save: 'Create',
    notDeclaration: (name: string) => `${name}: declaration files end in .hds.yaml. Nothing was imported.`,
    link: (name: string) => `Nothing was imported into ${name}: it is a symbolic link, and HDS Studio never writes through one.`,
    merge: 'Merge',
    mergeQuestion: (section: string, name: string) => `Merge the imported entries into the ${section} section of ${name}?`,
    mergeDetail: 'Entries already in the file are updated in place, the others are added at the end of the section; comments and order are kept. Undo takes it all back.',
    tooLarge: (name: string) => `${name} is larger than 20 MB. Nothing was imported.`,
    failed: (reason: string) => `The import failed: ${reason}`,
    noServer: 'The HDS language server did not answer the import. Nothing was imported.',
    done: (name: string, read: number, added: number, updated: number) => `Imported ${read} rows into ${name}: ${added} added, ${updated} updated.`,
    withProblems: (count: number) => ` ${count} rows or values were not mapped.`,
    showReport: 'Show report',
    applyFailed: (name: string) => `VS Code did not apply the import to ${name}.`,
  },
  fr: {
    pickKind: `Que contient le tableur${NBSP}?`,
    soa: 'Déclaration d’applicabilité (DdA)',
    soaDetail: 'Une ligne par mesure de l’annexe A de l’ISO/IEC 27001 → la section soa:',
    risks: 'Registre des risques',
    risksDetail: 'Une ligne par risque → la section risks:',
    openLabel: 'Importer',
    spreadsheets: 'Tableurs',
    pickTarget: `Écrire dans quel fichier de déclaration${NBSP}?`,
    newFile: '$(new-file) Nouveau fichier de déclaration…',
    newFileDetail: 'Un nouveau fichier *.hds.yaml',
    save: 'Créer',
    notDeclaration: (name: string) => `${name}${NBSP}: les fichiers de déclaration se terminent par .hds.yaml. Rien n’a été importé.`,
    link: (name: string) => `Rien n’a été importé dans ${name}${NBSP}: c’est un lien symbolique, et HDS Studio n’écrit jamais à travers un lien.`,
    merge: 'Fusionner',
    mergeQuestion: (section: string, name: string) => `Fusionner les entrées importées dans la section ${section} de ${name}${NBSP}?`,
    mergeDetail: `Les entrées déjà présentes sont mises à jour sur place, les autres ajoutées à la fin de la section${NBSP}; commentaires et ordre conservés. Annuler revient en arrière.`,
    tooLarge: (name: string) => `${name} dépasse 20${NBSP}Mo. Rien n’a été importé.`,
    failed: (reason: string) => `L’import a échoué${NBSP}: ${reason}`,
    noServer: 'Le serveur de langage HDS n’a pas répondu à l’import. Rien n’a été importé.',
    done: (name: string, read: number, added: number, updated: number) => `${read} lignes importées dans ${name}${NBSP}: ${added} ajoutées, ${updated} mises à jour.`,
    withProblems: (count: number) => ` ${count} lignes ou valeurs non reprises.`,
    showReport: 'Voir le rapport',
    applyFailed: (name: string) => `VS Code n’a pas appliqué l’import à ${name}.`,
  },
};

const MAX_BYTES = 20 * 1024 * 1024;
const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'fr';
const isKind = (value: unknown): value is Kind => value === 'soa' || value === 'risks';

export function registerImport(client: LanguageClient, ready: Promise<void>, locale: () => Locale): vscode.Disposable {
  return vscode.commands.registerCommand(IMPORT_COMMAND, (_resource?: unknown, options?: unknown) =>
    importSpreadsheet(client, ready, locale(), typeof options === 'object' && options !== null ? (options as ImportArguments) : {}));
}

async function importSpreadsheet(client: LanguageClient, ready: Promise<void>, ui: Locale, given: ImportArguments): Promise<ImportOutcome | undefined> {
  const locale = isLocale(given.locale) ? given.locale : ui;
  const text = strings[locale];
  const kind = isKind(given.kind) ? given.kind : await pickKind(text);
  if (!kind) return undefined;
  const source = given.source ? vscode.Uri.parse(given.source) : (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: text.openLabel, filters: { [text.spreadsheets]: ['xlsx', 'csv'] } }))?.[0];
  if (!source) return undefined;
  const target = given.target ? vscode.Uri.parse(given.target) : await pickTarget(kind, source, text);
  if (!target) return undefined;
  const targetName = vscode.workspace.asRelativePath(target);
  if (!target.path.toLowerCase().endsWith('.hds.yaml')) {
    void vscode.window.showErrorMessage(text.notDeclaration(targetName));
    return undefined;
  }
  try {
    const stat = await vscode.workspace.fs.stat(source);
    if (stat.size > MAX_BYTES) {
      void vscode.window.showErrorMessage(text.tooLarge(vscode.workspace.asRelativePath(source)));
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(source);
    const existing = await existingText(target);
    if (existing === 'link') {
      void vscode.window.showErrorMessage(text.link(targetName));
      return undefined;
    }
    await ready;
    const params: ImportSpreadsheetParams = { kind, content: base64(bytes), sourceName: vscode.workspace.asRelativePath(source), target: { uri: target.toString(), name: targetName, text: existing }, force: given.force === true, locale };
    let result = await client.sendRequest(ImportSpreadsheetRequest, params);
    if (result?.needsForce) {
      if ((await vscode.window.showWarningMessage(text.mergeQuestion(`${kind}:`, targetName), { modal: true, detail: text.mergeDetail }, text.merge)) !== text.merge) return undefined;
      result = await client.sendRequest(ImportSpreadsheetRequest, { ...params, force: true });
    }
    if (!result) {
      void vscode.window.showErrorMessage(text.noServer);
      return undefined;
    }
    if (result.refused || result.needsForce) {
      void vscode.window.showErrorMessage(result.refused ?? result.needsForce!, ...(result.report.length > 1 ? [text.showReport] : [])).then((answer) => (answer ? showReport(result!.report) : undefined));
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    if (result.newText !== undefined) {
      edit.createFile(target, { overwrite: false, ignoreIfExists: false });
      edit.insert(target, new vscode.Position(0, 0), result.newText);
    } else {
      edit.set(target, (result.edits ?? []).map((change) => new vscode.TextEdit(new vscode.Range(change.range.start.line, change.range.start.character, change.range.end.line, change.range.end.character), change.newText)));
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(text.applyFailed(targetName));
      return undefined;
    }
    await vscode.window.showTextDocument(target, { preview: false });
    const { counts, problems, report } = result;
    const message = text.done(targetName, counts.read, counts.added, counts.updated) + (problems.length > 0 ? text.withProblems(problems.length) : '');
    const show = problems.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(message, text.showReport).then((answer) => (answer ? showReport(report) : undefined));
    return { target: target.toString(), counts, problems, report };
  } catch (error) {
    void vscode.window.showErrorMessage(text.failed(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** The target's text (from its editor if open), undefined when it does not exist, 'link' for a symbolic link. */
async function existingText(target: vscode.Uri): Promise<string | undefined | 'link'> {
  let type: vscode.FileType;
  try {
    type = (await vscode.workspace.fs.stat(target)).type;
  } catch {
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === target.toString())?.getText();
  }
  if (type & vscode.FileType.SymbolicLink) return 'link';
  return (await vscode.workspace.openTextDocument(target)).getText();
}

async function pickKind(text: (typeof strings)[Locale]): Promise<Kind | undefined> {
  const items = [
    { label: text.soa, detail: text.soaDetail, document: 'soa' as Kind },
    { label: text.risks, detail: text.risksDetail, document: 'risks' as Kind },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: text.pickKind }))?.document;
}

async function pickTarget(kind: Kind, source: vscode.Uri, text: (typeof strings)[Locale]): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles('**/*.hds.yaml', '**/node_modules/**', 200);
  files.sort((a, b) => Number(b.path.endsWith(`/${kind}.hds.yaml`)) - Number(a.path.endsWith(`/${kind}.hds.yaml`)) || a.path.localeCompare(b.path));
  const items = [
    { label: text.newFile, detail: text.newFileDetail, uri: undefined as vscode.Uri | undefined },
    ...files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), detail: undefined, uri })),
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: text.pickTarget });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const folder = vscode.workspace.getWorkspaceFolder(source)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(source, '..');
  return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${kind}.hds.yaml`), filters: { YAML: ['hds.yaml'] }, saveLabel: text.save });
}

async function showReport(report: readonly string[]): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ content: `${report.join('\n')}\n`, language: 'plaintext' });
  await vscode.window.showTextDocument(document, { preview: true });
}

/** Base64 of the sheet's bytes, with what both the desktop and the web extension host have. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
