// Completion of evidence paths (`evidence:` of the SoA, of the requirements register): the files of
// the workspace, relative to the declaration file, one path segment at a time. This module reads
// no file: the language server lists the one folder the typed path names through its file access
// (Workspace.listFolder) and hands the listing in; in a browser the editor answers the same way.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { isInside } from '../engine/evidence';
import type { Path } from '../engine/yamlFile';
import type { Locale, Localized } from '../engine/types';
import { localize } from '../engine/text';
import type { CursorContext } from './yamlPath';

/** The entries of one folder, as the file access lists them: names, and whether each is a folder. */
export interface FolderListing {
  /** The folder listed (a URI ending with `/`). */
  uri: string;
  entries: readonly { name: string; folder: boolean }[];
  /** False when the folder held more entries than were listed. */
  complete: boolean;
}

const text = {
  file: { en: 'file', fr: 'fichier' },
  folder: { en: 'folder', fr: 'dossier' },
  partial: { en: 'this folder holds more entries than are listed: type more of the name', fr: 'ce dossier contient plus d’entrées que la liste n’en montre\u00a0: tapez la suite du nom' },
} satisfies Record<string, Localized>;

/** Whether the value at `path` is an item of an evidence list (SoA entry, register answer, wherever else one appears). */
export function isEvidencePath(path: Path): boolean {
  const last = path.length - 1;
  return typeof path[last] === 'number' && path[last - 1] === 'evidence';
}

/** The typed path's folder part (up to its last `/`) and the segment being typed. */
function split(prefix: string): { folder: string; segment: string } {
  const normalized = prefix.replace(/\\/g, '/');
  const slash = normalized.lastIndexOf('/');
  return { folder: normalized.slice(0, slash + 1), segment: normalized.slice(slash + 1) };
}

/** The folder (URI, ending with `/`) the evidence path under the cursor names so far, relative to `fileUri`. */
export function typedFolderOf(context: CursorContext | undefined, fileUri: string): string | undefined {
  if (!context || context.kind !== 'value' || !isEvidencePath(context.path)) return undefined;
  const { folder } = split(context.prefix);
  try {
    const uri = new URL(folder.replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23') || './', fileUri);
    if (uri.protocol !== new URL(fileUri).protocol) return undefined;
    return uri.href.endsWith('/') ? uri.href : `${uri.href}/`;
  } catch {
    return undefined;
  }
}

/**
 * The folder whose entries complete the evidence path under the cursor (typedFolderOf), or
 * undefined when the cursor is on no evidence path or the folder would lie outside `workspaceRoot`
 * (a path that climbs out with `..`, an absolute path elsewhere).
 */
export function evidenceFolderOf(context: CursorContext | undefined, fileUri: string, workspaceRoot: string | undefined): string | undefined {
  const uri = typedFolderOf(context, fileUri);
  if (!uri || !workspaceRoot) return undefined;
  return uri === `${workspaceRoot.replace(/\/$/, '')}/` || isInside(uri, workspaceRoot) ? uri : undefined;
}

/** A path written bare in YAML stays a plain scalar: no quote, flow indicator, comment or leading indicator. */
function plainSafe(value: string, flow: boolean): boolean {
  if (!/^[\p{L}\p{N}_./~()+=@-][\p{L}\p{N}_./~()+=@ -]*$/u.test(value) || value.endsWith(' ')) return false;
  if (/^[-?:@]/.test(value) && !/^[-?:][^\s]/.test(value)) return false;
  if (/^@/.test(value)) return false;
  return !(flow && /[,[\]{}]/.test(value));
}

/**
 * The items for the evidence path under the cursor: each entry of the listed folder, files first,
 * each replacing the whole path typed so far (so that the editor filters on it) with the folder
 * part kept; a folder ends with `/` and asks for its own entries at once.
 */
export function evidencePathItems(context: CursorContext, listing: FolderListing, range: Range, locale: Locale, fileText: string): CompletionItem[] {
  const { folder } = split(context.prefix);
  const items: CompletionItem[] = [];
  const sorted = [...listing.entries].sort((a, b) => Number(a.folder) - Number(b.folder) || a.name.localeCompare(b.name));
  sorted.forEach((entry, order) => {
    const path = `${folder}${entry.name}${entry.folder ? '/' : ''}`;
    let newText: string;
    if (context.quote === '"') newText = JSON.stringify(path).slice(1, -1);
    else if (context.quote === "'") newText = path.replace(/'/g, "''");
    else newText = plainSafe(path, context.flow) ? path : JSON.stringify(path);
    // A quote the user opened is closed, unless it already is; none is closed after a folder, the path goes on.
    if (context.quote && !entry.folder && fileText[context.end] !== context.quote) newText += context.quote;
    const item: CompletionItem = {
      label: entry.folder ? `${entry.name}/` : entry.name,
      kind: entry.folder ? CompletionItemKind.Folder : CompletionItemKind.File,
      detail: localize(entry.folder ? text.folder : text.file, locale),
      filterText: path,
      sortText: `${entry.folder ? 1 : 0}${String(order).padStart(4, '0')}`,
      textEdit: { range, newText },
    };
    if (entry.folder) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
    if (!listing.complete) item.documentation = localize(text.partial, locale);
    items.push(item);
  });
  return items;
}
