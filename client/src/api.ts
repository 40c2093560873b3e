// What `activate()` returns: the end-to-end suite (and other extensions) read the sidebar through it.
import type * as vscode from 'vscode';
import type { CoverageResult } from './protocol';

export interface HdsStudioApi {
  /** Resolves once the language client has started. */
  ready: Promise<void>;
  /** Fresh `hds/coverage` from the server, for every declaration of the workspace. */
  coverage(): Promise<CoverageResult>;
  /** The top-level items of a view (`hds.activities`, `hds.riskEvents`, `hds.subcontractors`), as shown, after a refresh. */
  viewItems(viewId: string): Promise<vscode.TreeItem[]>;
}
