// "HDS: Export…": every document `hds-check export` makes, from the editor. The server builds it
// (`hds/exportDocument`, the same code as the command line, from the declaration as checked now);
// the client only asks what to export, in which language, whether to export a draft when the
// declaration has errors, and where to write it.
//
// Test hook, for the end-to-end suite and for keybindings: the command takes an optional second
// argument `{ kind?, format?, locale?, target? }` (`target` a file URI string). What it names is not
// asked; everything else is asked as usual, the draft question included. It returns the URI written.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { defaultLanguage, documentChoices, formatNames, strings, type Locale } from './exportChoices';
import { ExportDocumentRequest, KIND_FORMATS, type ExportDocumentParams, type ExportedDocument, type ExportFormat, type ExportKind } from './protocol';
import { LANGUAGE_ID } from './config';
import { fromBase64 } from './protocol';

export const EXPORT_COMMAND = 'hds.export';
const NAMED_ERRORS = 5;

export interface ExportArguments {
  kind?: ExportKind;
  format?: ExportFormat;
  locale?: Locale;
  /** Where to write (file URI string): no save dialog. */
  target?: string;
}

const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'fr';

/** `inBrowser`: the extension runs in a browser's extension host (the web extension), with no Node.js. */
export function registerExport(client: LanguageClient, ready: Promise<void>, locale: () => Locale, inBrowser = false): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_COMMAND, (resource?: unknown, options?: unknown) =>
    exportDocument(client, ready, locale(), resource instanceof vscode.Uri ? resource : undefined, typeof options === 'object' && options !== null ? (options as ExportArguments) : {}, inBrowser));
}

async function exportDocument(client: LanguageClient, ready: Promise<void>, ui: Locale, resource: vscode.Uri | undefined, given: ExportArguments, inBrowser: boolean): Promise<vscode.Uri | undefined> {
  const text = strings[ui];
  const editor = vscode.window.activeTextEditor;
  const uri = resource ?? (editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined);
  if (!uri) {
    void vscode.window.showWarningMessage(text.noFile);
    return undefined;
  }
  const choice = given.kind && Object.hasOwn(KIND_FORMATS, given.kind) ? { kind: given.kind, format: given.format ?? KIND_FORMATS[given.kind][0] } : await pickDocument(ui);
  if (!choice) return undefined;
  // The workbook library needs Node: the web extension (vscode.dev, github.dev) has none. A browser
  // UI with a Node extension host (code-server, Codespaces) runs the desktop extension and has it.
  if (choice.format === 'xlsx' && inBrowser) {
    void vscode.window.showErrorMessage(text.workbookInBrowser);
    return undefined;
  }
  const locale = isLocale(given.locale) ? given.locale : await pickLanguage(ui, defaultLanguage(choice.kind, ui));
  if (!locale) return undefined;

  try {
    await ready;
    const params: ExportDocumentParams = { uri: uri.toString(), kind: choice.kind, format: choice.format, locale };
    let result = await client.sendRequest(ExportDocumentRequest, params);
    if (result?.refused) {
      const { count, undecided, errors } = result.refused;
      const named = errors.slice(0, NAMED_ERRORS).map((error) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(error.uri))}:${error.line}:${error.column} ${error.message}`);
      const detail = [...named, ...(count > named.length ? [text.more(count - named.length)] : [])].join('\n');
      if ((await vscode.window.showWarningMessage(text.refused(count, undecided ?? 0), { modal: true, detail }, text.asDraft)) !== text.asDraft) return undefined;
      result = await client.sendRequest(ExportDocumentRequest, { ...params, force: true });
    }
    if (!result || result.refused) {
      void vscode.window.showWarningMessage(text.noDeclaration);
      return undefined;
    }
    const target = given.target ? vscode.Uri.parse(given.target) : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', result.fileName),
      filters: { [formatNames[choice.format][ui]]: [choice.format] },
      saveLabel: text.save,
    });
    if (!target) return undefined;
    // A link would send the document elsewhere than the file named (as hds-check -o refuses too).
    if (await isSymbolicLink(target)) {
      void vscode.window.showErrorMessage(text.link(vscode.workspace.asRelativePath(target)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, contentBytes(result));
    void offerToOpen(target, choice.format, ui, inBrowser);
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(text.failed(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

async function isSymbolicLink(target: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(target)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return false; // not there yet: a new file
  }
}

function contentBytes(result: ExportedDocument): Uint8Array {
  return result.encoding === 'base64' ? fromBase64(result.content) : new TextEncoder().encode(result.content);
}

async function pickDocument(ui: Locale): Promise<{ kind: ExportKind; format: ExportFormat } | undefined> {
  return (await vscode.window.showQuickPick(documentChoices(ui), { placeHolder: strings[ui].pickDocument }))?.document;
}

/** The default language first (the server's, French for the requirements checklist), so Enter keeps it. */
async function pickLanguage(ui: Locale, preferred: Locale): Promise<Locale | undefined> {
  const text = strings[ui];
  const items = (['en', 'fr'] as const).map((locale) => ({ label: locale === 'en' ? text.english : text.french, description: locale === preferred ? text.default : undefined, locale }));
  items.sort((a, b) => Number(b.locale === preferred) - Number(a.locale === preferred));
  return (await vscode.window.showQuickPick(items, { placeHolder: text.pickLanguage }))?.locale;
}

async function offerToOpen(target: vscode.Uri, format: ExportFormat, ui: Locale, inBrowser: boolean): Promise<void> {
  const text = strings[ui];
  const answer = await vscode.window.showInformationMessage(text.written(vscode.workspace.asRelativePath(target)), text.open, text.reveal);
  if (answer === text.open) {
    // A workbook opens in the spreadsheet application the system has for it; it is a local file, nothing goes to the network.
    if (format === 'xlsx') await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(target);
  } else if (answer === text.reveal) {
    // In a browser there is no system file manager: the Explorer is the only place to reveal it.
    const inWorkspace = vscode.workspace.getWorkspaceFolder(target) || inBrowser;
    await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
  }
}
