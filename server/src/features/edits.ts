// Edits the server hands out (quick fixes, renames, commands) never land on text that changed since
// they were computed. Open documents get versioned edits (documentChanges: the editor refuses an
// edit whose version is not the document's); a closed file is re-read from disk and the edit is
// withheld when the file no longer holds the text it was computed on.
import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import type { CheckResult } from '../engine';

export type EditTarget = Pick<ServerContext, 'document' | 'workspace' | 'supportsVersionedEdits'>;

/** `edit` made safe to apply, or undefined when one of its files changed since `result` read it. */
export function versionedEdit(context: EditTarget, result: CheckResult, edit: WorkspaceEdit): WorkspaceEdit | undefined {
  const changes = edit.changes ?? {};
  const documentChanges: TextDocumentEdit[] = [];
  for (const [uri, edits] of Object.entries(changes)) {
    const readText = result.declaration.files.find((file) => file.uri === uri)?.text;
    const open = context.document(uri);
    const current = open ? open.getText() : context.workspace.sourceOf(uri)?.text;
    if (readText === undefined || current !== readText) return undefined;
    documentChanges.push({ textDocument: { uri, version: open ? open.version : null }, edits });
  }
  if (!context.supportsVersionedEdits()) return edit;
  return { documentChanges };
}

/** Throws the LSP "request cancelled" error once the client has given up on the request. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
