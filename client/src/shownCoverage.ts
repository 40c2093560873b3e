// The declarations the sidebar shows (see views/selection.ts), following the active editor:
// opening a file of another declaration in the same workspace folder switches the views to it.
import * as vscode from 'vscode';
import type { CoverageStore } from './coverageStore';
import type { DeclarationCoverageResult } from './protocol';
import { folderKeyOf, selectDeclarations, shownDescription } from './views/selection';

/** Where the choice of declaration per workspace folder is remembered (workspace state). */
const CHOSEN_KEY = 'hds.shownDeclarations';

export interface Shown {
  declarations: DeclarationCoverageResult[];
  /** What the views say about what they show when a folder holds several declarations (selection.ts shownDescription). */
  description?: string;
  /** Every declaration of the workspace, shown or not, for the picker. */
  all?: DeclarationCoverageResult[];
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
  /** The editor that last made the choice: a refresh while it stays active does not undo a pick. */
  private lastEditor: string | undefined;
  private readonly changed = new vscode.EventEmitter<Shown>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: CoverageStore, private readonly memory?: vscode.Memento) {
    for (const [folder, root] of Object.entries(memory?.get<Record<string, string>>(CHOSEN_KEY) ?? {})) {
      if (typeof root === 'string') this.chosen.set(folder, root);
    }
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

  /** Shows the declaration at `root` in its workspace folder's place, and remembers it for this workspace. */
  pick(root: string): void {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => normalize(folder.uri.toString()));
    this.chosen.set(folderKeyOf(normalize(root), folders), normalize(root));
    this.activeRoot = normalize(root);
    this.remember();
    this.update();
  }

  private remember(): void {
    void this.memory?.update(CHOSEN_KEY, Object.fromEntries(this.chosen));
  }

  private update(): void {
    const declarations = this.store.current?.declarations ?? [];
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => normalize(folder.uri.toString()));
    const rootOf = (declaration: DeclarationCoverageResult) => normalize(declaration.root);
    const editor = vscode.window.activeTextEditor?.document.uri.toString();
    // Only an editor on a declaration file changes the choice; focusing anything else keeps it.
    const edited = editor ? declarations.find((declaration) => declaration.uris.some((uri) => normalize(uri) === editor)) : undefined;
    const newEditor = editor !== this.lastEditor;
    this.lastEditor = edited ? editor : undefined;
    if (edited && newEditor) {
      const key = folderKeyOf(rootOf(edited), folders);
      if (this.chosen.get(key) !== rootOf(edited)) {
        this.chosen.set(key, rootOf(edited));
        this.remember();
      }
      this.activeRoot = rootOf(edited);
    }
    const shown = selectDeclarations(declarations, rootOf, folders, this.chosen);
    const locale = this.store.current?.locale === 'fr' ? 'fr' : 'en';
    const description = shownDescription(shown, declarations, rootOf, (declaration) => declaration.name, folders, locale);
    const next: Shown = { declarations: shown, description, all: declarations.length > shown.length ? declarations : undefined, active: shown.find((declaration) => rootOf(declaration) === this.activeRoot) ?? shown[0] };
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
