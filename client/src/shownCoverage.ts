// The declarations the sidebar shows (see views/selection.ts), following the active editor:
// opening a file of another declaration in the same workspace folder switches the views to it.
import * as vscode from 'vscode';
import type { CoverageStore } from './coverageStore';
import type { DeclarationCoverageResult } from './protocol';
import { folderKeyOf, selectDeclarations } from './views/selection';

export interface Shown {
  declarations: DeclarationCoverageResult[];
  /** The declaration of the active editor when shown, else the first shown. */
  active?: DeclarationCoverageResult;
}

/** URIs as VS Code writes them, so the server's `file:` URIs compare with the editor's. */
const normalize = (uri: string) => vscode.Uri.parse(uri).toString().replace(/\/$/, '');

export class ShownCoverage implements vscode.Disposable {
  private shown: Shown = { declarations: [] };
  private rendered = '';
  private readonly chosen = new Map<string, string>();
  private activeRoot: string | undefined;
  private readonly changed = new vscode.EventEmitter<Shown>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: CoverageStore) {
    this.disposables = [
      this.changed,
      store.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.update()),
    ];
    this.update();
  }

  get current(): Shown {
    return this.shown;
  }

  private update(): void {
    const declarations = this.store.current?.declarations ?? [];
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => normalize(folder.uri.toString()));
    const rootOf = (declaration: DeclarationCoverageResult) => normalize(declaration.root);
    const editor = vscode.window.activeTextEditor?.document.uri.toString();
    // Only an editor on a declaration file changes the choice; focusing anything else keeps it.
    const edited = editor ? declarations.find((declaration) => declaration.uris.some((uri) => normalize(uri) === editor)) : undefined;
    if (edited) {
      this.chosen.set(folderKeyOf(rootOf(edited), folders), rootOf(edited));
      this.activeRoot = rootOf(edited);
    }
    const shown = selectDeclarations(declarations, rootOf, folders, this.chosen);
    const next: Shown = { declarations: shown, active: shown.find((declaration) => rootOf(declaration) === this.activeRoot) ?? shown[0] };
    const rendered = JSON.stringify(next);
    if (rendered === this.rendered) return;
    this.rendered = rendered;
    this.shown = next;
    this.changed.fire(next);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
