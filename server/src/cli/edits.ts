// Applies LSP text edits to a text: edits of one file never overlap, so they apply from the end.
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export function applyEdits(uri: string, text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'hds-yaml', 1, text), [...edits]);
}
