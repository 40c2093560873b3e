// The declarations of the open workspace: `*.hds.yaml` files found on disk, overlaid by the
// editor's open buffers, grouped into declarations and parsed once per version.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readDeclarationFile, type FileText } from './readText';
import { reparseFile } from './engine/incrementalParse';
import { isMainFile } from './engine/grouping';
import { checkDeclaration, groupDeclarations, isDeclarationFile, type CheckOptions, type CheckResult, type ParsedFile, type SourceDocument } from './engine';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);
const MAX_FILES = 5000;

/** Where a declaration is: its root folder and its files (the engine's Declaration is its model). */
export interface DeclarationFiles {
  readonly root: string;
  readonly uris: readonly string[];
}

export class Workspace {
  private readonly folders = new Set<string>();
  private readonly diskFiles = new Set<string>();
  private readonly openTexts = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedFile>();
  private readonly diskTexts = new Map<string, { read: FileText; mtimeMs: number; size: number }>();
  /** Whether each file is a main file, for the text it was last seen with. */
  private readonly mainFiles = new Map<string, { text: string; main: boolean }>();
  /** The last grouping, and what it was made from: the folders, the files and which are main files. */
  private grouping?: { key: string; declarations: DeclarationFiles[] };

  setFolders(folders: readonly string[]): void {
    this.folders.clear();
    for (const folder of folders) this.folders.add(folder.replace(/\/$/, ''));
  }

  get workspaceFolders(): string[] {
    return [...this.folders];
  }

  /** Finds every declaration file under the workspace folders. */
  async scan(): Promise<void> {
    const found = new Set<string>();
    for (const folder of this.folders) {
      for (const file of await findDeclarationFiles(fileURLToPath(folder))) found.add(pathToFileURL(file).href);
    }
    // Swapped in at once, so a scan overtaken by another never leaves a half-filled list.
    this.diskFiles.clear();
    for (const uri of found) this.diskFiles.add(uri);
  }

  open(uri: string, text: string): void {
    this.openTexts.set(uri, text);
    if (!this.folderOf(uri)) this.addSiblings(uri);
  }

  /**
   * A closed file that belongs to no declaration any more (not on disk, or outside every folder
   * and its siblings) is forgotten; returns whether it was.
   */
  close(uri: string): boolean {
    this.openTexts.delete(uri);
    if (this.declarationOf(uri)) return false;
    this.parsed.delete(uri);
    this.diskTexts.delete(uri);
    this.mainFiles.delete(uri);
    return true;
  }

  /** How many files' parses are kept (tests read it). */
  get cachedParses(): number {
    return this.parsed.size;
  }

  fileCreated(uri: string): void {
    if (isDeclarationFile(uri)) this.diskFiles.add(uri);
    this.parsed.delete(uri);
    this.diskTexts.delete(uri);
  }

  fileChanged(uri: string): void {
    // The parse stays: it is reused for the parts of the new text that did not change.
    this.diskTexts.delete(uri);
  }

  fileDeleted(uri: string): void {
    this.diskFiles.delete(uri);
    this.parsed.delete(uri);
    this.diskTexts.delete(uri);
  }

  /**
   * All declarations, each with the URIs of its files. Every keystroke and request asks: the files
   * are grouped again only when one is added or removed, becomes or stops being a main file, or
   * the workspace folders change.
   */
  declarations(): readonly DeclarationFiles[] {
    const sources = this.sources();
    if (this.mainFiles.size > sources.length) {
      const present = new Set(sources.map((source) => source.uri));
      for (const uri of [...this.mainFiles.keys()]) if (!present.has(uri)) this.mainFiles.delete(uri);
    }
    const main = new Set(sources.filter((source) => this.isMain(source)).map((source) => source.uri));
    const key = JSON.stringify([this.workspaceFolders, sources.map((source) => (main.has(source.uri) ? `+${source.uri}` : source.uri))]);
    if (this.grouping?.key !== key) {
      const declarations = groupDeclarations(sources, this.workspaceFolders, (source) => main.has(source.uri)).map((group) => ({ root: group.root, uris: group.files.map((file) => file.uri) }));
      this.grouping = { key, declarations };
    }
    return this.grouping.declarations;
  }

  declarationOf(uri: string): DeclarationFiles | undefined {
    return this.declarations().find((declaration) => declaration.uris.includes(uri));
  }

  check(declaration: DeclarationFiles, options: Omit<CheckOptions, 'workspaceRoot' | 'fileExists'>): CheckResult {
    const documents = declaration.uris.map((uri) => this.sourceOf(uri) ?? { uri, text: '' });
    return checkDeclaration(documents, { ...options, workspaceRoot: this.folderOf(declaration.uris[0]) ?? declaration.root, fileExists }, (document) => this.parse(document));
  }

  textOf(uri: string): string | undefined {
    return this.sourceOf(uri)?.text;
  }

  /** The open buffer, or the file as read from disk (with where it stops being UTF-8, if it does). */
  sourceOf(uri: string): SourceDocument | undefined {
    const open = this.openTexts.get(uri);
    if (open !== undefined) return { uri, text: open };
    try {
      const file = fileURLToPath(uri);
      // Read once, then again only when the file's size or time stamp says it changed: a check
      // runs several lookups per file, and editors without file watching get fresh text all the same.
      const stat = fs.statSync(file);
      const cached = this.diskTexts.get(uri);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return { uri, ...cached.read };
      const read = readDeclarationFile(file);
      this.diskTexts.set(uri, { read, mtimeMs: stat.mtimeMs, size: stat.size });
      return { uri, ...read };
    } catch {
      this.diskTexts.delete(uri);
      return undefined;
    }
  }

  private parse(document: SourceDocument): ParsedFile {
    const cached = this.parsed.get(document.uri);
    if (cached && cached.text === document.text) return cached;
    // After an edit, only the parts of the file whose text changed are parsed again.
    const parsed = reparseFile(document, cached);
    this.parsed.set(document.uri, parsed);
    return parsed;
  }

  private isMain(source: SourceDocument): boolean {
    const known = this.mainFiles.get(source.uri);
    if (known && known.text === source.text) return known.main;
    const main = isMainFile(source.text);
    this.mainFiles.set(source.uri, { text: source.text, main });
    return main;
  }

  private sources(): SourceDocument[] {
    const uris = new Set([...this.diskFiles, ...[...this.openTexts.keys()].filter(isDeclarationFile)]);
    return [...uris].flatMap((uri) => this.sourceOf(uri) ?? []);
  }

  private folderOf(uri: string): string | undefined {
    return [...this.folders].filter((folder) => uri.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
  }

  /** A file opened outside every workspace folder brings the declaration files beside it. */
  private addSiblings(uri: string): void {
    if (!uri.startsWith('file:')) return;
    const directory = path.dirname(fileURLToPath(uri));
    try {
      for (const entry of fs.readdirSync(directory)) {
        if (isDeclarationFile(entry)) this.diskFiles.add(pathToFileURL(path.join(directory, entry)).href);
      }
    } catch {
      // An unreadable folder only means no siblings.
    }
  }
}

function fileExists(uri: string): boolean {
  try {
    return fs.statSync(fileURLToPath(uri)).isFile();
  } catch {
    return false;
  }
}

export async function findDeclarationFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < MAX_FILES) {
    const directory = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(path.join(directory, entry.name));
      else if (entry.isFile() && isDeclarationFile(entry.name)) found.push(path.join(directory, entry.name));
    }
  }
  return found.sort();
}
