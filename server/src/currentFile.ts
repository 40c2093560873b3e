// The parsed file a request is about, and its declaration's check. The check already parsed every
// file of the declaration, so requests reuse that parse rather than their own.
//
// Right after an edit, the check is pending and running it means parsing again: about 200 ms for a
// 10,000-line file, too slow for completion while typing. For large files, completion then reads
// the fresh text through the indentation fallback (no AST) and the declaration's previous check
// for the ids it defines; the check runs anyway when typing pauses.
import type { ServerContext } from './context';
import type { CheckResult } from './engine';
import { parseFile, type ParsedFile } from './engine/yamlFile';

/** Below this size a fresh check is cheap enough to wait for. */
const LARGE_FILE_CHARS = 50_000;

export interface CurrentFile {
  file: ParsedFile;
  checked?: CheckResult;
}

const lastChecks = new WeakMap<ServerContext, Map<string, CheckResult>>();

/** Remembers each declaration's latest check, by file, so a stale one can be read without re-checking. */
export function recentChecks(context: ServerContext): Map<string, CheckResult> {
  let byUri = lastChecks.get(context);
  if (!byUri) {
    const map = new Map<string, CheckResult>();
    context.onDidCheck((checked) => {
      for (const uri of checked.declaration.uris) map.set(uri, checked.result);
    });
    context.onDidForget((uri) => map.delete(uri));
    lastChecks.set(context, map);
    byUri = map;
  }
  return byUri;
}

export function currentFile(context: ServerContext, uri: string, options: { allowStale?: boolean } = {}): CurrentFile | undefined {
  const recent = recentChecks(context);
  const text = context.document(uri)?.getText() ?? context.workspace.textOf(uri);
  if (options.allowStale && text !== undefined && text.length > LARGE_FILE_CHARS) {
    const previous = recent.get(uri);
    const parsed = previous?.declaration.files.find((file) => file.uri === uri);
    if (previous && parsed) {
      if (parsed.text === text) return { file: parsed, checked: previous };
      return { file: textOnlyFile(uri, text), checked: previous };
    }
  }
  const checked = context.checked(uri);
  const parsed = checked?.result.declaration.files.find((file) => file.uri === uri);
  if (parsed && (text === undefined || parsed.text === text)) return { file: parsed, checked: checked!.result };
  if (text === undefined) return undefined;
  return { file: parseFile({ uri, text }), checked: checked?.result };
}

/** The text with its line starts but no AST: services fall back to reading indentation. */
function textOnlyFile(uri: string, text: string): ParsedFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return { uri, text, value: undefined, problems: [], lineStarts };
}
