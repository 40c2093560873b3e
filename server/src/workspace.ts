// The declarations of the open workspace: `*.hds.yaml` files found on disk (or in the editor's
// file system, in a browser), overlaid by the editor's open buffers, grouped into declarations and
// parsed once per version. Every file is reached through a FileAccess (files.ts).
import { MAX_DECLARATION_FILES } from './limits';
import type { FileAccess, ReadFile } from './files';
import type { FolderListing } from './services/evidencePaths';
import { reparseFile } from './engine/incrementalParse';
import { isMainFile } from './engine/grouping';
import { checkDeclaration, groupDeclarations, isDeclarationFile, type CheckOptions, type CheckResult, type ParsedFile, type SourceDocument } from './engine';

/** Where a declaration is: its root folder and its files (the engine's Declaration is its model). */
export interface DeclarationFiles {
  readonly root: string;
  readonly uris: readonly string[];
}

export class Workspace {
  private readonly folders = new Set<string>();
  private readonly diskFiles = new Set<string>();
  /** Declaration files beside a file opened outside every workspace folder: kept apart, so a scan does not drop them. */
  private readonly siblings = new Set<string>();
  private readonly openTexts = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedFile>();
  private readonly diskTexts = new Map<string, ReadFile>();
  /** Whether each file is a main file, for the text it was last seen with. */
  private readonly mainFiles = new Map<string, { text: string; main: boolean }>();
  /** The last grouping, and what it was made from: the folders, the files and which are main files. */
  private grouping?: { key: string; declarations: DeclarationFiles[]; byUri?: Map<string, DeclarationFiles> };
  /** Set while one request runs over every declaration: the grouping it started with (see sameGrouping). */
  private pinned?: readonly DeclarationFiles[];
  /** False when the last scan stopped at MAX_DECLARATION_FILES files. */
  scanComplete = true;
  /** Whether a declaration file is checked: the repository configuration's `files` and `ignore` (all, by default). */
  private included: (uri: string) => boolean = () => true;

  /** Sets which declaration files are checked; the grouping follows at the next request. */
  setIncluded(included: (uri: string) => boolean): void {
    this.included = included;
  }

  constructor(readonly files: FileAccess) {}

  setFolders(folders: readonly string[]): void {
    this.folders.clear();
    for (const folder of folders) this.folders.add(folder.replace(/\/$/, ''));
  }

  get workspaceFolders(): string[] {
    return [...this.folders];
  }

