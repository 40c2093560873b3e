// One `*.hds.yaml` file parsed into a YAML AST that keeps source offsets, so every finding can
// point at the exact key or value. Guards against input that would hang or exhaust the server.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, YAMLParseError, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position, Range, SourceDocument, UnreadFile } from './types';

/** Larger files are refused: a declaration this big should be split, and parsing it would stall typing. */
export const MAX_FILE_CHARS = 4 * 1024 * 1024;
/**
 * Values reached through aliases (each alias counts its target's values once more); bounds "billion
 * laughs" documents. The values written out in the file are bounded by MAX_FILE_CHARS.
 */
export const MAX_EXPANDED_NODES = 200_000;
const MAX_DEPTH = 100;

export type Path = readonly (string | number)[];

export type FileProblem =
  | { kind: 'too-large'; size: number }
  | { kind: 'not-a-file'; what: Extract<UnreadFile, { reason: 'not-a-file' }>['kind'] }
  | { kind: 'binary' }
  | { kind: 'invalid-utf8'; start: number; end: number }
  | { kind: 'merge-key'; start: number; end: number }
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

/**
 * How every file, and every part of a file re-parsed alone (incrementalParse.ts), is parsed, then
 * given to reportDuplicateKeys: the parser's own check of unique keys compares each key with every
 * earlier one of its mapping, which made a mapping of 40,000 keys take 13 s to parse instead of 0.5.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/**
 * Adds to `document.errors` a DUPLICATE_KEY error for each key equal to an earlier one of its
 * mapping, as the parser's `uniqueKeys` does (scalar keys with the same value), in one pass.
 */
export function reportDuplicateKeys(document: Document.Parsed): void {
  const duplicates: YAMLParseError[] = [];
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) {
      pending.push(node.value, node.key);
    } else if (isCollection(node)) {
      if (isMap(node)) {
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          const key = pair.key;
          if (!isScalar(key) || Number.isNaN(key.value)) continue;
          if (seen.has(key.value) && key.range) duplicates.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          seen.add(key.value);
        }
      }
      for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
    }
  }
  if (duplicates.length > 0) document.errors = [...document.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
}

export function parseFile(source: SourceDocument): ParsedFile {
  const { uri, text } = source;
  const lineStarts = computeLineStarts(text);
  const unusable = (problem: FileProblem): ParsedFile => ({ uri, text, value: undefined, problems: [problem], lineStarts });

  // Files the caller did not read: too large, or not a regular file (a symbolic link, a device…).
  if (source.unread?.reason === 'too-large') return unusable({ kind: 'too-large', size: source.unread.size });
  if (source.unread) return unusable({ kind: 'not-a-file', what: source.unread.kind });
  if (text.length > MAX_FILE_CHARS) return unusable({ kind: 'too-large', size: text.length });
  if (source.invalidUtf8At !== undefined) {
    const start = Math.max(0, Math.min(source.invalidUtf8At, text.length));
    return unusable({ kind: 'invalid-utf8', start, end: Math.min(text.length, start + 1) });
  }
  if (looksBinary(text)) return unusable({ kind: 'binary' });
  // The parser recurses into flow collections: thousands of `[` would exhaust its stack.
  if (flowDepth(text) > MAX_DEPTH) return unusable({ kind: 'too-deep' });

  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  const all = Array.isArray(documents) ? documents : [];
  for (const document of all) reportDuplicateKeys(document);
  const problems: FileProblem[] = [];
  // The parser reports its own stack overflow as a syntax error: nesting it could not follow.
  if (all.some((document) => document.errors.some((error) => /call stack/i.test(error.message)))) return unusable({ kind: 'too-deep' });
  for (const document of all) {
    for (const error of document.errors) {
      const [start, end] = error.code === 'DUPLICATE_KEY' ? keySpan(text, error.pos[0]) : error.pos;
      problems.push({ kind: 'syntax', code: error.code, message: error.message, start, end });
    }
    // A tag the YAML 1.2 core schema does not know (`!custom`, `!!js/function`) is only a warning
    // for the parser, which then ignores it; another tool might not.
    for (const warning of document.warnings) {
      if (warning.code === 'TAG_RESOLVE_FAILED') problems.push({ kind: 'syntax', code: warning.code, message: warning.message, start: warning.pos[0], end: warning.pos[1] });
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
    value = toPlain(document.contents as Node, document, { left: MAX_EXPANDED_NODES, mergeKeys: problems }, 0);
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

export interface Walk {
  /** Values still allowed through aliases: bounds "billion laughs" documents. */
  left: number;
  /** Where merge keys are reported. */
  mergeKeys: FileProblem[];
}

/**
 * Converts the AST to plain data. Keys become own properties even when named `__proto__`, so no
 * input reaches Object.prototype. `<<` stays an ordinary key, as YAML 1.2 reads it, and is reported:
 * a YAML 1.1 tool would merge it.
 */
export function toPlain(node: unknown, document: Document, walk: Walk, depth: number, throughAlias = false): unknown {
  if (throughAlias && --walk.left < 0) throw new ExpansionLimit('alias-expansion');
  if (depth > MAX_DEPTH) throw new ExpansionLimit('too-deep');
  if (isAlias(node)) {
    const target = aliasTarget(document, node);
    return target === undefined ? null : toPlain(target, document, walk, depth + 1, true);
  }
  if (isScalar(node)) return node.value;
  if (isMap(node)) {
    const result: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = keyText(pair);
      if (key === undefined) continue;
      if (key === '<<' && isScalar(pair.key) && pair.key.type === 'PLAIN' && pair.key.range && depth < 1_000) {
        const [start, end] = pair.key.range;
        if (!walk.mergeKeys.some((problem) => problem.kind === 'merge-key' && problem.start === start)) walk.mergeKeys.push({ kind: 'merge-key', start, end });
      }
      Object.defineProperty(result, key, {
        value: toPlain(pair.value, document, walk, depth + 1, throughAlias),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item, document, walk, depth + 1, throughAlias));
  return null;
}

/** The node each alias of a document stands for, found in one walk of the document. */
const aliasTargets = new WeakMap<Document, Map<Alias, Node | undefined>>();

/**
 * The node `alias` stands for: the last node before it anchored with its name, as YAML says. Yaml's
 * own `Alias.resolve` walks the whole document for every alias, which made a list of aliases cost
 * its length squared; here the first alias looked up matches all of the document's at once.
 */
export function aliasTarget(document: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(document);
  if (!targets) aliasTargets.set(document, (targets = matchAliases(document.contents)));
  return targets.get(alias);
}

/** Every alias under `root` with its anchored node, in one walk in document order (keys before values). */
function matchAliases(root: unknown): Map<Alias, Node | undefined> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
    } else if (isPair(node)) {
      pending.push(node.value, node.key);
    } else if (isNode(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isCollection(node)) for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
    }
  }
  return targets;
}

/** The deepest nesting of flow brackets, outside quotes and comments (a quick upper bound). */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote && (quote === "'" || text[i - 1] !== '\\')) quote = '';
      else if (char === '\n' && depth === 0) quote = '';
    } else if (char === '"' || char === "'") {
      if (depth > 0 || /[\s:[{,-]/.test(text[i - 1] ?? ' ')) quote = char;
    } else if (char === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '[' || char === '{') {
      if (++depth > deepest) deepest = depth;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
  }
  return deepest;
}

/** The span of the key written at `start` (the parser marks only its first character). */
function keySpan(text: string, start: number): [number, number] {
  const rest = text.slice(start, start + 1024);
  const match = /^("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^\r\n]*?(?=\s*:(\s|$)))/.exec(rest);
  const length = match && match[0].length > 0 ? match[0].length : 1;
  return [start, start + length];
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
    if (isAlias(node)) node = aliasTarget(document, node);
    if (typeof segment === 'number' && isSeq(node)) {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) return undefined;
      current = { node: item };
    } else if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
      if (!pair) return undefined;
      current = { node: (pair.value ?? undefined) as Node | undefined, key: pair.key as Node, pair };
    } else {
      return undefined;
    }
  }
  return current;
}

