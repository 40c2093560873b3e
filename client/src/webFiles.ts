// The editor's file system, served to the language server that runs in a web worker (the web
// extension): it has no disk, so it asks for the declaration files, their text and whether evidence
// files exist (protocol.ts, hds/files/*), and this client answers through vscode.workspace.fs,
// which is the repository on github.dev or the GitLab Web IDE. Read as the server run by Node reads
// the disk: regular files only (a symbolic link is reported, not followed), at most the size limit.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFilesRequest, ReadFilesRequest, StatFilesRequest, toBase64, type ListFilesParams, type ReadFileAnswer, type ReadFilesParams, type StatFileAnswer, type StatFilesParams } from './protocol';

const SKIPPED = '**/{node_modules,.git,.hg,.svn,out,dist,.vscode-test}/**';

export function serveFiles(client: BaseLanguageClient): vscode.Disposable {
  const handlers = [
    client.onRequest(ListFilesRequest, (params: ListFilesParams) => listFiles(params)),
    client.onRequest(ReadFilesRequest, (params: ReadFilesParams) => Promise.all((params?.uris ?? []).map((uri) => readFile(uri, params.maxBytes)))),
    client.onRequest(StatFilesRequest, (params: StatFilesParams) => Promise.all((params?.uris ?? []).map((uri) => statFile(uri)))),
  ];
  return vscode.Disposable.from(...handlers);
}

async function listFiles(params: ListFilesParams): Promise<{ uris: string[]; complete: boolean }> {
  const limit = Math.max(0, Math.floor(params?.limit ?? 0));
  const folders = (params?.folders ?? []).map((folder) => folder.replace(/\/$/, ''));
  // The editor's search first (one more than the limit, to know whether there were more); a file
  // system without a search provider (some virtual ones) answers nothing, and is walked instead.
  let found: string[] = [];
  try {
    found = (await vscode.workspace.findFiles('**/*.hds.yaml', SKIPPED, limit + 1)).map((uri) => uri.toString());
  } catch {
    found = [];
  }
  if (found.length === 0) found = await walk(folders, limit + 1);
  const uris = found
    .filter((uri) => folders.some((folder) => uri.startsWith(`${folder}/`)))
    // Hidden folders are skipped, as the server run by Node skips them on disk.
    .filter((uri) => !/\/\.[^/]*\//.test(uri.slice(uri.indexOf('://') + 3)))
    .sort();
  return { uris: uris.slice(0, limit), complete: uris.length <= limit };
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

/** The declaration files below the folders, read folder by folder, at most `limit`; links to folders are not followed. */
async function walk(folders: readonly string[], limit: number): Promise<string[]> {
  const found: string[] = [];
  // A folder at the root of its file system comes without a path (vscode-test-web://mount): its path is '/'.
  const pending = folders.map((folder) => vscode.Uri.parse(folder, true)).map((uri) => (uri.path === '' ? uri.with({ path: '/' }) : uri)).reverse();
  while (pending.length > 0 && found.length < limit) {
    const folder = pending.pop()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      if (type === vscode.FileType.Directory) {
        if (!SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) pending.push(vscode.Uri.joinPath(folder, name));
      } else if (name.endsWith('.hds.yaml') && found.length < limit) found.push(vscode.Uri.joinPath(folder, name).toString());
    }
  }
  return found;
}

/** A file of an open workspace folder: nothing else is read or looked at for the server. */
function workspaceFile(uri: string): vscode.Uri | undefined {
  const target = vscode.Uri.parse(uri, true);
  return vscode.workspace.getWorkspaceFolder(target) ? target : undefined;
}

async function readFile(uri: string, maxBytes: number): Promise<ReadFileAnswer> {
  let target: vscode.Uri | undefined;
  let stat: vscode.FileStat;
  try {
    target = workspaceFile(uri);
    if (!target) return { uri, missing: true };
    stat = await vscode.workspace.fs.stat(target);
  } catch {
    return { uri, missing: true };
  }
  const stamp = `${stat.size}:${stat.mtime}`;
  if ((stat.type & vscode.FileType.SymbolicLink) !== 0) return { uri, stamp, unread: { reason: 'not-a-file', kind: 'symbolic-link' } };
  if ((stat.type & vscode.FileType.Directory) !== 0) return { uri, stamp, unread: { reason: 'not-a-file', kind: 'folder' } };
  if ((stat.type & vscode.FileType.File) === 0) return { uri, stamp, unread: { reason: 'not-a-file', kind: 'other' } };
  if (stat.size > maxBytes) return { uri, stamp, unread: { reason: 'too-large', size: stat.size } };
  try {
    const bytes = await vscode.workspace.fs.readFile(target);
    // It may have grown between the stat and the read.
    if (bytes.length > maxBytes) return { uri, stamp, unread: { reason: 'too-large', size: bytes.length } };
    return { uri, stamp, base64: toBase64(bytes) };
  } catch {
    return { uri, missing: true };
  }
}

async function statFile(uri: string): Promise<StatFileAnswer> {
  try {
    const target = workspaceFile(uri);
    if (!target) return { uri, exists: false };
    const stat = await vscode.workspace.fs.stat(target);
    return { uri, exists: (stat.type & vscode.FileType.File) !== 0 };
  } catch {
    return { uri, exists: false };
  }
}
