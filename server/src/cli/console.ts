// What a command talks to (injected, so tests run commands in process) and what it produces.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../engine';
import { mark } from '../engine/text';

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
}

/** `hds-check: ` before a message, with the space French puts before a colon. */
export function prefixed(message: string, locale: Locale): string {
  return `hds-check${mark(':', locale)} ${message}`;
}

export function fileExists(uri: string): boolean {
  try {
    return fs.statSync(fileURLToPath(uri)).isFile();
  } catch {
    return false;
  }
}

