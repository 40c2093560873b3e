// What the editor's LSP client can take, read once from its `initialize` request, and how the
// server degrades for a client that announces less than VS Code: no workspace folders (only a
// rootUri), no configuration pull, no dynamic registration, plain text rather than Markdown, no
// snippets. Many editors' clients announce exactly that.
import {
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type SymbolInformation,
  type Hover,
  type InitializeParams,
  type MarkupContent,
} from 'vscode-languageserver/node';

export interface ClientSupport {
  /** The client sends workspace folders and their changes (`workspace/didChangeWorkspaceFolders`). */
  readonly workspaceFolders: boolean;
  /** The client answers `workspace/configuration`; otherwise settings come with `initializationOptions` and `didChangeConfiguration`. */
  readonly configurationPull: boolean;
  /** The client takes `client/registerCapability` for configuration changes. */
  readonly configurationRegistration: boolean;
  /** Hovers and completion documentation may be Markdown; otherwise they are sent as plain text. */
  readonly hoverMarkdown: boolean;
  readonly completionMarkdown: boolean;
  /** Completions may insert snippets (`${1:placeholder}`); otherwise their plain text. */
  readonly snippets: boolean;
  /** The client indents a completion's later lines like the cursor's line (insertTextMode adjustIndentation); otherwise the server does. */
  readonly adjustIndentation: boolean;
  /** The client takes a document's outline as a tree (DocumentSymbol); otherwise as a flat list (SymbolInformation). */
  readonly hierarchicalSymbols: boolean;
  /** The client applies versioned edits (`documentChanges`). */
  readonly versionedEdits: boolean;
  /** The client re-reads code lenses when asked (`workspace/codeLens/refresh`). */
  readonly codeLensRefresh: boolean;
  /** The client opens the SoA and the risk register as tables (`experimental.hdsTableEditor`, the VS Code extension): the code lenses offer it. */
  readonly tableEditor: boolean;
}

/** What a client that announced nothing can take. */
export const LEAST_SUPPORT: ClientSupport = {
  workspaceFolders: false, configurationPull: false, configurationRegistration: false, hoverMarkdown: false, completionMarkdown: false, snippets: false, adjustIndentation: false, hierarchicalSymbols: false, versionedEdits: false, codeLensRefresh: false, tableEditor: false,
};

export function clientSupport(capabilities: ClientCapabilities | undefined): ClientSupport {
  const takesMarkdown = (formats: unknown) => Array.isArray(formats) && formats.includes(MarkupKind.Markdown);
  return {
    workspaceFolders: capabilities?.workspace?.workspaceFolders === true,
    configurationPull: capabilities?.workspace?.configuration === true,
    configurationRegistration: capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    hoverMarkdown: takesMarkdown(capabilities?.textDocument?.hover?.contentFormat),
    completionMarkdown: takesMarkdown(capabilities?.textDocument?.completion?.completionItem?.documentationFormat),
    snippets: capabilities?.textDocument?.completion?.completionItem?.snippetSupport === true,
    adjustIndentation: capabilities?.textDocument?.completion?.completionItem?.insertTextModeSupport?.valueSet?.includes(InsertTextMode.adjustIndentation) === true,
    hierarchicalSymbols: capabilities?.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    versionedEdits: capabilities?.workspace?.workspaceEdit?.documentChanges === true,
    codeLensRefresh: capabilities?.workspace?.codeLens?.refreshSupport === true,
    tableEditor: (capabilities?.experimental as { hdsTableEditor?: unknown } | undefined)?.hdsTableEditor === true,
  };
}

/** The workspace folders: those announced, else the root (rootUri, or the older rootPath), else none. */
export function workspaceFoldersOf(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>, uriOfPath: (path: string) => string | undefined): string[] {
  if (Array.isArray(params.workspaceFolders)) return params.workspaceFolders.flatMap((folder) => (typeof folder?.uri === 'string' ? [folder.uri] : []));
  if (typeof params.rootUri === 'string' && params.rootUri !== '') return [params.rootUri];
  if (typeof params.rootPath === 'string' && params.rootPath !== '') {
    const uri = uriOfPath(params.rootPath);
    return uri ? [uri] : [];
  }
  return [];
}

/** A hover as the client takes it: its Markdown made plain text when the client does not take Markdown. */
export function adaptHover(hover: Hover | null | undefined, support: ClientSupport): Hover | null | undefined {
  if (!hover || support.hoverMarkdown) return hover;
  const contents = hover.contents as MarkupContent;
  if (contents?.kind !== MarkupKind.Markdown) return hover;
  return { ...hover, contents: { kind: MarkupKind.PlainText, value: plainText(contents.value) } };
}

/**
 * Completions as the client takes them: plain-text documentation, no snippet syntax, and later
 * lines already indented like the cursor's line (`indent`, its leading whitespace) when it does none of that.
 */
export function adaptCompletion<T extends CompletionItem[] | CompletionList | null | undefined>(result: T, support: ClientSupport, indent: string): T {
  if (!result || (support.completionMarkdown && support.snippets && support.adjustIndentation)) return result;
  const items = Array.isArray(result) ? result : result.items;
  const adapted = items.map((item) => adaptItem(item, support, indent));
  return (Array.isArray(result) ? adapted : { ...result, items: adapted }) as T;
}

