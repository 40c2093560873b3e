// What a command talks to (injected, so tests run commands in process) and what it produces.
import type { Locale } from '../engine';
import { mark } from '../engine/text';
import { evidenceStatus } from '../readText';

export interface Console {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** "Today" when --as-of is not given. */
  today?: string;
}

/** What a command produces: text (or bytes) for the output, and the exit code. */
export interface Outcome {
  output?: string | Uint8Array;
  /** Messages for the standard error stream (what was fixed, what was written). */
  notes?: string[];
  exitCode: number;
  /** Where the output goes when --output is not given (a workbook is not for a terminal). */
  defaultFile?: string;
  /** The declaration files read (absolute paths): the output never replaces one. */
  inputs?: string[];
}

/** `hds-check: ` before a message, with the space French puts before a colon. */
export function prefixed(message: string, locale: Locale): string {
  return `hds-check${mark(':', locale)} ${message}`;
}

// Control characters (ESC sequences recolour, move the cursor, retitle the terminal; a line break
// forges a line such as `::error file=…` for a CI runner or a fake summary), Unicode line separators
// and bidirectional overrides (which reorder what is shown).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The one place where text from a declaration (messages, file names, names, values) meets a
 * terminal: every unprintable character is written visibly as an escape (`\n`, `\x1b`, `\u202e`),
 * so the text stays on its own line and cannot drive the terminal or the CI runner reading it.
 */
export function terminalText(text: string): string {
  return String(text).replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return NAMED[character] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** Whether an evidence file exists inside the declaration's workspace (readText.ts: links resolved, never beyond it). */
export function fileExists(uri: string, workspaceRoot: string): boolean | 'outside' {
  return evidenceStatus(uri, workspaceRoot);
}

