// The one writer of hds-check: every file the command line writes (--output, the workbook export
// writes by default, --ics, init's starter files, --fix's corrections) goes through writeOutput.
//
// The repository being checked may be hostile: a committed `hds-soa.xlsx -> ~/.bashrc` must not get
// ~/.bashrc overwritten, nor a report written over a declaration. So the writer refuses a target that
// is a symbolic link, or lies below the current folder in a folder that is one, or is not a regular
// file, or is a declaration file (unless --fix rewrites it); it writes a new file beside the target
// (created exclusively: never through a link) and renames it over the target, so a link put in place
// meanwhile is replaced, never followed. A refusal writes nothing and creates no folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isDeclarationFile } from '../engine';
import type { Locale } from '../engine';
import { localize } from '../engine/text';

/** Why a file was not written; `message` is in the user's language. Exit code 2. */
export class WriteError extends Error {
  constructor(message: string, readonly locale: Locale) {
    super(message);
  }
}

const say = {
  link: { en: 'not written to {file}: it is a symbolic link, and hds-check never writes through one', fr: 'rien n’est écrit dans {file}\u00a0: c’est un lien symbolique, et hds-check n’écrit jamais à travers un lien' },
  linkedFolder: { en: 'not written to {file}: the folder {folder} is a symbolic link, and hds-check never writes through one', fr: 'rien n’est écrit dans {file}\u00a0: le dossier {folder} est un lien symbolique, et hds-check n’écrit jamais à travers un lien' },
  notFile: { en: 'not written to {file}: it exists and is not a regular file', fr: 'rien n’est écrit dans {file}\u00a0: il existe et n’est pas un fichier ordinaire' },
  declaration: { en: 'not written to {file}: it is a declaration file (*.hds.yaml); name another file', fr: 'rien n’est écrit dans {file}\u00a0: c’est un fichier de déclaration (*.hds.yaml)\u00a0; indiquez un autre fichier' },
  input: { en: 'not written to {file}: it is one of the declaration files being checked; name another file', fr: 'rien n’est écrit dans {file}\u00a0: c’est l’un des fichiers de déclaration vérifiés\u00a0; indiquez un autre fichier' },
  exists: { en: 'not written to {file}: it already exists, and hds-check does not write over it', fr: 'rien n’est écrit dans {file}\u00a0: il existe déjà, et hds-check ne l’écrase pas' },
  failed: { en: 'cannot write {file}: {reason}', fr: 'impossible d’écrire {file}\u00a0: {reason}' },
};

export interface WriteOptions {
  cwd: string;
  locale: Locale;
  /** Files that must not be written over (the declaration files read), by absolute path. */
  inputs?: readonly string[];
  /** Refuse a target that exists, even a regular file (init never writes over a file). */
  exclusive?: boolean;
  /** The target is a declaration file that may be rewritten (--fix). */
  declaration?: boolean;
}

/** `file` as the user wrote it, for messages. */
function shown(target: string, cwd: string): string {
  const relative = path.relative(cwd, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Why `file` (relative to `options.cwd`) may not be written, or undefined when it may. Looks only,
 * writes nothing: run.ts asks it for --output and --ics before the check runs.
 */
export function refusal(file: string, options: WriteOptions): string | undefined {
  const target = path.resolve(options.cwd, file);
  const name = shown(target, options.cwd);
  const at = (message: { en: string; fr: string }, args: Record<string, string> = {}) => localize(message, options.locale, { file: name, ...args });
  if (!options.declaration && isDeclarationFile(target.toLowerCase())) return at(say.declaration);
  let stat: fs.Stats | undefined;
  try {
    stat = lstatOrUndefined(target);
  } catch (error) {
    return at(say.failed, { reason: reasonOf(error) });
  }
  if (stat?.isSymbolicLink()) return at(say.link);
  if (stat && !stat.isFile()) return at(say.notFile);
  if (stat && options.exclusive) return at(say.exists);
  if (stat && options.inputs?.some((input) => sameFile(input, stat))) return at(say.input);
  // The folders between the current folder and the file: the repository's own, so a committed
  // link among them could send the file anywhere.
  const relative = path.relative(options.cwd, path.dirname(target));
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    let folder = options.cwd;
    for (const part of relative.split(path.sep)) {
      folder = path.join(folder, part);
      let parent: fs.Stats | undefined;
      try {
        parent = lstatOrUndefined(folder);
      } catch (error) {
        return at(say.failed, { reason: reasonOf(error) });
      }
      if (!parent) break;
      if (parent.isSymbolicLink()) return at(say.linkedFolder, { folder: shown(folder, options.cwd) });
    }
  }
  return undefined;
}

function sameFile(input: string, stat: fs.Stats): boolean {
  try {
    const other = fs.statSync(input);
    return other.dev === stat.dev && other.ino === stat.ino;
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Writes `content` to `file` (relative to `options.cwd`), or throws a WriteError having written nothing. */
export function writeOutput(file: string, content: string | Uint8Array, options: WriteOptions): void {
  const refused = refusal(file, options);
  if (refused) throw new WriteError(refused, options.locale);
  const target = path.resolve(options.cwd, file);
  const directory = path.dirname(target);
  let createdFolder: string | undefined;
  let temporary: string | undefined;
  try {
    createdFolder = fs.mkdirSync(directory, { recursive: true });
    if (options.exclusive) {
      // `wx` (O_CREAT | O_EXCL): fails when the name is taken, even by a dangling link, which it never follows.
      fs.writeFileSync(target, content, { flag: 'wx' });
      return;
    }
    const existing = lstatOrUndefined(target);
    temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    // `wx`: created here and now, never an existing file or a link of that name.
    fs.writeFileSync(temporary, content, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
    // A rename replaces whatever has the target's name, a link put there meanwhile included; it never follows it.
    fs.renameSync(temporary, target);
    temporary = undefined;
  } catch (error) {
    if (temporary) fs.rmSync(temporary, { force: true });
    if (createdFolder) removeCreatedFolders(createdFolder, directory);
    const code = (error as NodeJS.ErrnoException).code;
    const name = shown(target, options.cwd);
    throw new WriteError(code === 'EEXIST' && options.exclusive ? localize(say.exists, options.locale, { file: name }) : localize(say.failed, options.locale, { file: name, reason: reasonOf(error) }), options.locale);
  }
}

/** Removes the folders mkdir created, from the deepest up to `first`, if still empty. */
function removeCreatedFolders(first: string, deepest: string): void {
  for (let folder = deepest; folder.length >= first.length; folder = path.dirname(folder)) {
    try {
      fs.rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === first) return;
  }
}
