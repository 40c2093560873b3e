// Which files form one declaration. A declaration is rooted at a folder holding a file with a
// top-level `hds:` key (its main file); it takes every `*.hds.yaml` below that folder that no
// deeper root claims. Files under no root form one declaration per workspace folder.

export function isDeclarationFile(uri: string): boolean {
  return uri.endsWith('.hds.yaml');
}

const MAIN_FILE = /^hds[ \t]*:/m;

/** Whether a file is a declaration's main file: it has a top-level `hds:` key. */
export function isMainFile(text: string): boolean {
  return MAIN_FILE.test(text);
}

export interface GroupingInput {
  uri: string;
  text: string;
}

/**
 * Groups files into declarations; `folders` are the workspace folder URIs (may be empty).
 * `isMain` lets a caller that already knows which files are main files say so.
 */
export function groupDeclarations<T extends GroupingInput>(
  files: readonly T[],
  folders: readonly string[] = [],
  isMain: (file: T) => boolean = (file) => isMainFile(file.text),
): { root: string; files: T[] }[] {
  const directoryOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));
  const roots = [...new Set(files.filter(isMain).map((file) => directoryOf(file.uri)))];
  const groups = new Map<string, T[]>();
  for (const file of files) {
    const directory = directoryOf(file.uri);
    const root =
      longest(roots.filter((candidate) => directory === candidate || directory.startsWith(`${candidate}/`))) ??
      longest(folders.map((folder) => folder.replace(/\/$/, '')).filter((folder) => directory === folder || directory.startsWith(`${folder}/`))) ??
      directory;
    const group = groups.get(root) ?? [];
    group.push(file);
    groups.set(root, group);
  }
  return [...groups].map(([root, grouped]) => ({ root, files: grouped }));
}

function longest(candidates: string[]): string | undefined {
  return candidates.sort((a, b) => b.length - a.length)[0];
}
