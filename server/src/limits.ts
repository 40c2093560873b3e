// How much of a workspace the server and hds-check read, and how a declaration file's bytes become
// its text: shared by the readers of the disk (readText.ts) and of the editor's file system
// (webFiles.ts), so a file reads the same in a browser as on disk.
import { MAX_FILE_CHARS } from './engine/yamlFile';
import type { UnreadFile } from './engine/types';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * The most bytes read of a declaration file: a UTF-16 character takes at most 3 bytes of UTF-8, so
 * every file within the engine's limit in characters (MAX_FILE_CHARS) is read, and nothing much larger.
 */
export const MAX_DECLARATION_BYTES = 3 * MAX_FILE_CHARS;
/** The most files of a folder scan (the editor's workspace, a folder named on the command line). */
export const MAX_DECLARATION_FILES = 5000;

export interface FileText {
  text: string;
  /** Offset in `text` of the first character that could not be decoded, when the file is not UTF-8. */
  invalidUtf8At?: number;
  /** Whether the file began with a byte order mark (dropped from `text`). */
  bom?: true;
  /** Why the file was not read (`text` is then empty): not a regular file, or too large. */
  unread?: UnreadFile;
}

export function decodeDeclaration(bytes: Uint8Array): FileText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? { bom: true as const } : {};
  try {
    return { text: strict.decode(bytes), ...bom };
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf('\ufffd');
    return { text, invalidUtf8At: at < 0 ? 0 : at, ...bom };
  }
}

