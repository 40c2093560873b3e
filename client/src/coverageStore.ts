// The latest `hds/coverage` answer, refreshed when the server says declarations were re-checked.
// Requests are coalesced: a burst of notifications (typing) makes one request, and a request
// already under way is followed by at most one more.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CoverageChangedNotification, CoverageRequest, type CoverageParams, type CoverageResult } from './protocol';

/** Pause after a notification before asking, so several checks in a row make one request. */
const COALESCE_MS = 10;

export class CoverageStore implements vscode.Disposable {
  private latest: CoverageResult | undefined;
  private readonly changed = new vscode.EventEmitter<CoverageResult>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: LanguageClient, private readonly log: (message: string) => void) {
    this.disposables.push(client.onNotification(CoverageChangedNotification, () => this.schedule()));
  }

  get current(): CoverageResult | undefined {
    return this.latest;
  }

  /** Asks for fresh coverage after a short pause. */
  schedule(delay = COALESCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks for fresh coverage now (or right after the request under way); resolves once it arrived. */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      do {
        this.again = false;
        try {
          const params: CoverageParams = {};
          this.latest = await this.client.sendRequest(CoverageRequest, params);
          this.changed.fire(this.latest);
        } catch (error) {
          this.log(`hds/coverage failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (this.again);
    })().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
