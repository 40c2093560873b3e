// The file access of the server run by Node (hds-language-server over stdio or IPC, and the
// command line): files read from disk as readText.ts reads them (regular files only, links never
// followed, at most the size limit), folders listed without following links.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeclarationFile } from './engine';
import type { FileAccess, ReadFile } from './files';
import { evidenceStatus, listEvidenceFolder, MAX_DECLARATION_FILES, readDeclarationFile } from './readText';
import { installedRuleDocUri } from './ruleDocs';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

export const nodeFiles: FileAccess = {
  async listDeclarationFiles(folders, limit) {
    const { files, complete } = await listDeclarationFiles(
      folders.map((folder) => fileURLToPath(folder)),
      limit,
    );
    return { uris: files.map((file) => pathToFileURL(file).href), complete };
  },

  siblings(uri) {
    if (!uri.startsWith('file:')) return [];
    const found: string[] = [];
    try {
      const directory = path.dirname(fileURLToPath(uri));
      for (const entry of fs.readdirSync(directory)) {
        if (!isDeclarationFile(entry)) continue;
        if (found.length === MAX_DECLARATION_FILES) break;
        found.push(pathToFileURL(path.join(directory, entry)).href);
      }
    } catch {
      // An unreadable folder only means no siblings.
    }
    return found;
  },

  read(uri, cached) {
    try {
      const file = fileURLToPath(uri);
      // Read once, then again only when the file's size or time stamp says it changed: a check
      // runs several lookups per file, and editors without file watching get fresh text all the same.
      // lstat, as the reader: a symbolic link is reported, never followed (readText.ts).
      const stat = fs.lstatSync(file);
      const stamp = `${stat.size}:${stat.mtimeMs}`;
      if (cached && cached.stamp === stamp) return cached;
      return { read: readDeclarationFile(file), stamp } satisfies ReadFile;
    } catch {
      return undefined;
    }
  },

  evidenceStatus,

  listFolder: listEvidenceFolder,

  uriOfPath(file) {
    try {
      return pathToFileURL(file).href;
    } catch {
      return undefined;
    }
  },

  /** A file: URI (a malformed one is ignored, not fatal). */
  isReadableFolder(uri) {
    try {
      fileURLToPath(uri);
      return true;
    } catch {
      return false;
    }
  },

  ruleDocUri: installedRuleDocUri,

  async changed() {
    // Nothing kept here: the Workspace drops its copy and the next read looks at the disk.
  },

  pending: () => undefined,
};

/** The declaration files below `root`, at most MAX_DECLARATION_FILES. */
export async function findDeclarationFiles(root: string): Promise<string[]> {
  return (await listDeclarationFiles([root])).files;
}

/**
 * The declaration files below the folders, sorted: every entry named `*.hds.yaml` that is not a
 * folder, symbolic links, devices and pipes included, so that the reader reports them (it reads
 * regular files only). Symbolic links to folders are not followed. The listing stops at `limit`
 * files, reading no more of a folder than that: `complete` is then false.
 */
export async function listDeclarationFiles(roots: readonly string[], limit = MAX_DECLARATION_FILES): Promise<{ files: string[]; complete: boolean }> {
  const found: string[] = [];
  const pending = [...roots].reverse();
  while (pending.length > 0) {
    const directory = pending.pop()!;
    let entries: fs.Dir;
    try {
      entries = await fs.promises.opendir(directory);
    } catch {
      continue;
    }
    try {
      for await (const entry of entries) {
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(path.join(directory, entry.name));
        } else if (isDeclarationFile(entry.name)) {
          if (found.length === limit) return { files: found.sort(), complete: false };
          found.push(path.join(directory, entry.name));
        }
      }
    } catch {
      // A folder that cannot be read to the end gives what was read of it.
    }
  }
  return { files: found.sort(), complete: true };
}
