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

/** Whether an evidence file exists inside the declaration's workspace (readText.ts: links resolved, never beyond it). */
export function fileExists(uri: string, workspaceRoot: string): boolean | 'outside' {
  return evidenceStatus(uri, workspaceRoot);
}

