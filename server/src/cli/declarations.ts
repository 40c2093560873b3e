// From the command line's paths to the declarations to check. A folder brings every declaration
// file below it; a file brings the whole declaration it belongs to: the nearest folder above it
// that holds a main file, and every declaration file below that folder (the same grouping as the
// language server's: engine/grouping.ts, workspace.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupDeclarations, isDeclarationFile, type SourceDocument } from '../engine';
import { isMainFile } from '../engine/grouping';
import { MAX_DECLARATION_FILES, readDeclarationFile, type FileText } from '../readText';
import { listDeclarationFiles } from '../nodeFiles';

export interface DeclarationToCheck {
  /** Folder URI the declaration is rooted at. */
  root: string;
  files: SourceDocument[];
  /** Folder URI that evidence paths must stay inside. */
  workspaceRoot: string;
  /** Files named on the command line that brought in the rest of their declaration. */
  named: { given: string; uri: string }[];
}

/** A path that cannot be checked (missing, not a declaration file, more declaration files than the limit): exit code 2. */
export class PathError extends Error {
  constructor(readonly given: string, readonly reason: 'missing' | 'not-declaration' | 'too-many') {
    super(`${given}: ${reason}`);
  }
}

/** `read` decodes a file as the editor does (readDeclarationFile: UTF-8 checked, BOM dropped). */
/** `included` says which declaration files a folder holds are checked (the repository configuration's `files` and `ignore`); a file named is always checked. */
export async function collectDeclarations(paths: readonly string[], cwd: string, read: (file: string) => FileText = readDeclarationFile, included: (uri: string) => boolean = () => true): Promise<DeclarationToCheck[]> {
  const readText = (file: string) => read(file).text;
  const files = new Map<string, SourceDocument>();
  const folders: string[] = [];
  const named: { given: string; uri: string }[] = [];
  const add = (file: string, given: string) => {
    const uri = pathToFileURL(file).href;
    if (files.has(uri)) return;
    if (files.size === MAX_DECLARATION_FILES) throw new PathError(given, 'too-many');
    files.set(uri, { uri, ...read(file) });
  };
  // Listed to the limit, no further; past it nothing is read: a check of part of the files would
  // pass a declaration whose other files were never looked at.
  const list = async (folder: string, given: string) => {
    const listed = await listDeclarationFiles([folder]);
    if (!listed.complete) throw new PathError(given, 'too-many');
    return listed.files;
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new PathError(given, 'missing');
    }
    if (stat.isDirectory()) {
      folders.push(pathToFileURL(absolute).href);
      for (const file of await list(absolute, given)) if (included(pathToFileURL(file).href)) add(file, given);
      continue;
    }
    if (!isDeclarationFile(absolute)) throw new PathError(given, 'not-declaration');
    const uri = pathToFileURL(absolute).href;
    named.push({ given, uri });
    const root = declarationRootOf(absolute, readText);
    if (root === TOO_MANY) throw new PathError(given, 'too-many');
    // Only the file's own declaration: a deeper main file below the root starts another one.
    const siblings = root ? [] : fs.readdirSync(path.dirname(absolute)).filter(isDeclarationFile);
    if (siblings.length > MAX_DECLARATION_FILES) throw new PathError(given, 'too-many');
    const candidates = root ? await list(root, given) : siblings.map((entry) => path.join(path.dirname(absolute), entry));
    const documents = [...new Set([absolute, ...candidates.filter((candidate) => included(pathToFileURL(candidate).href))])].map((file) => ({ uri: pathToFileURL(file).href, ...read(file), file }));
    const own = groupDeclarations(documents, [pathToFileURL(root ?? path.dirname(absolute)).href]).find((group) => group.files.some((document) => document.uri === uri));
    for (const { file: _file, ...document } of own?.files ?? []) {
      if (files.has(document.uri)) continue;
      if (files.size === MAX_DECLARATION_FILES) throw new PathError(given, 'too-many');
      files.set(document.uri, document);
    }
  }
  const cwdUri = pathToFileURL(cwd).href;
  return groupDeclarations([...files.values()], folders).map((group) => ({
    root: group.root,
    files: group.files,
    workspaceRoot: longest([cwdUri, ...folders].filter((folder) => group.root === folder || group.root.startsWith(`${folder}/`))) ?? group.root,
    named: named.filter((entry) => group.files.some((file) => file.uri === entry.uri)),
  }));
}

/** declarationRootOf's answer when a folder on the way holds more declaration files than the limit. */
export const TOO_MANY = Symbol('too many declaration files');

/** The nearest folder at or above the file's that holds a main file; the search stops at a git repository's top. */
export function declarationRootOf(file: string, readText: (file: string) => string): string | undefined | typeof TOO_MANY {
  let directory = path.dirname(file);
  for (;;) {
    let entries: string[] = [];
    try {
      entries = fs.readdirSync(directory);
    } catch {
      // An unreadable folder holds no main file we can use.
    }
    const declarationFiles = entries.filter(isDeclarationFile);
    if (declarationFiles.length > MAX_DECLARATION_FILES) return TOO_MANY;
    for (const entry of declarationFiles.sort()) {
      try {
        if (isMainFile(readText(path.join(directory, entry)))) return directory;
      } catch {
        // An unreadable file is reported when checked, not here.
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory || entries.includes('.git')) return undefined;
    directory = parent;
  }
}

function longest(candidates: string[]): string | undefined {
  return candidates.sort((a, b) => b.length - a.length)[0];
}
