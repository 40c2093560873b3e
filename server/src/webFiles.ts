// The file access of the server run in a browser's web worker (browserServer.ts): there is no disk,
// so the files come from the editor, which reads them through its own file system (the repository
// on github.dev, the GitLab Web IDE, vscode.dev), by the requests of protocol.ts.
//
// The Workspace asks for texts and evidence synchronously, while the editor answers later: what it
// answered is kept, and what it has not answered yet is asked for and reported as pending
// (FileAccess.pending), so that the server checks again once the answers are in, and publishes
// nothing that rests on a file it has not seen.
import type { Connection } from 'vscode-languageserver';
import { isDeclarationFile } from './engine';
import type { FileAccess, ReadFile } from './files';
import { fromBase64 } from './protocol';
import { decodeDeclaration, MAX_DECLARATION_BYTES } from './limits';
import { ListFilesRequest, ReadFilesRequest, StatFilesRequest, type ReadFileAnswer } from './protocol';

/** Files asked of the editor in one request. */
const BATCH = 200;

export function webFiles(connection: Pick<Connection, 'sendRequest'>): FileAccess {
  /** What the editor answered for each declaration file: its text, or null when it cannot be read. */
  const texts = new Map<string, ReadFile | null>();
  /** Whether each evidence file exists, as the editor answered. */
  const evidence = new Map<string, boolean>();
  const toRead = new Set<string>();
  const toStat = new Set<string>();
  let inFlight: Promise<void> | undefined;
  // The client answers requests once it has the answer to `initialize`: nothing is asked before `initialized`.
  let ready!: () => void;
  const initialized = new Promise<void>((resolve) => (ready = resolve));
  const ask: typeof connection.sendRequest = (async (...args: Parameters<typeof connection.sendRequest>) => {
    await initialized;
    return (connection.sendRequest as (...all: unknown[]) => Promise<unknown>)(...args);
  }) as typeof connection.sendRequest;

  async function read(uris: readonly string[]): Promise<void> {
    for (let start = 0; start < uris.length; start += BATCH) {
      const batch = uris.slice(start, start + BATCH);
      let answers: ReadFileAnswer[];
      try {
        answers = await ask(ReadFilesRequest, { uris: batch, maxBytes: MAX_DECLARATION_BYTES });
      } catch {
        answers = batch.map((uri) => ({ uri, missing: true as const }));
      }
      for (const answer of answers) texts.set(answer.uri, readFileOf(answer));
    }
  }

  async function stat(uris: readonly string[]): Promise<void> {
    for (let start = 0; start < uris.length; start += BATCH) {
      const batch = uris.slice(start, start + BATCH);
      try {
        for (const answer of await ask(StatFilesRequest, { uris: batch })) evidence.set(answer.uri, answer.exists === true);
      } catch {
        for (const uri of batch) evidence.set(uri, false);
      }
    }
  }

  /** Asks for every file queued, then for what was queued meanwhile, until nothing is left. */
  function flush(): Promise<void> {
    inFlight ??= (async () => {
      while (toRead.size > 0 || toStat.size > 0) {
        const reading = [...toRead];
        const stating = [...toStat];
        toRead.clear();
        toStat.clear();
        await Promise.all([read(reading), stat(stating)]);
      }
    })().finally(() => (inFlight = undefined));
    return inFlight;
  }

  return {
    async listDeclarationFiles(folders, limit) {
      const listed = await ask(ListFilesRequest, { folders: [...folders], limit });
      const uris = listed.uris.filter(isDeclarationFile).slice(0, limit);
      // Read now, so the first check has every file's text.
      for (const uri of uris) texts.delete(uri);
      await read(uris);
      return { uris, complete: listed.complete && listed.uris.length <= limit };
    },

    // Files opened outside every folder have no siblings here: the editor's file system is asked about folders only.
    siblings: () => [],

    read(uri) {
      const known = texts.get(uri);
      if (known !== undefined) return known ?? undefined;
      toRead.add(uri);
      return undefined;
    },

    evidenceStatus(uri) {
      const known = evidence.get(uri);
      if (known !== undefined) return known;
      toStat.add(uri);
      // Not published: the check is run again once the editor has answered (pending()).
      return false;
    },

    isReadableFolder: (uri) => /^[a-z][a-z0-9+.-]*:\/\//i.test(uri),

    // Evidence paths are not completed in a browser: listing a folder would be one more round trip per keystroke.
    listFolder: () => undefined,

    uriOfPath: () => undefined,

    // The pages in the package cannot be opened from a browser: the repository's copy can.
    ruleDocUri: () => undefined,

    async changed(uris) {
      for (const uri of uris) {
        evidence.delete(uri);
        if (isDeclarationFile(uri)) {
          texts.delete(uri);
          toRead.add(uri);
        }
      }
      await flush();
    },

    initialized: () => ready(),

    pending() {
      if (toRead.size > 0 || toStat.size > 0) return flush();
      return inFlight;
    },
  };
}

function readFileOf(answer: ReadFileAnswer): ReadFile | null {
  if ('missing' in answer) return null;
  if ('unread' in answer) return { read: { text: '', unread: answer.unread }, stamp: answer.stamp };
  return { read: decodeDeclaration(fromBase64(answer.base64)), stamp: answer.stamp };
}
