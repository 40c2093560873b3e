// Reads a declaration file from disk as an editor would show it: UTF-8, without its byte order
// mark (VS Code drops it too, so positions agree), and says where the bytes stop being UTF-8.
import * as fs from 'node:fs';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export interface FileText {
  text: string;
  /** Offset in `text` of the first character that could not be decoded, when the file is not UTF-8. */
  invalidUtf8At?: number;
}

export function decodeDeclaration(bytes: Uint8Array): FileText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf('\ufffd');
    return { text, invalidUtf8At: at < 0 ? 0 : at };
  }
}

export function readDeclarationFile(path: string): FileText {
  return decodeDeclaration(fs.readFileSync(path));
}
