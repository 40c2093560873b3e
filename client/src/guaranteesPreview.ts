// "HDS: Preview presentation of guarantees": one webview beside the editor showing the chapter 8
// presentation of guarantees (`hds/guaranteesDocument`) of the active declaration. It follows the
// active `*.hds.yaml` editor and asks again after each re-check (the coverage store refreshes on
// `hds/coverageChanged`). No script runs in it and nothing loads from outside (webviewHtml.ts).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CoverageStore } from './coverageStore';
import { GuaranteesDocumentRequest, type GuaranteesDocumentParams } from './protocol';
import { messagePage, withContentSecurityPolicy } from './webviewHtml';
import { LANGUAGE_ID } from './config';

export const PREVIEW_GUARANTEES_COMMAND = 'hds.previewGuarantees';
const VIEW_TYPE = 'hds.guaranteesPreview';

const say = {
  title: { en: 'Presentation of guarantees', fr: 'Présentation des garanties' },
  noFile: { en: 'Open a *.hds.yaml file to preview its presentation of guarantees.', fr: 'Ouvrez un fichier *.hds.yaml pour afficher l’aperçu de sa présentation des garanties.' },
  noDeclaration: { en: 'No HDS declaration holds this file.', fr: 'Aucune déclaration HDS ne contient ce fichier.' },
  failed: { en: (reason: string) => `The preview could not be built: ${reason}`, fr: (reason: string) => `L’aperçu n’a pas pu être construit\u00a0: ${reason}` },
};

export class GuaranteesPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  /** Only the answer to the latest request is shown, however the answers arrive. */
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, store: CoverageStore, private readonly ready: Promise<void>, private readonly locale: () => 'en' | 'fr') {
    this.disposables.push(
      vscode.commands.registerCommand(PREVIEW_GUARANTEES_COMMAND, (resource?: unknown) => this.show(resource instanceof vscode.Uri ? resource : undefined)),
      store.onDidChange(() => void this.update()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || editor?.document.languageId !== LANGUAGE_ID || editor.document.uri.toString() === this.uri?.toString()) return;
        this.uri = editor.document.uri;
        void this.update();
      }),
    );
  }

  /** Creates the panel beside the editor, or reveals it, for `resource` or the active hds-yaml editor. */
  async show(resource?: vscode.Uri): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    this.uri = resource ?? (editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : this.uri);
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, say.title[this.locale()], { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
    }
    await this.update();
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const generation = ++this.generation;
    const locale = this.locale();
    const uri = this.uri;
    let html: string;
    let title = say.title[locale];
    if (!uri) html = messagePage(say.noFile[locale], locale);
    else {
      try {
        await this.ready;
        const params: GuaranteesDocumentParams = { uri: uri.toString() };
        const result = await this.client.sendRequest(GuaranteesDocumentRequest, params);
        if (result) {
          html = withContentSecurityPolicy(result.html);
          title = result.title;
        } else html = messagePage(say.noDeclaration[locale], locale);
      } catch (error) {
        html = messagePage(say.failed[locale](error instanceof Error ? error.message : String(error)), locale);
      }
    }
    if (generation !== this.generation || panel !== this.panel) return;
    panel.title = title;
    panel.webview.html = html;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
