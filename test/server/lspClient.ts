// A minimal LSP client over stdio, to test the bundled server exactly as an editor runs it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_OPTIONS } from '../../server/src/protocol';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

const temporaryFolders: string[] = [];

/** A fresh folder under the system's temporary directory, removed when the test run ends. */
export function temporaryFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

/** The clean example declaration (its `*.hds.yaml` files, split over four, and the evidence they name) in a fresh temporary folder. */
export function cleanExampleCopy(): string {
  const folder = temporaryFolder('hds-example-');
  for (const name of fs.readdirSync(path.join(REPO, 'examples')).filter((entry) => entry.endsWith('.hds.yaml'))) {
    fs.copyFileSync(path.join(REPO, 'examples', name), path.join(folder, name));
  }
  fs.cpSync(path.join(REPO, 'examples', 'evidence'), path.join(folder, 'evidence'), { recursive: true });
  return folder;
}

/** The whole examples/ folder (the clean declaration, its evidence, broken/) in a fresh temporary folder. */
export function examplesCopy(prefix: string): string {
  const folder = temporaryFolder(prefix);
  fs.cpSync(path.join(REPO, 'examples'), folder, { recursive: true });
  return folder;
}

/** The position of the first `needle` in `text`, `shift` characters in. */
export function positionOf(text: string, needle: string, shift = 1): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

// Under mocha, remove them once every test has run; scripts reusing this client clean up themselves.
if (typeof after === 'function') {
  after(() => {
    for (const folder of temporaryFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { code?: number; message: string } };

interface InitializeOptions {
  settings?: Record<string, unknown>;
  configuration?: (section: string | undefined) => unknown;
  configurationDelayMs?: number;
}

/** A request the server answered with an error (its LSP code kept). */
export class ResponseError extends Error {
  constructor(readonly code: number | undefined, message: string) {
    super(message);
  }
}

export class LspClient {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private chunksLength = 0;
  /** The bytes the message being received needs, header included (0 when not known yet). */
  private awaited = 0;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners: ((message: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  /** Every message from the server, in order. */
  private readonly received: Message[] = [];
  private readonly requestHandlers = new Map<string, (params: unknown) => unknown>();
  stderr = '';

  /**
   * Spawns `serverModule` (the bundled HDS server unless told otherwise; benchmarks run others) with
   * Node's `nodeArgs`: by default, for the HDS server, the options VS Code starts it with.
   */
  constructor(args: string[] = ['--stdio'], options: { env?: NodeJS.ProcessEnv; serverModule?: string; nodeArgs?: string[] } = {}) {
    const nodeArgs = options.nodeArgs ?? (options.serverModule ? [] : [...SERVER_NODE_OPTIONS]);
    this.process = spawn(process.execPath, [...nodeArgs, options.serverModule ?? SERVER, ...args], { stdio: 'pipe', env: options.env ?? process.env });
    this.process.stdin.on('error', () => undefined);
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** The server's process id (benchmarks read its memory). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /**
   * Starts a session for `folders` (paths), answering the server's configuration requests with
   * `settings`. The client announces what VS Code does: workspace folders, configuration pull,
   * dynamic registration, Markdown hovers and completion documentation, snippets, outlines as trees.
   */
  async initialize(folders: string[], options: InitializeOptions & { locale?: string; workspaceCapabilities?: Record<string, unknown> } = {}): Promise<unknown> {
    return this.initializeWith({
      processId: process.pid,
      locale: options.locale ?? 'en',
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, ...options.workspaceCapabilities },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    }, options);
  }

  /** Starts a session with these `initialize` params as they are (a client announcing less than VS Code). */
  async initializeWith(params: Record<string, unknown>, options: InitializeOptions = {}): Promise<unknown> {
    this.onMessage((message) => {
      if (message.method === 'workspace/configuration' && message.id !== undefined) {
        const id = message.id;
        const items = (message.params as { items: { section?: string }[] }).items;
        const answer = () => this.respond(id, items.map((item) => (options.configuration ? options.configuration(item.section) : options.settings ?? {})));
        // A busy editor takes a while to answer; tests use the delay to open files meanwhile.
        if (options.configurationDelayMs) setTimeout(answer, options.configurationDelayMs);
        else answer();
      } else if (message.method && message.id !== undefined) {
        const handler = this.requestHandlers.get(message.method);
        this.respond(message.id, handler ? handler(message.params) : null);
      }
    });
    const result = await this.request('initialize', params);
    this.notify('initialized', {});
    return result;
  }

  /** Every request the server sent the client, by method (to check it sends none the client did not announce). */
  requestsReceived(): string[] {
    return this.received.filter((message) => message.method && message.id !== undefined).map((message) => message.method!);
  }

  /**
   * Answers the server's `method` requests (e.g. `workspace/applyEdit`) with `handler`'s result;
   * requests without a handler get `null`. Set it before the server can send them.
   */
  onRequest(method: string, handler: (params: unknown) => unknown): void {
    this.requestHandlers.set(method, handler);
  }

  /** The id the next request will carry (to cancel it with `$/cancelRequest`). */
  get nextRequestId(): number {
    return this.nextId;
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Calls `listener` on every message from the server; returns a function that stops it. */
  onMessage(listener: (message: Message) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** Resolves with the first notification of `method` that satisfies `accept`. */
  waitFor<T = unknown>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10_000, since = 0): Promise<T> {
    const seen = this.notifications.slice(since).find((message) => message.method === method && accept(message.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no ${method} within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      const stop = this.onMessage((message) => {
        if (message.method === method && accept(message.params as T)) {
          clearTimeout(timer);
          stop();
          resolve(message.params as T);
        }
      });
    });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.process.kill(), 500).unref();
    }
  }

  private respond(id: number, result: unknown): void {
    this.send({ jsonrpc: '2.0', id, result });
  }

  private send(message: unknown): void {
    if (!this.process.stdin.writable) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    // Chunks of a long message are kept apart until it is whole: joining them as they come copied
    // the message so far once per 64 KB chunk (quadratic: a 27 MB answer took seconds to receive).
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
    if (this.buffer.length + this.chunksLength < this.awaited) return;
    this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
    this.chunks = [];
    this.chunksLength = 0;
    this.awaited = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        this.awaited = headerEnd + 4 + length;
        return;
      }
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received.push(message);
      if (message.id !== undefined && !message.method) {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.error) waiter?.reject(new ResponseError(message.error.code, message.error.message));
        else waiter?.resolve(message.result);
      } else if (message.id === undefined) {
        this.notifications.push(message);
      }
      for (const listener of [...this.listeners]) listener(message);
    }
  }
}
