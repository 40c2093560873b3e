// Which declarations the sidebar shows: one per workspace folder — the one whose file the user
// last edited there, else the one at the folder's top, else the shallowest. A declaration outside
// every workspace folder stands alone. Pure, so it is unit-tested without VS Code.

/** The workspace folder that holds `root` (the longest match), else `root` itself. */
export function folderKeyOf(root: string, folders: readonly string[]): string {
  const holders = folders.filter((folder) => root === folder || root.startsWith(`${folder}/`));
  return holders.sort((a, b) => b.length - a.length)[0] ?? root;
}

/**
 * @param folders workspace folder URIs (no trailing slash), in the editor's order
 * @param chosen per folder key, the root the user last had an editor open in
 */
export function selectDeclarations<T>(declarations: readonly T[], rootOf: (declaration: T) => string, folders: readonly string[], chosen: ReadonlyMap<string, string>): T[] {
  const groups = new Map<string, T[]>();
  for (const declaration of declarations) {
    const key = folderKeyOf(rootOf(declaration), folders);
    groups.set(key, [...(groups.get(key) ?? []), declaration]);
  }
  const rank = (key: string) => (folders.includes(key) ? folders.indexOf(key) : folders.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) =>
      group.find((declaration) => rootOf(declaration) === chosen.get(key)) ??
      group.find((declaration) => rootOf(declaration) === key) ??
      [...group].sort((a, b) => rootOf(a).split('/').length - rootOf(b).split('/').length || (rootOf(a) < rootOf(b) ? -1 : 1))[0]);
}

/**
 * What the views say about the declaration they show, when its workspace folder holds several:
 * its name, its folder and "1 of N" (EN/FR). Undefined when every folder holds one declaration.
 */
export function shownDescription<T>(shown: readonly T[], all: readonly T[], rootOf: (declaration: T) => string, nameOf: (declaration: T) => string, folders: readonly string[], locale: 'en' | 'fr'): string | undefined {
  const parts: string[] = [];
  for (const declaration of shown) {
    const key = folderKeyOf(rootOf(declaration), folders);
    const together = all.filter((other) => folderKeyOf(rootOf(other), folders) === key);
    if (together.length < 2) continue;
    const relative = rootOf(declaration) === key ? '' : decodePath(rootOf(declaration).slice(key.length + 1));
    const place = relative && relative !== nameOf(declaration) ? ` (${relative})` : '';
    parts.push(locale === 'fr' ? `${nameOf(declaration)}${place} · 1 sur ${together.length}` : `${nameOf(declaration)}${place} · 1 of ${together.length}`);
  }
  return parts.length > 0 ? parts.join(' | ') : undefined;
}

function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
