// "Create an HDS declaration": writes the complete starter declaration the server gives (split over
// four files) into a folder the user picks, never over an existing file, then opens the main file.
import * as vscode from 'vscode';
import type { CoverageResult, StarterDeclarationResult } from './protocol';

export const CREATE_DECLARATION_COMMAND = 'hds.createDeclaration';
const MAIN_FILE = 'declaration.hds.yaml';

type Locale = CoverageResult['locale'];

// The few strings the client owns, in the language the server reports (see README).
const strings = {
  en: {
    pickFolder: 'Folder for the new HDS declaration',
    browse: 'Browse…',
    browseDetail: 'Choose another folder',
    select: 'Create the declaration here',
    exists: (names: string[], folder: string) => `${names.join(', ')} already exist in ${folder}. HDS Studio never overwrites files: choose another folder.`,
    another: 'Choose another folder',
    noStarter: (reason: string) => `The HDS language server did not give the starter declaration (${reason}); nothing was written.`,
  },
  fr: {
    pickFolder: 'Dossier de la nouvelle déclaration HDS',
    browse: 'Parcourir…',
    browseDetail: 'Choisir un autre dossier',
    select: 'Créer la déclaration ici',
    exists: (names: string[], folder: string) => `${names.join(', ')} existent déjà dans ${folder}. HDS Studio n’écrase jamais de fichier\u00a0: choisissez un autre dossier.`,
    another: 'Choisir un autre dossier',
    noStarter: (reason: string) => `Le serveur de langage HDS n’a pas fourni la déclaration de départ (${reason})\u00a0; rien n’a été écrit.`,
  },
};

/** `starter` asks the server for the files (request `hds/starterDeclaration`). */
export async function createDeclaration(locale: Locale, starter: () => Promise<StarterDeclarationResult>): Promise<vscode.Uri | undefined> {
  const text = strings[locale];
  let files: StarterDeclarationResult;
  try {
    files = await starter();
  } catch (error) {
    void vscode.window.showErrorMessage(text.noStarter(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  for (;;) {
    const folder = await pickFolder(text);
    if (!folder) return undefined;
    const existing: string[] = [];
    for (const name of Object.keys(files)) {
      if (await exists(vscode.Uri.joinPath(folder, name))) existing.push(name);
    }
    if (existing.length > 0) {
      const answer = await vscode.window.showWarningMessage(text.exists(existing, folder.fsPath), { modal: true }, text.another);
      if (answer === text.another) continue;
      return undefined;
    }
    for (const [name, content] of Object.entries(files)) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(content));
    }
    const main = vscode.Uri.joinPath(folder, MAIN_FILE);
    await vscode.window.showTextDocument(main);
    return main;
  }
}

async function pickFolder(text: (typeof strings)[Locale]): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length > 0) {
    type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
    const items: Item[] = [
      ...folders.map((folder) => ({ label: `$(root-folder) ${folder.name}`, description: folder.uri.fsPath, uri: folder.uri })),
      { label: `$(folder-opened) ${text.browse}`, description: text.browseDetail },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: text.pickFolder });
    if (!picked) return undefined;
    if (picked.uri) return picked.uri;
  }
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: text.select, title: text.pickFolder, defaultUri: folders[0]?.uri });
  return chosen?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
