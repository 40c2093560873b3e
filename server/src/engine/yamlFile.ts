// One `*.hds.yaml` file parsed into a YAML AST that keeps source offsets, so every finding can
// point at the exact key or value. Guards against input that would hang or exhaust the server.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { Position, Range, SourceDocument } from './types';

/** Larger files are refused: a declaration this big should be split, and parsing it would stall typing. */
export const MAX_FILE_CHARS = 4 * 1024 * 1024;
/** Values produced while expanding aliases; bounds "billion laughs" documents. */
export const MAX_EXPANDED_NODES = 200_000;
const MAX_DEPTH = 100;

export type Path = readonly (string | number)[];

export type FileProblem =
  | { kind: 'too-large'; size: number }
  | { kind: 'binary' }
  | { kind: 'alias-expansion' }
  | { kind: 'too-deep' }
  | { kind: 'not-a-mapping'; start: number; end: number }
  | { kind: 'syntax'; code: string; message: string; start: number; end: number };

export interface ParsedFile {
  readonly uri: string;
  readonly text: string;
  /** Absent when the file could not be read as YAML at all. */
  readonly document?: Document.Parsed;
  /** The file's content as plain data (objects, arrays, scalars); `undefined` when unusable. */
  readonly value: unknown;
  readonly problems: readonly FileProblem[];
  readonly lineStarts: readonly number[];
}

/** How every file, and every part of a file re-parsed alone (incrementalParse.ts), is parsed. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export function parseFile(source: SourceDocument): ParsedFile {
  const { uri, text } = source;
  const lineStarts = computeLineStarts(text);
  const unusable = (problem: FileProblem): ParsedFile => ({ uri, text, value: undefined, problems: [problem], lineStarts });

  if (text.length > MAX_FILE_CHARS) return unusable({ kind: 'too-large', size: text.length });
  if (looksBinary(text)) return unusable({ kind: 'binary' });

  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  const all = Array.isArray(documents) ? documents : [];
  const problems: FileProblem[] = [];
  for (const document of all) {
    for (const error of document.errors) {
      problems.push({ kind: 'syntax', code: error.code, message: error.message, start: error.pos[0], end: error.pos[1] });
    }
  }
  for (const extra of all.slice(1)) {
    const start = extra.range[0];
    problems.push({ kind: 'syntax', code: 'MULTIPLE_DOCS', message: 'Only one YAML document per file', start, end: Math.min(text.length, start + 3) });
  }
  const document = all[0];
  if (!document || document.contents === null) return { uri, text, document, value: undefined, problems, lineStarts };

  let value: unknown;
  try {
    value = toPlain(document.contents as Node, document, { left: MAX_EXPANDED_NODES }, 0);
  } catch (error) {
    if (error instanceof ExpansionLimit) return { uri, text, document: undefined, value: undefined, problems: [...problems, { kind: error.kind }], lineStarts };
    throw error;
  }
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    const range = (document.contents as Node).range ?? [0, 0];
    problems.push({ kind: 'not-a-mapping', start: range[0], end: range[1] });
    value = undefined;
  }
  return { uri, text, document, value, problems, lineStarts };
}

export class ExpansionLimit extends Error {
  constructor(readonly kind: 'alias-expansion' | 'too-deep') {
    super(kind);
  }
}

/** Converts the AST to plain data. Keys become own properties even when named `__proto__`. */
export function toPlain(node: unknown, document: Document, budget: { left: number }, depth: number): unknown {
  if (--budget.left < 0) throw new ExpansionLimit('alias-expansion');
  if (depth > MAX_DEPTH) throw new ExpansionLimit('too-deep');
  if (isAlias(node)) {
    const target = node.resolve(document);
    return target === undefined ? null : toPlain(target, document, budget, depth + 1);
  }
  if (isScalar(node)) return node.value;
  if (isMap(node)) {
    const result: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = keyText(pair);
      if (key === undefined) continue;
      Object.defineProperty(result, key, {
        value: toPlain(pair.value, document, budget, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item, document, budget, depth + 1));
  return null;
}

/** The text of a mapping key, or undefined for complex (non-scalar) keys. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return scalarText(key.value, key.source);
  return undefined;
}

/** A scalar as written: `8.10` stays "8.10" rather than the number 8.1. */
export function scalarText(value: unknown, source: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && source !== undefined) return source;
  return String(value);
}

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

// ---- Navigating the AST by path ----------------------------------------------------------

export interface NodeAtPath {
  /** The node holding the value (absent for `key:` with nothing after it). */
  node?: Node;
  /** The key scalar when the last path segment names a mapping entry. */
  key?: Node;
  pair?: Pair;
}

/** Finds the node at `path`, following aliases. */
export function nodeAt(file: ParsedFile, path: Path): NodeAtPath | undefined {
  const document = file.document;
  if (!document) return undefined;
  let current: NodeAtPath = { node: document.contents as Node | undefined };
  for (const segment of path) {
    let node: unknown = current.node;
    if (isAlias(node)) node = node.resolve(document);
    if (typeof segment === 'number' && isSeq(node)) {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) return undefined;
      current = { node: item };
    } else if (isMap(node)) {
      const pair = node.items.find((candidate) => keyText(candidate) === String(segment));
      if (!pair) return undefined;
      current = { node: (pair.value ?? undefined) as Node | undefined, key: pair.key as Node, pair };
    } else {
      return undefined;
    }
  }
  return current;
}

