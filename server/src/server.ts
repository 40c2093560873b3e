// The HDS language server: wires LSP requests to the checking engine and the language services.
// Run it standalone with `hds-language-server --stdio`.
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  FileChangeType,
  InitializeRequest,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type TextDocumentPositionParams,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDeclarationFile, type Finding, type Locale } from './engine';
import type { CheckedDeclaration, ServerContext } from './context';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './services/diagnostics';
import { registerFeatures, serverCapabilities } from './features';
import { recentChecks } from './currentFile';
import { defaultSettings, localeOf, readSettings, ruleSeverities, today, type Settings } from './settings';
import { RepositoryConfigs } from './repositoryConfigs';
import { CONFIG_FILE_NAME, isConfigFile, isIncluded, type RepositoryConfig } from './engine/repositoryConfig';
import type { Diagnostic } from 'vscode-languageserver/node';
import { Workspace, type DeclarationFiles } from './workspace';
import { localize } from './engine/text';
import { MAX_DECLARATION_FILES } from './limits';
import type { FileAccess } from './files';
import { adaptCompletion, adaptHover, adaptSymbols, clientSupport, LEAST_SUPPORT, workspaceFoldersOf, type ClientSupport } from './clientSupport';

/**
 * The typing pause: changes closer together than this are one edit, and the declaration is checked
 * once they stop. It is as long as the declaration's last check took, so that while the user types
 * the server spends at most half its time checking and stays free to answer completion, and at
 * least MIN_CHECK_DELAY_MS, since one action can send several changes in a row (multi-cursor
 * typing, an auto-closed bracket, key repeat). yaml-language-server waits 200 ms, VS Code's JSON server 500.
 */
const MIN_CHECK_DELAY_MS = 50;
const MAX_CHECK_DELAY_MS = 250;
/**
 * Once the editor has been quiet this long after a check, the server collects its garbage (when
 * Node was started with --expose-gc, as SERVER_NODE_OPTIONS does): each check of a large
 * declaration leaves more than 10 MiB of it, and V8 alone keeps the heap at its peak. A full
 * collection costs tens of milliseconds, so it waits for a real pause, never between keystrokes.
 */
const IDLE_COLLECT_MS = 1000;

const severitySetBy = { en: 'Severity {severity}, set by {file}', fr: 'Sévérité {severity}, fixée par {file}' };

const tooManyFiles = {
  en: 'HDS: more than {limit} declaration files (*.hds.yaml) in the workspace; only the first {limit} found are checked.',
  fr: 'HDS\u00a0: plus de {limit} fichiers de déclaration (*.hds.yaml) dans l’espace de travail\u00a0; seuls les {limit} premiers trouvés sont vérifiés.',
};

/** What tests may read of a running server: the sizes of what it keeps between requests. */
export interface ServerHandle {
  cached(): { parses: number; checks: number; checkCosts: number; published: number; recentChecks: number };
}

/**
 * Serves `connection` with files reached through `files`: the disk for the server run by Node
 * (serverMain.ts), the editor's file system for the one in a browser's web worker (browserServer.ts).
 */