  /** Finds every declaration file under the workspace folders. */
  async scan(): Promise<void> {
    const { uris, complete } = await this.files.listDeclarationFiles([...this.folders], MAX_DECLARATION_FILES);
    // Swapped in at once, so a scan overtaken by another never leaves a half-filled list.
    this.diskFiles.clear();
    for (const uri of uris) this.diskFiles.add(uri);
    this.scanComplete = complete;
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

  /**
   * A file deleted on disk is gone, even if the editor still holds it: VS Code keeps a document open
   * for a while after its tab closes, and a "(deleted)" tab is not a declaration file. An edit of
   * that buffer, or saving it again, brings it back.
   */
  fileDeleted(uri: string): void {
    this.openTexts.delete(uri);
    this.diskFiles.delete(uri);
    this.siblings.delete(uri);
    this.parsed.delete(uri);
    this.diskTexts.delete(uri);
  }

  /**
   * Deleted paths that are not declaration files: a folder deleted or moved away is reported as one
   * event for the folder, none for the files in it. Every known file under one of them is deleted.
   * One pass over the known files, each looked up by its parent folders: linear in files and events.
   */
  pathsDeleted(uris: Iterable<string>): void {
    const gone = new Set([...uris].map((uri) => uri.replace(/\/$/, '')));
    if (gone.size === 0) return;
    const under = (uri: string) => {
      for (let slash = uri.lastIndexOf('/'); slash > 0; slash = uri.lastIndexOf('/', slash - 1)) if (gone.has(uri.slice(0, slash))) return true;
      return false;
    };
    for (const uri of [...this.diskFiles, ...this.siblings, ...this.openTexts.keys()]) if (under(uri)) this.fileDeleted(uri);
  }

  /**
   * All declarations, each with the URIs of its files. Every keystroke and request asks: the files
   * are grouped again only when one is added or removed, becomes or stops being a main file, or
   * the workspace folders change.
   */
  declarations(): readonly DeclarationFiles[] {
    if (this.pinned) return this.pinned;
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
    const declarations = this.declarations();
    const grouping = this.grouping?.declarations === declarations ? this.grouping : undefined;
    if (!grouping) return declarations.find((declaration) => declaration.uris.includes(uri));
    if (!grouping.byUri) {
      grouping.byUri = new Map();
      for (const declaration of grouping.declarations) for (const file of declaration.uris) if (!grouping.byUri.has(file)) grouping.byUri.set(file, declaration);
    }
    return grouping.byUri.get(uri);
  }

  /**
   * Runs `run` (synchronous) with the declarations grouped once, as they are when it starts. A request
   * over every declaration (the coverage view) asks for each one's declaration, and grouping looks
   * at every file (its state on disk, whether it is a main file): that was files × declarations.
   */
  sameGrouping<T>(run: () => T): T {
    if (this.pinned) return run();
    this.pinned = this.declarations();
    try {
      return run();
    } finally {
      this.pinned = undefined;
    }
  }

  check(declaration: DeclarationFiles, options: Omit<CheckOptions, 'workspaceRoot' | 'fileExists'>): CheckResult {
    const documents = declaration.uris.map((uri) => this.sourceOf(uri) ?? { uri, text: '' });
    return checkDeclaration(documents, { ...options, ...this.evidenceProbe(declaration) }, (document) => this.parse(document));
  }

  /** Where a declaration's evidence must stay and whether a file of it exists, as its check asks (and the SoA export shows). */
  evidenceProbe(declaration: DeclarationFiles): Required<Pick<CheckOptions, 'workspaceRoot' | 'fileExists'>> {
    const workspaceRoot = this.folderOf(declaration.uris[0]) ?? declaration.root;
    return { workspaceRoot, fileExists: (uri) => this.files.evidenceStatus(uri, workspaceRoot) };
  }

  /**
   * One folder's entries, for the completion of evidence paths: only inside `workspaceRoot` (links
   * resolved), one folder and never a tree, at most a few hundred entries (readText.ts).
   */
  listFolder(uri: string, workspaceRoot: string): FolderListing | undefined {
    const listed = this.files.listFolder(uri, workspaceRoot);
    return listed && { uri, ...listed };
  }

  textOf(uri: string): string | undefined {
    return this.sourceOf(uri)?.text;
  }

  /** The open buffer, or the file as read from disk (with where it stops being UTF-8, if it does). */
  sourceOf(uri: string): SourceDocument | undefined {
    const open = this.openTexts.get(uri);
    if (open !== undefined) return { uri, text: open };
    const read = this.files.read(uri, this.diskTexts.get(uri));
    if (!read) {
      this.diskTexts.delete(uri);
      return undefined;
    }
    this.diskTexts.set(uri, read);
    return { uri, ...read.read };
  }

  private parse(document: SourceDocument): ParsedFile {
    const cached = this.parsed.get(document.uri);
    if (cached && cached.text === document.text && !document.unread) return cached;
    if (document.unread) return reparseFile(document);
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
    const uris = new Set([...this.diskFiles, ...this.siblings, ...[...this.openTexts.keys()].filter(isDeclarationFile)]);
    return [...uris].filter((uri) => this.included(uri)).flatMap((uri) => this.sourceOf(uri) ?? []);
  }

  private folderOf(uri: string): string | undefined {
    return [...this.folders].filter((folder) => uri.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
  }

  /** A file opened outside every workspace folder brings the declaration files beside it. */
  private addSiblings(uri: string): void {
    for (const sibling of this.files.siblings(uri)) this.siblings.add(sibling);
  }
}