function adaptItem(item: CompletionItem, support: ClientSupport, indent: string): CompletionItem {
  const copy: CompletionItem = { ...item };
  if (!support.adjustIndentation && item.insertTextMode === InsertTextMode.adjustIndentation) {
    const indented = (text: string) => text.replace(/\n/g, `\n${indent}`);
    delete copy.insertTextMode;
    if (copy.insertText !== undefined) copy.insertText = indented(copy.insertText);
    if (copy.textEdit) copy.textEdit = { ...copy.textEdit, newText: indented(copy.textEdit.newText) };
  }
  const documentation = item.documentation as MarkupContent | string | undefined;
  if (!support.completionMarkdown && typeof documentation === 'object' && documentation.kind === MarkupKind.Markdown) {
    copy.documentation = { kind: MarkupKind.PlainText, value: plainText(documentation.value) };
  }
  if (!support.snippets && item.insertTextFormat === InsertTextFormat.Snippet) {
    copy.insertTextFormat = InsertTextFormat.PlainText;
    if (copy.insertText !== undefined) copy.insertText = snippetText(copy.insertText);
    if (copy.textEdit) copy.textEdit = { ...copy.textEdit, newText: snippetText(copy.textEdit.newText) };
  }
  return copy;
}

// Tried where a `$` stands (sticky), so that reading a snippet stays linear in its length.
const TABSTOP = /\$(?:\d+|\{\d+\})/y;
const CHOICE = /\$\{\d+\|((?:[^,|\\]|\\.)*)(?:,(?:[^|\\]|\\.)*)?\|\}/y;
const PLACEHOLDER = /\$\{\d+:/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A file's outline as the client takes it: flattened, each symbol naming its container, for a client without trees. */
export function adaptSymbols(symbols: DocumentSymbol[] | null | undefined, uri: string, support: ClientSupport): DocumentSymbol[] | SymbolInformation[] | null | undefined {
  if (!symbols || support.hierarchicalSymbols) return symbols;
  const flat: SymbolInformation[] = [];
  const pending: { symbol: DocumentSymbol; container?: string }[] = symbols.map((symbol) => ({ symbol })).reverse();
  while (pending.length > 0) {
    const { symbol, container } = pending.pop()!;
    flat.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container !== undefined ? { containerName: container } : {}) });
    for (const child of [...(symbol.children ?? [])].reverse()) pending.push({ symbol: child, container: symbol.name });
  }
  return flat;
}

/** A snippet's text with its placeholders filled by their defaults (a choice by its first option). */
export function snippetText(snippet: string): string {
  let out = '';
  for (let index = 0; index < snippet.length; index++) {
    const char = snippet[index];
    if (char === '\\' && index + 1 < snippet.length && '$}\\,|'.includes(snippet[index + 1])) {
      out += snippet[++index];
    } else if (char === '$') {
      const tabstop = matchAt(TABSTOP, snippet, index);
      const choice = matchAt(CHOICE, snippet, index);
      if (choice) {
        out += choice[1].replace(/\\(.)/g, '$1');
        index += choice[0].length - 1;
      } else if (tabstop) {
        index += tabstop[0].length - 1;
      } else {
        const placeholder = matchAt(PLACEHOLDER, snippet, index);
        if (placeholder) {
          // The placeholder's own text, which may hold more placeholders; its closing brace is dropped.
          const { inner, end } = closeOf(snippet, index + placeholder[0].length);
          out += snippetText(inner);
          index = end;
        } else {
          out += char;
        }
      }
    } else {
      out += char;
    }
  }
  return out;
}

/** The text from `start` up to its unescaped closing brace (nested placeholders counted), and where that brace is. */
function closeOf(snippet: string, start: number): { inner: string; end: number } {
  let depth = 0;
  for (let index = start; index < snippet.length; index++) {
    const char = snippet[index];
    if (char === '\\') index++;
    else if (char === '{' && snippet[index - 1] === '$') depth++;
    else if (char === '}') {
      if (depth === 0) return { inner: snippet.slice(start, index), end: index };
      depth--;
    }
  }
  return { inner: snippet.slice(start), end: snippet.length - 1 };
}

/**
 * Markdown as plain text: emphasis, code spans and fences, rules and links made plain, backslash
 * escapes undone. The server's Markdown is simple (no tables, no HTML), and this covers what it writes.
 */
export function plainText(markdown: string): string {
  // Code is set aside first, as written, then escaped characters, so that neither is read as syntax.
  const code: string[] = [];
  const keep = (text: string) => {
    code.push(text);
    return '\uE001';
  };
  const escaped: string[] = [];
  let text = markdown
    .replace(/^```[^\n]*\n([\s\S]*?)\n?```[ \t]*$/gm, (_, block: string) => keep(block))
    // One pass from left to right: an escaped backtick starts no code span. A span starts at a
    // whole run of backticks and ends on its line, so that unmatched runs cost little.
    .replace(/\\([!-/:-@[-`{-~])|(?<!`)(?=(`+))\2(?!`)([^`\n]|[^`\n][^\n]*?[^`\n])\2(?!`)/g, (_, char: string | undefined, _ticks: string, span: string) => {
      if (char === undefined) return keep(span.replace(/^ (.*) $/, '$1'));
      escaped.push(char);
      return '\uE000';
    });
  text = text
    .replace(/^[ \t]*(?:---+|\*\*\*+|___+)[ \t]*$/gm, '')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/!?\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url))
    .replace(/<((?:https?|file|mailto):[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
    .replace(/__([^_\n]+?)__/g, '$1')
    .replace(/(^|[\s(])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?=$|[\s).,;:!?])/gm, '$1$2')
    .replace(/(^|[\s(])_([^_\s](?:[^_\n]*[^_\s])?)_(?=$|[\s).,;:!?])/gm, '$1$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.replace(/\uE000/g, () => escaped.shift() ?? '').replace(/\uE001/g, () => code.shift() ?? '');
}
