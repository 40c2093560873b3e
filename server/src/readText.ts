// Every file hds-check and the language server read from disk goes through here: declarations
// (decoded as an editor would show them: UTF-8, without the byte order mark, saying where the bytes
// stop being UTF-8), baseline reports, and the check --fix makes before it writes.
//
// A repository may be hostile: a declaration file can be a symbolic link to /dev/zero or to a file
// outside the repository, a named pipe that blocks whoever opens it, or gigabytes long. So a file is
// read only when it is a regular file (checked with lstat before opening, symbolic links are never
// followed, and checked again on the opened descriptor) and at most `limit` bytes are read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnreadFile } from './engine/types';
import { decodeDeclaration, MAX_DECLARATION_BYTES, type FileText } from './limits';

export { decodeDeclaration, MAX_DECLARATION_BYTES, MAX_DECLARATION_FILES, type FileText } from './limits';

export type ReadBytes = { bytes: Buffer } | { unread: UnreadFile };

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
// A named pipe put in place between the lstat and the open must not block the open.
const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/** What a non-regular file is, for the message that says it was not read. */
function kindOf(stat: fs.Stats): Extract<UnreadFile, { reason: 'not-a-file' }>['kind'] {
  if (stat.isSymbolicLink()) return 'symbolic-link';
  if (stat.isFIFO()) return 'named-pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

/**
 * The bytes of `file` when it is a regular file of at most `limit` bytes; else why it was not read.
 * Throws (ENOENT, EACCES…) when it cannot be looked at.
 */
export function readRegularFile(file: string, limit: number): ReadBytes {
  const before = fs.lstatSync(file);
  if (!before.isFile()) return { unread: { reason: 'not-a-file', kind: kindOf(before) } };
  if (before.size > limit) return { unread: { reason: 'too-large', size: before.size } };
  const fd = fs.openSync(file, fs.constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    // The name may have been swapped for something else between the lstat and the open.
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { unread: { reason: 'not-a-file', kind: kindOf(opened) } };
    if (opened.size > limit) return { unread: { reason: 'too-large', size: opened.size } };
    // At most limit + 1 bytes: a file that grows while read is still refused, never read whole.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(opened.size, 0) + 1));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > limit) break;
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(larger, 0, 0, length);
        grown = larger;
      }
      const read = fs.readSync(fd, grown, length, grown.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { unread: { reason: 'too-large', size: length } };
    return { bytes: grown.subarray(0, length) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a declaration file as the editor shows it, when it is a regular file within the size limit. */
export function readDeclarationFile(file: string): FileText {
  const read = readRegularFile(file, MAX_DECLARATION_BYTES);
  return 'unread' in read ? { text: '', unread: read.unread } : decodeDeclaration(read.bytes);
}

/** Whether `file` is `folder` or lies below it (both absolute). */
function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * Whether an evidence file exists, as the evidence rules ask (CheckOptions.fileExists): true for a
 * regular file, false when missing, 'outside' when the path leads out of `workspaceRoot` through a
 * symbolic link. Links are resolved one by one without looking at what lies outside: whether a file
 * outside the workspace exists is never told.
 */
export function evidenceStatus(uri: string, workspaceRoot?: string): boolean | 'outside' {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return false;
  }
  let current = file;
  if (workspaceRoot) {
    let lexicalRoot: string;
    let root: string;
    try {
      lexicalRoot = fileURLToPath(workspaceRoot);
      root = fs.realpathSync(lexicalRoot);
    } catch {
      return false;
    }
    if (!isWithin(file, lexicalRoot)) return 'outside';
    const pending = path.relative(lexicalRoot, file).split(path.sep).filter(Boolean);
    current = root;
    let links = 0;
    while (pending.length > 0) {
      const next = path.join(current, pending.shift()!);
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(next);
      } catch {
        return false;
      }
      if (!stat.isSymbolicLink()) {
        current = next;
        continue;
      }
      if (++links > 40) return false;
      let target: string;
      try {
        target = path.resolve(current, fs.readlinkSync(next));
      } catch {
        return false;
      }
      if (!isWithin(target, root)) return 'outside';
      pending.unshift(...path.relative(root, target).split(path.sep).filter(Boolean));
      current = root;
    }
  }
  try {
    return fs.statSync(current).isFile();
  } catch {
    return false;
  }
}

/** The most entries of one folder listed for evidence path completion, and the most read to find them. */
export const MAX_LISTED_ENTRIES = 500;
const MAX_SCANNED_ENTRIES = 5000;

/**
 * One folder's entries for evidence path completion (FolderListing, services/evidencePaths.ts):
 * regular files and folders only (symbolic links, pipes and devices are left out: nothing is
 * followed), without `node_modules` and names starting with a dot (`.git`…). One folder is read,
 * never a tree, and at most MAX_SCANNED_ENTRIES of it; `complete` is false when some were left.
 * Undefined when the folder is not inside `workspaceRoot` once links are resolved, or unreadable.
 */
export function listEvidenceFolder(uri: string, workspaceRoot: string): { entries: { name: string; folder: boolean }[]; complete: boolean } | undefined {
  let folder: string;
  let root: string;
  try {
    folder = fs.realpathSync(fileURLToPath(uri));
    root = fs.realpathSync(fileURLToPath(workspaceRoot));
  } catch {
    return undefined;
  }
  if (!isWithin(folder, root)) return undefined;
  let dir: fs.Dir;
  try {
    dir = fs.opendirSync(folder);
  } catch {
    return undefined;
  }
  const entries: { name: string; folder: boolean }[] = [];
  let complete = true;
  try {
    for (let scanned = 0; ; scanned++) {
      const entry = dir.readSync();
      if (!entry) break;
      if (scanned === MAX_SCANNED_ENTRIES || entries.length === MAX_LISTED_ENTRIES) {
        complete = false;
        break;
      }
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isFile()) entries.push({ name: entry.name, folder: false });
      else if (entry.isDirectory()) entries.push({ name: entry.name, folder: true });
    }
  } catch {
    complete = false;
  } finally {
    dir.closeSync();
  }
  return { entries, complete };
}
