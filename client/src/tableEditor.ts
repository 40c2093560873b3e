// "HDS: Edit Statement of Applicability as a table" / "HDS: Edit risk register as a table": one
// webview per register, beside the editor. Its rows come from the server (`hds/table`), asked again
// after each re-check (the coverage store refreshes on `hds/coverageChanged`), so the table follows
// edits made in the text; the page keeps its sort, filters, selection and scroll across updates.
// Every edit goes back to the server (`hds/tableEdit`), which answers with a text edit of the YAML
// that this applies with workspace.applyEdit: one step of the text editor's undo. The page's script
// is inlined under a nonce; nothing else runs or loads (no network, no local resource).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CoverageStore } from './coverageStore';
import { TableCommands, TableEditRequest, TableRequest, type Location, type TableEditParams, type TableKind, type TableModel, type TableParams } from './protocol';
import { revealLocation } from './reveal';
import { LANGUAGE_ID } from './config';
import { tablePage } from './tablePage';

export const EDIT_SOA_TABLE_COMMAND = TableCommands.soa;
export const EDIT_RISKS_TABLE_COMMAND = TableCommands.risks;
const VIEW_TYPE: Record<TableKind, string> = { soa: 'hds.soaTable', risks: 'hds.risksTable' };

const say = {
  title: {
    soa: { en: 'SoA table', fr: 'Tableau de la DdA' },
    risks: { en: 'Risk register table', fr: 'Tableau des risques' },
  },
  noDeclaration: { en: 'Open a *.hds.yaml file: no HDS declaration to show.', fr: 'Ouvrez un fichier *.hds.yaml\u00a0: aucune déclaration HDS à afficher.' },
  failed: { en: 'The table could not be read: {reason}', fr: 'Le tableau n’a pas pu être lu\u00a0: {reason}' },
  notApplied: { en: 'The edit was not applied: the text changed meanwhile; try again.', fr: 'La modification n’a pas été appliquée\u00a0: le texte a changé entre-temps\u00a0; réessayez.' },
};

type FromPage = { type: 'ready' } | { type: 'edit'; keys: string[]; set: TableEditParams['set'] } | { type: 'reveal'; location: Location };

class TablePanel {
  uri: vscode.Uri | undefined;
  private generation = 0;
  private ready = false;

  constructor(
    readonly kind: TableKind,
    readonly panel: vscode.WebviewPanel,
    private readonly owner: TableEditors,
  ) {}

  async update(): Promise<void> {
    if (!this.ready) return;
    const generation = ++this.generation;
    const locale = this.owner.locale();
    const uri = this.uri ?? this.owner.defaultUri();
    let message: { type: 'model'; model: TableModel } | { type: 'empty'; text: string };
    try {
      await this.owner.started;
      const params: TableParams = { uri: uri?.toString() ?? '', kind: this.kind, locale };
      const model = uri ? await this.owner.client.sendRequest(TableRequest, params) : null;
      message = model ? { type: 'model', model } : { type: 'empty', text: say.noDeclaration[locale] };
    } catch (error) {
      message = { type: 'empty', text: say.failed[locale].replace('{reason}', error instanceof Error ? error.message : String(error)) };
    }
    if (generation !== this.generation) return;
    this.panel.title = say.title[this.kind][locale];
    await this.panel.webview.postMessage(message);
  }

  async received(message: FromPage): Promise<void> {
    if (message.type === 'ready') {
      this.ready = true;
      await this.update();
    } else if (message.type === 'reveal') await revealLocation(message.location);
    else if (message.type === 'edit') await this.edit(message.keys, message.set);
  }

  private async edit(keys: string[], set: TableEditParams['set']): Promise<void> {
    const uri = this.uri ?? this.owner.defaultUri();
    if (!uri) return;
    const locale = this.owner.locale();
    const params: TableEditParams = { uri: uri.toString(), kind: this.kind, keys, set, locale };
    const result = await this.owner.client.sendRequest(TableEditRequest, params);
    if (result.edit) {
      const edit = await this.owner.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
      const applied = await vscode.workspace.applyEdit(edit);
      if (!applied) await this.panel.webview.postMessage({ type: 'message', text: say.notApplied[locale] });
    }
    if (result.message) await this.panel.webview.postMessage({ type: 'message', text: result.message });
  }
}

export class TableEditors implements vscode.Disposable {
  private readonly panels = new Map<TableKind, TablePanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private script: string | undefined;

  constructor(
    readonly client: LanguageClient,
    private readonly store: CoverageStore,
    readonly started: Promise<void>,
    readonly locale: () => 'en' | 'fr',
    private readonly scriptUri: vscode.Uri,
  ) {
    const command = (kind: TableKind) => (resource?: unknown) => this.show(kind, uriOf(resource));
    this.disposables.push(
      vscode.commands.registerCommand(EDIT_SOA_TABLE_COMMAND, command('soa')),
      vscode.commands.registerCommand(EDIT_RISKS_TABLE_COMMAND, command('risks')),
      store.onDidChange(() => this.updateAll()),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('hds.language') && this.updateAll()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== LANGUAGE_ID) return;
        for (const table of this.panels.values()) {
          if (table.uri && this.sameDeclaration(table.uri, editor.document.uri)) continue;
          table.uri = editor.document.uri;
          void table.update();
        }
      }),
    );
  }

  /** A file of the first declaration the sidebar knows, when no editor says which one. */
  defaultUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
    const first = this.store.current?.declarations[0]?.uris[0];
    return first ? vscode.Uri.parse(first) : undefined;
  }

  private sameDeclaration(a: vscode.Uri, b: vscode.Uri): boolean {
    const declarations = this.store.current?.declarations ?? [];
    const holding = (uri: vscode.Uri) => declarations.find((declaration) => declaration.uris.includes(uri.toString()))?.root;
    const root = holding(a);
    return root !== undefined && root === holding(b);
  }

  async show(kind: TableKind, resource?: vscode.Uri): Promise<void> {
    const existing = this.panels.get(kind);
    if (existing) {
      if (resource) existing.uri = resource;
      existing.panel.reveal(undefined, false);
      await existing.update();
      return;
    }
    const locale = this.locale();
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE[kind], say.title[kind][locale], { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: true,
    });
    const table = new TablePanel(kind, panel, this);
    table.uri = resource ?? this.defaultUri();
    this.panels.set(kind, table);
    panel.onDidDispose(() => this.panels.delete(kind), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((message: FromPage) => void table.received(message), undefined, this.disposables);
    // Through the editor's file system and Web Crypto: the same code runs in the web extension.
    this.script ??= new TextDecoder().decode(await vscode.workspace.fs.readFile(this.scriptUri));
    panel.webview.html = tablePage(this.script, nonce(), locale);
  }

  private updateAll(): void {
    for (const table of this.panels.values()) void table.update();
  }

  dispose(): void {
    for (const table of this.panels.values()) table.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The resource a command was run on: a URI (editor title, explorer), `{ uri }` (code lens), or nothing (palette, sidebar). */
function uriOf(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const uri = (resource as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
}

/** A fresh nonce for the page's script (hex of 16 random bytes). */
function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