export function startServer(connection: Connection, files: FileAccess): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(files);
  const isReadableFolder = (uri: string) => files.isReadableFolder(uri);
    const configs = new RepositoryConfigs(files);
  workspace.setIncluded((uri) => isIncluded(configs.forUri(uri), uri));
  /** The configuration files whose problems are published. */
  const configProblemsPublished = new Set<string>();
  let settings: Settings = defaultSettings;
  let editorLocale: string | undefined;
  /** What the client announced it can take; read once, from `initialize`. */
  let support: ClientSupport = LEAST_SUPPORT;
  /**
   * What was last published for each URI (so files leaving a declaration get theirs cleared): the
   * text it was checked on and the diagnostics, so a file whose text and diagnostics are both
   * unchanged is not sent again after an edit elsewhere in its declaration.
   */
  const published = new Map<string, { text: string; diagnostics: string }>();
  const pending = new Map<string, NodeJS.Timeout>();
  /** The latest check of each declaration, by root; dropped when one of its files changes. */
  const results = new Map<string, CheckedDeclaration>();
  /** How long the latest check of each declaration took (ms), by root: the next typing pause. */
  const checkCost = new Map<string, number>();
  const checkListeners: ((checked: CheckedDeclaration) => void)[] = [];
  const forgetListeners: ((uri: string) => void)[] = [];
  /**
   * Set while the declarations are not known yet (settings being read, folders being scanned):
   * a file's siblings may be missing, so nothing is published and requests wait for it.
   */
  let discovering: Promise<void> | undefined;
  let initialized!: () => void;
  const initializedDone = new Promise<void>((resolve) => (initialized = resolve));

  const locale = (): Locale => localeOf(settings, editorLocale, configs.primary());
  /** What a declaration is checked with: explicit settings over its folder's configuration file over the defaults. */
  const checkOptions = (declaration: DeclarationFiles) => {
    const config = configs.forUri(declaration.uris[0] ?? declaration.root);
    return { today: today(settings, config), locale: localeOf(settings, editorLocale, config), rules: ruleSeverities(settings, config), riskAcceptanceThreshold: settings.riskAcceptanceThreshold };
  };

  const context: ServerContext = {
    workspace,
    checked(uri) {
      const declaration = workspace.declarationOf(uri);
      if (!declaration) return undefined;
      const cached = results.get(declaration.root);
      if (cached && sameFiles(cached.declaration.uris, declaration.uris)) return cached;
      return check(declaration);
    },
    checkedAll() {
      return workspace.sameGrouping(() =>
        workspace.declarations().flatMap((declaration) => {
          const checked = context.checked(declaration.uris[0]);
          return checked ? [checked] : [];
        }),
      );
    },
    document: (uri) => documents.get(uri),
    locale,
    today: () => today(settings, configs.primary()),
    supportsVersionedEdits: () => support.versionedEdits,
    onDidCheck: (listener) => checkListeners.push(listener),
    onDidForget: (listener) => forgetListeners.push(listener),
    client: () => support,
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // `initialize` is answered once (LSP): a second one is refused before it changes anything.
    connection.onRequest(InitializeRequest.method, () => new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized: initialize may be sent only once.'));
    editorLocale = typeof params.locale === 'string' ? params.locale : undefined;
    support = clientSupport(params.capabilities);
    // A client without workspace folders (several editors send only rootUri) has its root as the one folder.
    workspace.setFolders(workspaceFoldersOf(params, (path) => files.uriOfPath(path)).filter(isReadableFolder));
    // Settings come with initializationOptions; a client that answers workspace/configuration updates them after `initialized`.
    if (params.initializationOptions?.settings) settings = readSettings(params.initializationOptions.settings, warn);
    // The scan starts now, alongside the configuration exchange that follows `initialized`.
    discover(scan(), initializedDone.then(loadConfigs));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...serverCapabilities(),
      },
      serverInfo: { name: 'hds-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      // Both round trips at once: the first diagnostics wait for the settings. A client that does
      // not register capabilities dynamically still sends didChangeConfiguration (LSP says it may).
      const registration = support.configurationRegistration ? connection.client.register(DidChangeConfigurationNotification.type, { section: 'hds' }).catch(() => undefined) : undefined;
      await Promise.all([registration, support.configurationPull ? refreshSettings() : undefined]);
      if (support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
          const folders = new Set(workspace.workspaceFolders);
          for (const removed of event.removed) folders.delete(removed.uri.replace(/\/$/, ''));
          for (const added of event.added) if (isReadableFolder(added.uri)) folders.add(added.uri);
          workspace.setFolders([...folders]);
          discover(scan().then(loadConfigs));
        });
      }
    } catch (error) {
      connection.console.error(`Setting up after initialize failed: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      // Whatever the client supports, the declarations are checked and requests answered.
      files.initialized?.();
      initialized();
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (support.configurationPull) await refreshSettings();
    else {
      // Pushed settings: a push without an `hds` section (some clients send `{}` right after
      // starting) keeps those of initializationOptions.
      const pushed = (change?.settings as { hds?: unknown } | null | undefined)?.hds;
      if (pushed !== undefined) settings = readSettings(pushed, warn);
    }
    loadConfigs();
    checkAll();
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    let configChanged = false;
    const otherDeletions: string[] = [];
    for (const event of change.changes) {
      if (isConfigFile(event.uri)) configChanged = true;
      else if (event.type === FileChangeType.Deleted && isDeclarationFile(event.uri)) workspace.fileDeleted(event.uri);
      else if (event.type === FileChangeType.Deleted) otherDeletions.push(event.uri);
      else if (event.type === FileChangeType.Created) {
        workspace.fileCreated(event.uri);
        // Saved by deleting and writing again (some editors do): the buffer still open is the text.
        const open = documents.get(event.uri);
        if (open && isDeclarationFile(event.uri)) workspace.open(event.uri, open.getText());
      } else workspace.fileChanged(event.uri);
    }
    // Perhaps folders: the declaration files they held go with them.
    workspace.pathsDeleted(otherDeletions);
    // In a browser the new texts come from the editor: checked once they are here.
    await files.changed(change.changes.map((event) => event.uri)).catch(() => undefined);
    if (configChanged) loadConfigs();
    checkAll();
  });

  documents.onDidOpen((event) => {
    if (isConfigFile(event.document.uri)) return configEdited(event.document.uri, event.document.getText(), 0);
    if (!isDeclarationFile(event.document.uri)) return;
    // A file just opened gets its diagnostics again, even unchanged: some editors attach them to the buffer.
    published.delete(event.document.uri);
    workspace.open(event.document.uri, event.document.getText());
    schedule(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    if (isConfigFile(event.document.uri)) return configEdited(event.document.uri, event.document.getText(), MAX_CHECK_DELAY_MS);
    if (!isDeclarationFile(event.document.uri)) return;
    workspace.open(event.document.uri, event.document.getText());
    schedule(event.document.uri, 'typing');
  });
  documents.onDidClose((event) => {
    if (isConfigFile(event.document.uri)) return configEdited(event.document.uri, undefined, 0);
    if (workspace.close(event.document.uri)) forget(event.document.uri);
    forgetGoneDeclarations();
    schedule(event.document.uri, 0);
  });

  async function refreshSettings(): Promise<void> {
    try {
      settings = readSettings(await connection.workspace.getConfiguration('hds'), warn);
    } catch {
      settings = defaultSettings;
    }
  }

  let configTimer: ReturnType<typeof setTimeout> | undefined;
  /** A configuration file opened, edited (its buffer) or closed (back to the disk): read again, then every declaration checked. */
  function configEdited(uri: string, text: string | undefined, delay: number): void {
    if (text === undefined) configs.close(uri);
    else configs.open(uri, text);
    clearTimeout(configTimer);
    configTimer = setTimeout(() => {
      if (discovering) return; // read when the declarations are known
      loadConfigs();
      checkAll();
    }, delay);
  }

  /** Reads each workspace folder's .hds-studio.yaml and publishes its problems on it. */
  function loadConfigs(): void {
    configs.load(workspace.workspaceFolders, (config?: RepositoryConfig) => localeOf(settings, editorLocale, config));
    const now = new Set<string>();
    for (const { config, problems } of configs.all()) {
      if (problems.length === 0 && !configProblemsPublished.has(config.uri)) continue;
      connection.sendDiagnostics({ uri: config.uri, diagnostics: problems.map((problem): Diagnostic => ({ range: problem.range, severity: 1, source: DIAGNOSTIC_SOURCE, code: 'configuration', message: problem.message })) });
      if (problems.length > 0) now.add(config.uri);
    }
    for (const uri of configProblemsPublished) if (!now.has(uri) && !configs.all().some((entry) => entry.config.uri === uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblemsPublished.clear();
    for (const uri of now) configProblemsPublished.add(uri);
  }

  /** Holds publishing and requests until `steps` are done, then checks every declaration. */
  function discover(...steps: Promise<unknown>[]): void {
    const done = Promise.all(steps).then(
      () => undefined,
      () => undefined,
    );
    discovering = done;
    void done.then(() => {
      if (discovering !== done) return;
      discovering = undefined;
      checkAll();
    });
  }

  /** Resolves once the declarations are known. */
  async function declarationsKnown(): Promise<void> {
    while (discovering) await discovering;
  }

  /** Finds the declaration files, and says so when there are more than are read (readText.ts). */
  async function scan(): Promise<void> {
    await workspace.scan();
    if (workspace.scanComplete) return;
    const limit = MAX_DECLARATION_FILES.toLocaleString(locale() === 'fr' ? 'fr-FR' : 'en-US');
    warn(localize(tooManyFiles, locale(), { limit }));
  }

  function warn(message: string): void {
    connection.window.showWarningMessage(message);
  }

  /** Checks `uri`'s declaration after `delay` ms, or once typing pauses. */
  function schedule(uri: string, delay: number | 'typing'): void {
    const declaration = workspace.declarationOf(uri);
    const key = declaration?.root ?? uri;
    if (declaration) results.delete(declaration.root);
    if (delay === 'typing') delay = typingPause(checkCost.get(key));
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      if (discovering) return; // checked when the declarations are known
      // The declaration as it is now: the file may have been closed, and left it, since this was scheduled.
      const current = workspace.declarationOf(uri);
      // A feature request may already have checked (and published) the latest text.
      if (!current) clear(uri);
      else if (!results.has(current.root)) check(current);
    }, delay));
  }

  function checkAll(): void {
    results.clear();
    if (discovering) return;
    const declarations = workspace.declarations();
    const live = new Set(declarations.flatMap((declaration) => declaration.uris));
    for (const uri of [...published.keys()]) {
      if (live.has(uri)) continue;
      clear(uri);
      forget(uri);
    }
    forgetGoneDeclarations();
    for (const declaration of declarations) check(declaration);
  }

  function forget(uri: string): void {
    for (const listener of forgetListeners) listener(uri);
  }

  /** Drops the check and its cost of every declaration that is gone (its last open file closed, its folder removed). */
  function forgetGoneDeclarations(): void {
    const roots = new Set(workspace.declarations().map((declaration) => declaration.root));
    for (const root of [...results.keys()]) if (!roots.has(root)) results.delete(root);
    for (const root of [...checkCost.keys()]) if (!roots.has(root)) checkCost.delete(root);
  }

  function check(declaration: DeclarationFiles): CheckedDeclaration | undefined {
    const started = performance.now();
    let checked: CheckedDeclaration;
    try {
      checked = { declaration, result: workspace.check(declaration, checkOptions(declaration)) };
    } catch (error) {
      connection.console.error(`Checking ${declaration.root} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
    // Some files were asked of the editor during the check (a browser): checked again once they
    // are answered, and nothing published until then, so no finding rests on a guess.
    const pending = files.pending();
    if (pending) {
      void pending.then(() => {
        const current = workspace.declarationOf(declaration.uris[0]);
        if (current && !results.has(current.root) && !discovering) check(current);
      });
      return checked;
    }
    results.set(declaration.root, checked);
    const byFile = new Map<string, Finding[]>(declaration.uris.map((uri) => [uri, []]));
    for (const finding of checked.result.findings) byFile.get(finding.uri)?.push(finding);
    const texts = new Map(checked.result.declaration.files.map((file) => [file.uri, file.text]));
    const config = configs.forUri(declaration.uris[0] ?? declaration.root);
    for (const [uri, findings] of byFile) {
      const diagnostics = findings.map((finding) => withConfiguration(toDiagnostic(finding, (code) => files.ruleDocUri(code)), config));
      const text = texts.get(uri) ?? '';
      const serialized = JSON.stringify(diagnostics);
      const last = published.get(uri);
      // An edited file is always published again: the editor has moved the old markers with the edit.
      if (last && last.text === text && last.diagnostics === serialized) continue;
      connection.sendDiagnostics({ uri, diagnostics });
      published.set(uri, { text, diagnostics: serialized });
    }
    for (const listener of checkListeners) listener(checked);
    // The first check of a declaration parses every file: what it costs says nothing of an edit.
    checkCost.set(declaration.root, checkCost.has(declaration.root) ? performance.now() - started : 0);
    collectWhenIdle();
    return checked;
  }

  /**
   * Says which configuration applied, where the Problems panel shows it: the source names the
   * repository configuration file when one applies, and a finding whose severity the file set
   * (and no setting overrode) points at the line that sets it.
   */
  function withConfiguration(diagnostic: Diagnostic, config: RepositoryConfig | undefined): Diagnostic {
    if (!config) return diagnostic;
    diagnostic.source = `${DIAGNOSTIC_SOURCE} (${CONFIG_FILE_NAME})`;
    const code = diagnostic.code as keyof RepositoryConfig['rules'];
    const range = config.ruleRanges[code];
    if (range && settings.rules[code] === undefined) {
      diagnostic.relatedInformation = [...(diagnostic.relatedInformation ?? []), { location: { uri: config.uri, range }, message: localize(severitySetBy, localeOf(settings, editorLocale, config), { severity: config.rules[code]!, file: CONFIG_FILE_NAME }) }];
    }
    return diagnostic;
  }

  let idleCollect: ReturnType<typeof setTimeout> | undefined;
  function collectWhenIdle(): void {
    const collect = (globalThis as { gc?: (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void }).gc;
    if (!collect) return;
    clearTimeout(idleCollect);
    idleCollect = setTimeout(() => {
      if (pending.size === 0) collect({ type: 'major', execution: 'sync' });
    }, IDLE_COLLECT_MS);
    idleCollect.unref(); // never what keeps the process alive
  }

  /** The leading whitespace of the line at `params.position`, up to the cursor. */
  function indentAt(params: TextDocumentPositionParams): string {
    const text = documents.get(params.textDocument.uri)?.getText({ start: { line: params.position.line, character: 0 }, end: params.position }) ?? '';
    return /^[ \t]*/.exec(text)![0];
  }

  function clear(uri: string): void {
    connection.sendDiagnostics({ uri, diagnostics: [] });
    published.delete(uri);
  }

  // Hovers and completions are written in Markdown, with snippets: made plain for a client that takes neither.
  // and outlines are trees: flattened for a client that does not take them.
  const adapters: Record<string, (result: unknown, params: unknown) => unknown> = {
    onHover: (result) => adaptHover(result as Hover | null, support),
    onCompletion: (result, params) => adaptCompletion(result as CompletionItem[] | CompletionList | null, support, indentAt(params as TextDocumentPositionParams)),
    onDocumentSymbol: (result, params) => adaptSymbols(result as DocumentSymbol[] | null, (params as DocumentSymbolParams).textDocument.uri, support),
  };
  registerFeatures(waitingConnection(connection, declarationsKnown, adapters), context);
  documents.listen(connection);
  connection.listen();
  return {
    cached: () => ({ parses: workspace.cachedParses, checks: results.size, checkCosts: checkCost.size, published: published.size, recentChecks: recentChecks(context).size }),
  };
}

/**
 * The connection as features see it: each handler they register runs once `known` resolves, so a
 * request sent right after `initialized` is answered against the whole declaration; what a handler
 * registered with `on<Name>` returns goes through `adapters[on<Name>]`, if there is one.
 */
function waitingConnection(connection: Connection, known: () => Promise<void>, adapters: Record<string, (result: unknown, params: unknown) => unknown> = {}): Connection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !property.startsWith('on') || typeof member !== 'function') return member;
      const adapt = Object.hasOwn(adapters, property) ? adapters[property] : undefined;
      return (...args: unknown[]) => {
        const handler = args[args.length - 1];
        if (typeof handler === 'function') {
          args[args.length - 1] = async (...handlerArgs: unknown[]) => {
            await known();
            const result = (await handler(...handlerArgs)) as unknown;
            return adapt ? adapt(result, handlerArgs[0]) : result;
          };
        }
        return (member as (...memberArgs: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** How long to wait for typing to pause, given how long the declaration's last check took (ms). */
export function typingPause(lastCheckMs: number | undefined): number {
  return Math.round(Math.min(MAX_CHECK_DELAY_MS, Math.max(MIN_CHECK_DELAY_MS, lastCheckMs ?? 0)));
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((uri) => b.includes(uri));
}
