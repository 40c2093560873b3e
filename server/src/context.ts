// What the language features share: the workspace's declarations, always checked against the
// latest buffers, the user's language and "today". Features read it; only server.ts writes it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Locale } from './engine';
import type { DeclarationFiles, Workspace } from './workspace';
import type { ClientSupport } from './clientSupport';

export interface CheckedDeclaration {
  /** The declaration's files and root. */
  declaration: DeclarationFiles;
  /** Model and findings, up to date with every open buffer. */
  result: CheckResult;
}

export interface ServerContext {
  readonly workspace: Workspace;
  /** The declaration that contains `uri`, checked now if an edit is still pending. */
  checked(uri: string): CheckedDeclaration | undefined;
  /** Every declaration of the workspace, checked. */
  checkedAll(): CheckedDeclaration[];
  /** The open buffer for `uri`, if the editor has it open. */
  document(uri: string): TextDocument | undefined;
  locale(): Locale;
  today(): string;
  /** Whether the client applies versioned edits (`documentChanges`), refusing one on a changed document. */
  supportsVersionedEdits(): boolean;
  /** Called after each (re)check of a declaration, e.g. to tell views to refresh. */
  onDidCheck(listener: (checked: CheckedDeclaration) => void): void;
  /** Called when a file is in no declaration any more (closed and not on disk, its folder removed): what is kept for it can go. */
  onDidForget(listener: (uri: string) => void): void;
  /** What the editor's client announced it can take. */
  client(): ClientSupport;
}