// Each mapping's keys, indexed once: a finding per key of a 16,000-key mapping would otherwise search
// it 16,000 times. The index says where the first pair with each key is; a mapping whose items were
// replaced, added or removed since is indexed again.
const pairIndexes = new WeakMap<YAMLMap, { items: unknown[]; length: number; positions: Map<string, number> }>();

function pairNamed(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index || index.items !== map.items || index.length !== map.items.length) {
    const positions = new Map<string, number>();
    map.items.forEach((pair, position) => {
      const text = keyText(pair as Pair);
      if (text !== undefined && !positions.has(text)) positions.set(text, position);
    });
    index = { items: map.items, length: map.items.length, positions };
    pairIndexes.set(map, index);
  }
  const position = index.positions.get(key);
  const pair = position === undefined ? undefined : (map.items[position] as Pair);
  // A key changed in place: search as before.
  if (pair && keyText(pair) !== key) return map.items.find((candidate) => keyText(candidate as Pair) === key) as Pair | undefined;
  return pair;
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

/**
 * The position of `offset`. Every range is made from positions made here, so this is where they
 * are kept inside the document: an offset past the end lands at the end, and one that falls inside
 * a line break (between the \r and the \n of CRLF, where the parser puts the end of an unclosed
 * quote or block) lands at the end of its line's content, never past it.
 */
export function positionAt(file: Pick<ParsedFile, 'lineStarts' | 'text'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, file.text.length));
  let low = 0;
  let high = file.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (file.lineStarts[middle] <= clamped) low = middle;
    else high = middle - 1;
  }
  const lineStart = file.lineStarts[low];
  return { line: low, character: Math.min(clamped, lineContentEnd(file, low)) - lineStart };
}

/** The offset where the content of `line` ends, before its line break. */
function lineContentEnd(file: Pick<ParsedFile, 'lineStarts' | 'text'>, line: number): number {
  let end = file.lineStarts[line + 1] ?? file.text.length;
  if (end > file.lineStarts[line] && file.text.charCodeAt(end - 1) === 10) end--;
  if (end > file.lineStarts[line] && file.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The offset of `position`; as LSP says, a character past the end of its line means the line's end. */
export function offsetAt(file: Pick<ParsedFile, 'lineStarts' | 'text'>, position: Position): number {
  if (position.line >= file.lineStarts.length) return file.text.length;
  const line = Math.max(0, position.line);
  return Math.min(file.lineStarts[line] + Math.max(0, position.character), lineContentEnd(file, line));
}

export function offsetRange(file: ParsedFile, start: number, end: number): Range {
  const startPosition = positionAt(file, start);
  let endPosition = positionAt(file, Math.max(start, end));
  // A finding on a multi-line block is shown on its first line only, where the reader looks: up to
  // the end of that line's content, trailing spaces left out (but never before the start).
  if (endPosition.line > startPosition.line) {
    const lineStart = file.lineStarts[startPosition.line];
    const content = file.text.slice(lineStart, lineContentEnd(file, startPosition.line)).replace(/\s+$/, '');
    endPosition = { line: startPosition.line, character: Math.max(startPosition.character, content.length) };
  }
  return { start: startPosition, end: endPosition };
}
