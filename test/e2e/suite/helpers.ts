// What the integration tests share: the extension under test, its workspace, and waits that poll a condition
// (the language server answers asynchronously, so every check waits for its condition rather than sleeping).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'hds-studio.hds-studio';

/** Timings the launchers print next to the results (milliseconds). */
export const metrics: Record<string, number> = {};

/** The API `activate()` returns (see client/src/extension.ts). */
export interface HdsApi {
  ready: Promise<void>;
  coverage(): Promise<unknown>;
  viewItems(viewId: string): Promise<vscode.TreeItem[]>;
}

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all.map((item) => item.id).join(', ')}`);
  return found;
}

/** The extension's API, once its language server is ready. */
export async function api(): Promise<HdsApi> {
  const exports = (await extension().activate()) as Partial<HdsApi> | undefined;
  assert.ok(exports && typeof exports.ready?.then === 'function', `activate() must return { ready: Promise, coverage(), viewItems() }; it returned ${preview(exports)}`);
  assert.equal(typeof exports.coverage, 'function', 'the API has coverage()');
  assert.equal(typeof exports.viewItems, 'function', 'the API has viewItems(viewId)');
  await exports.ready;
  return exports as HdsApi;
}

/** package.json of the extension under test. */
export function manifest(): { contributes: Record<string, unknown> } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(extension().extensionPath, 'package.json'), 'utf8'));
}

/** A catalog file of the language server (server/catalog/NAME.json), for titles the editor must show. */
export function catalog<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(extension().extensionPath, 'server', 'catalog', `${name}.json`), 'utf8')) as T;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the temporary copy of examples/ open as its workspace');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relative.split('/'));
}

/** Polls `probe` until it returns something truthy; fails with `what` and the last value seen. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; last seen: ${preview(last)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function preview(value: unknown): string {
  if (value instanceof Error) return value.message;
  const text = JSON.stringify(value, (_key, item) => (item instanceof vscode.Uri ? item.toString() : item));
  return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** The rule code of a diagnostic (vscode-languageclient turns `code` + `codeDescription` into `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

export function hdsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'hds');
}

/** `code line:column severity message`, the form the tests compare diagnostics and CLI findings in. */
export function diagnosticLine(diagnostic: vscode.Diagnostic): string {
  const severity = ['error', 'warning', 'information', 'hint'][diagnostic.severity];
  return `${codeOf(diagnostic)} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severity} ${diagnostic.message}`;
}

export async function open(relative: string, show = false): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileUri(relative));
  if (show) await vscode.window.showTextDocument(document);
  return document;
}

/** Replaces the first occurrence of `search` in the open document; returns the position just after the new text. */
export async function replaceInDocument(document: vscode.TextDocument, search: string, replacement: string): Promise<vscode.Position> {
  const offset = document.getText().indexOf(search);
  assert.ok(offset >= 0, `${path.basename(document.uri.fsPath)} should contain ${JSON.stringify(search)}`);
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + search.length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
  return document.positionAt(offset + replacement.length);
}

/** Puts back the text every file had when `snapshot` was taken, so each test leaves the workspace as it found it. */
export async function restore(snapshot: Map<string, string>): Promise<void> {
  for (const [uri, text] of snapshot) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (document.getText() !== text) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      await vscode.workspace.applyEdit(edit);
    }
    if (document.isDirty) await document.save();
  }
}

/** The text of every `*.hds.yaml` file of the clean declaration (the workspace's top folder). */
export async function snapshotCleanDeclaration(): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  for (const name of fs.readdirSync(workspaceFolder().fsPath).filter((file) => file.endsWith('.hds.yaml'))) {
    snapshot.set(fileUri(name).toString(), (await open(name)).getText());
  }
  return snapshot;
}

/** Plain text of hover contents, whatever form (MarkdownString, MarkedString) the provider used. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

export function labelOf(item: vscode.CompletionItem | vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}