export type Part = 'key' | 'value' | 'entry';

/**
 * Offsets of what sits at `path`: its key, its value, or the whole entry. Falls back to the
 * nearest ancestor that exists, so a finding always lands somewhere sensible.
 */
export function offsetsAt(file: ParsedFile, path: Path, part: Part = 'value'): [number, number] {
  for (let length = path.length; length >= 0; length--) {
    const found = nodeAt(file, path.slice(0, length));
    if (!found) continue;
    const keyRange = found.key?.range;
    const valueRange = found.node?.range;
    const usePart = length < path.length ? 'key' : part;
    if (usePart === 'key' && keyRange) return [keyRange[0], keyRange[1]];
    if (usePart === 'entry' && keyRange && valueRange) return [keyRange[0], valueRange[1]];
    if (valueRange) return [valueRange[0], valueRange[1]];
    if (keyRange) return [keyRange[0], keyRange[1]];
  }
  return [0, Math.min(file.text.length, firstLineEnd(file.text))];
}

export function rangeAt(file: ParsedFile, path: Path, part: Part = 'value'): Range {
  const [start, end] = offsetsAt(file, path, part);
  return offsetRange(file, start, end);
}

// ---- Offsets and positions ---------------------------------------------------------------

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function firstLineEnd(text: string): number {
  const end = text.search(/\r?\n|\r/);
  return end < 0 ? text.length : end;
}

export function positionAt(file: Pick<ParsedFile, 'lineStarts' | 'text'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let low = 0;
  let high = file.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (file.lineStarts[middle] <= clamped) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: clamped - file.lineStarts[low] };
}

export function offsetAt(file: Pick<ParsedFile, 'lineStarts' | 'text'>, position: Position): number {
  if (position.line >= file.lineStarts.length) return file.text.length;
  const lineStart = file.lineStarts[Math.max(0, position.line)];
  const nextLine = file.lineStarts[position.line + 1] ?? file.text.length;
  return Math.min(lineStart + Math.max(0, position.character), nextLine);
}

export function offsetRange(file: ParsedFile, start: number, end: number): Range {
  // A finding on a multi-line block is shown on its first line only, where the reader looks.
  const startPosition = positionAt(file, start);
  let endPosition = positionAt(file, Math.max(start, end));
  if (endPosition.line > startPosition.line) {
    const lineEnd = (file.lineStarts[startPosition.line + 1] ?? file.text.length) - file.lineStarts[startPosition.line];
    const lineText = file.text.slice(file.lineStarts[startPosition.line], file.lineStarts[startPosition.line] + lineEnd);
    endPosition = { line: startPosition.line, character: lineText.replace(/\s+$/, '').length };
  }
  return { start: startPosition, end: endPosition };
}
