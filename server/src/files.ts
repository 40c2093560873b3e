// The one way the language server reaches files: the declaration files of the workspace, their
// text, the evidence files they name and the rule pages. The engine itself never reads a file
// (documents in, findings out); the Workspace (workspace.ts) asks this interface, which has two
// implementations: nodeFiles.ts reads the disk (the standalone server and hds-check), webFiles.ts
// asks the editor, which reads through its own file system (vscode.workspace.fs), so that the
// server also runs in a browser's web worker, on github.dev, vscode.dev or the GitLab Web IDE.
import type { FileText } from './limits';

export type { FileText };

/** A file's text as read, and the stamp (size, time) that tells whether a later read may reuse it. */
export interface ReadFile {
  read: FileText;
  stamp: string;
}

export interface FileAccess {
  /**
   * The declaration files (`*.hds.yaml`) below the folders (URIs), sorted, at most `limit`;
   * `complete` is false when there were more.
   */
  listDeclarationFiles(folders: readonly string[], limit: number): Promise<{ uris: string[]; complete: boolean }>;
  /** The declaration files beside `uri`, for a file opened outside every workspace folder. */
  siblings(uri: string): string[];
  /**
   * The file's text, as the editor shows it, or why it was not read; undefined when it cannot be
   * looked at (gone, unreadable). `cached` is the last read: returned as it is when still current.
   */
  read(uri: string, cached?: ReadFile): ReadFile | undefined;
  /** Whether an evidence file exists (CheckOptions.fileExists): 'outside' when it leads out of `workspaceRoot`. */
  evidenceStatus(uri: string, workspaceRoot?: string): boolean | 'outside';
  /**
   * One folder's entries, for the completion of evidence paths: only inside `workspaceRoot`, one
   * folder and never a tree, a few hundred entries at most; undefined when it cannot be listed.
   */
  listFolder(uri: string, workspaceRoot: string): { entries: { name: string; folder: boolean }[]; complete: boolean } | undefined;
  /** The URI of a folder given as a path (an old client's rootPath); undefined when paths mean nothing here. */
  uriOfPath(path: string): string | undefined;
  /** Whether the server can read a workspace folder with this URI. */
  isReadableFolder(uri: string): boolean;
  /** The page documenting a rule, as a URI the editor can open; undefined when there is none. */
  ruleDocUri(code: string): string | undefined;
  /**
   * Files created, changed or deleted on the editor's side: what is kept of them is dropped, and
   * the promise resolves once their new state is known (at once on disk; after the editor has
   * answered in a browser).
   */
  changed(uris: readonly string[]): Promise<void>;
  /**
   * When the last check asked about files whose answer is still on its way (a browser asks the
   * editor): resolves once they have come, so that the check can be run again before its findings
   * are published. Undefined when nothing is pending.
   */
  pending(): Promise<void> | undefined;
  /** Called once the client has sent `initialized`: an access that asks the client waits for it. */
  initialized?(): void;
}
