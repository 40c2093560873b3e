// Opens a file at a location the server gave (a clicked sidebar item).
import * as vscode from 'vscode';
import type { Location } from './protocol';

export async function revealLocation(location: Location): Promise<void> {
  const { start, end } = location.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
