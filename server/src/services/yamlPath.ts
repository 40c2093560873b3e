// Where the cursor is in a declaration, as a path into the data (`['risks', 3, 'controls', 1]`),
// even in the half-typed documents where completion happens. The parsed AST answers when the text
// up to the cursor parses cleanly; otherwise the indentation of the preceding lines and a small
// scanner of flow collections (`{ … }`, `[ … ]`) on the cursor's line rebuild the path.
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { keyText, scalarText, type ParsedFile, type Path } from '../engine/yamlFile';

export interface CursorContext {
  /**
   * `key`: the cursor is on a key (maybe half-typed, maybe empty) of the mapping at `path` minus
   * its last segment, which is the key's text. `value`: it is on the scalar at `path` (the value of
   * a key, or an item of a sequence when the last segment is a number).
   */
  kind: 'key' | 'value';
  path: Path;
  /** The token under the cursor, without its quotes: offsets in the file and text. */
  start: number;
  end: number;
  text: string;
  /** The token's text before the cursor. */
  prefix: string;
  /** The quote the user opened, if any. */
  quote?: '"' | "'";
  /** The token sits inside a flow collection (`{ … }` or `[ … ]`). */
  flow: boolean;
  /**
   * Set when the cursor is where a new sequence item starts (nothing typed yet, or only a prefix):
   * `dash` tells whether the line already has its `- `. `path` then ends with the item's index.
   */
  itemStart?: { dash: boolean; dashOffset?: number };
  /** Keys already present in the mapping the cursor is in (for `key`), as far as can be seen. */
  siblingKeys: string[];
  /** How the path was found: the AST or the indentation fallback (for tests). */
  source: 'ast' | 'text';
}

/** The cursor's context, or undefined inside a comment or a block scalar's text. */
export function cursorContext(file: ParsedFile, offset: number): CursorContext | undefined {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  const fromAst = astContext(file, clamped);
  return fromAst === null ? undefined : fromAst ?? textContext(file.text, clamped, file.lineStarts);
}

// ---- From the AST ------------------------------------------------------------------------

/**
 * Trusted only when nothing before the cursor failed to parse, and only on a scalar. Null means
 * "nothing to offer here" (block scalar prose); undefined means "ask the indentation".
 */
function astContext(file: ParsedFile, offset: number): CursorContext | null | undefined {
  const document = file.document;
  if (!document || !document.contents) return undefined;
  if (document.errors.some((error) => error.pos[0] <= offset + 1)) return undefined;
  return descend(file, document.contents as Node, [], offset, false);
}

function descend(file: ParsedFile, node: Node, path: (string | number)[], offset: number, flow: boolean): CursorContext | null | undefined {
  if (isMap(node)) {
    const inFlow = flow || node.flow === true;
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = pair.key;
      if (!isScalar(key) || !key.range) continue;
      const name = keyText(pair) ?? '';
      if (contains(key, offset)) {
        const siblings = node.items.map((item) => keyText(item)).filter((text): text is string => text !== undefined && text !== name);
        return scalarContext(file, key, 'key', [...path, name], offset, inFlow, siblings);
      }
      const value = pair.value;
      if (!value?.range) continue;
      if (isScalar(value)) {
        if (contains(value, offset) && value.range[1] > value.range[0]) return scalarContext(file, value, 'value', [...path, name], offset, inFlow, []);
      } else if (value.range[0] <= offset && offset <= value.range[1]) {
        return descend(file, value, [...path, name], offset, inFlow);
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const inFlow = flow || node.flow === true;
    const items = node.items as Node[];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (!item?.range) continue;
      if (isScalar(item)) {
        if (contains(item, offset) && item.range[1] > item.range[0]) return scalarContext(file, item, 'value', [...path, index], offset, inFlow, []);
      } else if (item.range[0] <= offset && offset <= item.range[1]) {
        return descend(file, item, [...path, index], offset, inFlow);
      }
    }
  }
  return undefined;
}

function contains(node: Node, offset: number): boolean {
  return !!node.range && node.range[0] <= offset && offset <= node.range[1];
}

function scalarContext(file: ParsedFile, scalar: Scalar, kind: 'key' | 'value', path: Path, offset: number, flow: boolean, siblingKeys: string[]): CursorContext | null {
  const [rangeStart, rangeEnd] = scalar.range!;
  // Block scalars (`|`, `>`) hold prose: nothing to complete there.
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') return null;
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : undefined;
  let start = rangeStart;
  let end = rangeEnd;
  if (quote) {
    if (offset === rangeStart) return null;
    start += 1;
    if (end > start && file.text[end - 1] === quote) end -= 1;
  }
  const clampedOffset = Math.min(Math.max(offset, start), end);
  const raw = file.text.slice(start, end);
  const text = quote ? raw : scalarText(scalar.value, scalar.source) === raw.trim() ? raw.trim() : raw.trimEnd();
  const lineStart = file.text.lastIndexOf('\n', rangeStart - 1) + 1;
  const beforeOnLine = file.text.slice(lineStart, rangeStart);
  const dash = /^(\s*)-\s+$/.exec(beforeOnLine);
  const itemStart = kind === 'value' && typeof path[path.length - 1] === 'number' && dash ? { dash: true, dashOffset: lineStart + dash[1].length } : undefined;
  return {
    kind,
    path,
    itemStart,
    start,
    end: start + text.length,
    text,
    prefix: file.text.slice(start, clampedOffset),
    quote,
    flow,
    siblingKeys,
    source: 'ast',
  };
}

// ---- From the text -----------------------------------------------------------------------

interface LineToken {
  kind: 'dash' | 'key';
  column: number;
  key?: string;
  /** For keys: where the value begins on the line (after `: `), or -1 when nothing follows. */
  valueColumn?: number;
  /** For keys: column just after the colon. */
  colonEnd?: number;
}

const PLAIN_KEY = /^([^\s#"'{}[\],&*!|>%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;
const DOUBLE_KEY = /^"((?:[^"\\]|\\.)*)"[ \t]*:(?=[ \t]|$)/;
const SINGLE_KEY = /^'((?:[^']|'')*)'[ \t]*:(?=[ \t]|$)/;

/** The dashes and the key that open a block line, e.g. `  - id: R-01` → dash@2, key id@4. */
function lineTokens(line: string): LineToken[] {
  const tokens: LineToken[] = [];
  let i = indentOf(line);
  for (;;) {
    if (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      tokens.push({ kind: 'dash', column: i });
      i++;
      while (line[i] === ' ' || line[i] === '\t') i++;
      continue;
    }
    break;
  }
  const rest = line.slice(i);
  const match = DOUBLE_KEY.exec(rest) ?? SINGLE_KEY.exec(rest) ?? PLAIN_KEY.exec(rest);
  if (match) {
    const key = rest.startsWith('"') ? unescapeDouble(match[1]) : rest.startsWith("'") ? match[1].replace(/''/g, "'") : match[1];
    const colonEnd = i + match[0].length;
    let valueColumn = colonEnd;
    while (line[valueColumn] === ' ' || line[valueColumn] === '\t') valueColumn++;
    const hasValue = valueColumn < line.length && line[valueColumn] !== '#';
    tokens.push({ kind: 'key', column: i, key, colonEnd, valueColumn: hasValue ? valueColumn : -1 });
  }
  return tokens;
}

function unescapeDouble(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

function isBlankOrComment(line: string, indent: number): boolean {
  return indent >= line.length || line[indent] === '#' || line.trim() === '';
}

function lineAt(text: string, lineStarts: readonly number[], index: number): string {
  const start = lineStarts[index];
  let end = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(start, end);
}

/** One level of nesting met while walking up: a sequence item (dash) or a mapping. */
interface Level {
  column: number;
  dash: boolean;
  /** Items of the same sequence seen above (the item's index, once the walk ends). */
  siblingItems: number;
  siblingKeys: string[];
}

/**
 * The indentation fallback. Walks up from the cursor's line: a token at a smaller column encloses
 * the current level (a key names it, a dash makes it a sequence item); tokens at the same column
 * are siblings (counted to find item indices, collected to know the keys already written).
 */
export function textContext(text: string, offset: number, lineStarts: readonly number[]): CursorContext | undefined {
  const lineIndex = lineOf(lineStarts, offset);
  const lineStart = lineStarts[lineIndex];
  const line = lineAt(text, lineStarts, lineIndex);
  const cursor = Math.min(offset - lineStart, line.length);
  if (inComment(line, cursor)) return undefined;

  const tokens = lineTokens(line);
  const before = tokens.filter((token) => token.column < cursor && (token.kind === 'dash' || (token.colonEnd !== undefined && token.colonEnd <= cursor)));
  const valueKey = before.length > 0 && before[before.length - 1].kind === 'key' ? before[before.length - 1] : undefined;
  const dashes = before.filter((token) => token.kind === 'dash');
  const lastDash = dashes[dashes.length - 1];

  // The column where the entry under the cursor starts.
  const entryColumn = valueKey ? valueKey.column : lastDash ? indentAfterDash(line, lastDash.column) : Math.min(indentOf(line), cursor);
  const start: Level = { column: entryColumn, dash: false, siblingItems: 0, siblingKeys: [] };
  const segments: (string | number)[] = [];
  let level = start;
  // Enclosing tokens on the cursor's own line, innermost first.
  const ownEnclosing = [...(valueKey ? before.slice(0, -1) : before)].reverse();
  for (const token of ownEnclosing) level = enclose(level, token, segments);
  if (valueKey) {
    // The key itself is a sibling of the keys above it in its mapping.
    start.siblingKeys.push(valueKey.key!);
  }

  for (let index = lineIndex - 1; index >= 0; index--) {
    if (level.column === 0 && level !== start && !level.dash) break;
    const above = lineAt(text, lineStarts, index);
    const indent = indentOf(above);
    if (indent > level.column || isBlankOrComment(above, indent)) continue;
    const aboveTokens = lineTokens(above);
    if (aboveTokens.length === 0) continue;
    for (const token of [...aboveTokens].reverse()) {
      if (token.column > level.column) continue;
      if (token.column === level.column) {
        if (token.kind === 'dash') {
          if (level.dash || level === start) level.siblingItems++;
        } else if (level.dash && token.valueColumn === -1) {
          // `risks:` directly above `- id: …` at the same column: the key owns the sequence.
          level = enclose(level, token, segments);
        } else if (!level.dash) {
          level.siblingKeys.push(token.key!);
        }
        continue;
      }
      level = enclose(level, token, segments);
    }
  }
  if (level.dash) segments.push(level.siblingItems);
  segments.reverse();

  // Keys written below the cursor in the same mapping count as siblings too (in document order).
  start.siblingKeys.reverse();
  collectSiblingsBelow(text, lineStarts, lineIndex, start);

  const inSequence = start.siblingItems > 0 && start.siblingKeys.length === 0;

  if (valueKey) {
    const valueStart = valueKey.valueColumn === -1 ? valueKey.colonEnd! : valueKey.valueColumn!;
    const valueText = line.slice(valueStart);
    const flowContext = /^[[{]/.test(valueText) && cursor > valueStart ? flowScan(line, valueStart, cursor) : undefined;
    const basePath = [...segments, valueKey.key!];
    if (flowContext === null) return undefined;
    if (flowContext) return { ...flowContext, path: [...basePath, ...flowContext.path], start: lineStart + flowContext.start, end: lineStart + flowContext.end, source: 'text' };
    const token = scalarToken(line, valueStart, cursor);
    return { kind: 'value', path: basePath, ...shift(token, lineStart), flow: false, siblingKeys: [], source: 'text' };
  }

  // No key before the cursor: a key being typed, or a new item, or a sequence item's value.
  const contentStart = lastDash ? indentAfterDash(line, lastDash.column) : indentOf(line);
  // In the indentation before a line's content: nothing is being typed there.
  if (cursor < contentStart && line.trim() !== '') return undefined;
  const typed = line.slice(Math.min(contentStart, cursor));
  if (/^[[{]/.test(typed) && cursor > contentStart) {
    const flowContext = flowScan(line, contentStart, cursor);
    if (!flowContext) return undefined;
    return { ...flowContext, path: [...segments, ...flowContext.path], start: lineStart + flowContext.start, end: lineStart + flowContext.end, source: 'text' };
  }
  const keyHere = tokens.find((token) => token.kind === 'key' && token.column === contentStart);
  if (keyHere || (!lastDash && !inSequence)) {
    const keyToken = keyTokenAt(line, contentStart, cursor);
    const siblingKeys = lastDash ? [] : unique(start.siblingKeys);
    const itemPath = lastDash || !inSequence ? segments : [...segments, start.siblingItems];
    return { kind: 'key', path: [...itemPath, keyToken.text], ...shift(keyToken, lineStart), flow: false, siblingKeys, source: 'text' };
  }
  const token = scalarToken(line, contentStart, cursor);
  if (lastDash) {
    // `- ` then maybe a prefix: the item's value, or the first key of a mapping item.
    return { kind: 'value', path: segments, ...shift(token, lineStart), flow: false, itemStart: { dash: true, dashOffset: lineStart + lastDash.column }, siblingKeys: [], source: 'text' };
  }
  return { kind: 'value', path: [...segments, start.siblingItems], ...shift(token, lineStart), flow: false, itemStart: { dash: false }, siblingKeys: [], source: 'text' };
}

/** Pushes the segment a token contributes and returns the level it opens. */
function enclose(level: Level, token: LineToken, segments: (string | number)[]): Level {
  if (level.dash) segments.push(level.siblingItems);
  if (token.kind === 'key') {
    segments.push(token.key!);
    return { column: token.column, dash: false, siblingItems: 0, siblingKeys: [] };
  }
  return { column: token.column, dash: true, siblingItems: 0, siblingKeys: [] };
}

function collectSiblingsBelow(text: string, lineStarts: readonly number[], lineIndex: number, level: Level): void {
  for (let index = lineIndex + 1; index < lineStarts.length; index++) {
    const below = lineAt(text, lineStarts, index);
    const indent = indentOf(below);
    if (isBlankOrComment(below, indent) || indent > level.column) continue;
    if (indent < level.column) return;
    const first = lineTokens(below)[0];
    if (!first) continue;
    if (first.kind === 'dash') {
      if (level.siblingKeys.length === 0) level.siblingItems = Math.max(level.siblingItems, 1);
      return;
    }
    level.siblingKeys.push(first.key!);
  }
}

function indentAfterDash(line: string, dashColumn: number): number {
  let i = dashColumn + 1;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A `#` that starts a comment (after whitespace, outside quotes) lies before the cursor. */
function inComment(line: string, cursor: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < cursor; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i++;
    } else if (char === '"' || char === "'") {
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1])) quote = char;
    } else if (char === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return true;
    }
  }
  return false;
}

interface Token { start: number; end: number; text: string; prefix: string; quote?: '"' | "'" }

function shift(token: Token, by: number): Token {
  return { ...token, start: token.start + by, end: token.end + by };
}

/** A block scalar value from `valueStart` to the end of the line (minus a trailing comment). */
function scalarToken(line: string, valueStart: number, cursor: number): Token {
  let start = Math.min(valueStart, cursor, line.length);
  while (start < cursor && (line[start] === ' ' || line[start] === '\t')) start++;
  const opening = line[start];
  if ((opening === '"' || opening === "'") && cursor > start) {
    const close = line.indexOf(opening, start + 1);
    const end = close < 0 ? line.length : close;
    return { start: start + 1, end, text: line.slice(start + 1, end), prefix: line.slice(start + 1, Math.max(start + 1, cursor)), quote: opening };
  }
  let end = line.length;
  const comment = line.slice(start).search(/\s#/);
  if (comment >= 0) end = start + comment;
  while (end > start && /\s/.test(line[end - 1])) end--;
  end = Math.max(end, Math.min(cursor, line.length));
  return { start, end, text: line.slice(start, end), prefix: line.slice(start, Math.max(start, cursor)) };
}

/** A key being typed: from its start to the colon or the end of its word. */
function keyTokenAt(line: string, keyStart: number, cursor: number): Token {
  const start = Math.min(keyStart, cursor);
  let end = start;
  while (end < line.length && !/[\s:#]/.test(line[end])) end++;
  end = Math.max(end, cursor);
  return { start, end, text: line.slice(start, end), prefix: line.slice(start, cursor) };
}

interface FlowFrame {
  type: 'map' | 'seq';
  /** Map: the key whose value is being written, once its colon is passed. */
  key?: string;
  /** Seq: the index of the item being written. */
  index: number;
  keys: string[];
}

type FlowContext = Omit<CursorContext, 'source'>;

/**
 * Reads the flow collections that open on this line up to the cursor. Returns undefined when the
 * cursor is outside them, null inside a comment.
 */
function flowScan(line: string, from: number, cursor: number): FlowContext | undefined | null {
  const stack: FlowFrame[] = [];
  let tokenStart = from;
  let quote: '"' | "'" | undefined;
  let quoteStart = -1;
  for (let i = from; i < cursor; i++) {
    const char = line[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      quoteStart = i;
    } else if (char === '{' || char === '[') {
      stack.push({ type: char === '{' ? 'map' : 'seq', index: 0, keys: [] });
      tokenStart = i + 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      if (stack.length === 0) return undefined;
      tokenStart = i + 1;
    } else if (char === ',') {
      const frame = stack[stack.length - 1];
      if (!frame) return undefined;
      if (frame.type === 'seq') frame.index++;
      else frame.key = undefined;
      tokenStart = i + 1;
    } else if (char === ':' && (i + 1 >= line.length || /[\s,\]}]/.test(line[i + 1]) || /["']/.test(line[i - 1]))) {
      const frame = stack[stack.length - 1];
      if (frame?.type === 'map' && frame.key === undefined) {
        frame.key = stripQuotes(line.slice(tokenStart, i).trim());
        frame.keys.push(frame.key);
        tokenStart = i + 1;
      }
    } else if (char === '#' && /\s/.test(line[i - 1] ?? ' ')) {
      return null;
    }
  }
  if (stack.length === 0) return undefined;
  const path: (string | number)[] = [];
  for (const frame of stack.slice(0, -1)) path.push(frame.type === 'map' ? frame.key ?? '' : frame.index);
  const inner = stack[stack.length - 1];
  // The token under the cursor: from its start (after spaces and an opening quote) to the next separator.
  let start = quote ? quoteStart + 1 : tokenStart;
  if (!quote) while (start < cursor && (line[start] === ' ' || line[start] === '\t')) start++;
  let end = cursor;
  if (quote) {
    const close = line.indexOf(quote, cursor);
    end = close < 0 ? line.length : close;
  } else {
    while (end < line.length && !/[,\]}:#]/.test(line[end])) end++;
    while (end > cursor && /\s/.test(line[end - 1])) end--;
  }
  const token = { start, end, text: line.slice(start, end), prefix: line.slice(start, cursor), quote };
  if (inner.type === 'seq') return { kind: 'value', path: [...path, inner.index], ...token, flow: true, siblingKeys: [] };
  if (inner.key !== undefined) return { kind: 'value', path: [...path, inner.key], ...token, flow: true, siblingKeys: [] };
  const after = flowKeysAfter(line, cursor);
  return { kind: 'key', path: [...path, token.text], ...token, flow: true, siblingKeys: unique([...inner.keys, ...after]) };
}

/** Keys written after the cursor in the same flow mapping (`{ |, applicable: true }`). */
function flowKeysAfter(line: string, cursor: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let segmentStart = cursor;
  for (let i = cursor; i < line.length; i++) {
    const char = line[i];
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (depth === 0) break;
      depth--;
    } else if (char === ',' && depth === 0) segmentStart = i + 1;
    else if (char === ':' && depth === 0 && segmentStart > cursor) {
      keys.push(stripQuotes(line.slice(segmentStart, i).trim()));
      segmentStart = line.length;
    }
  }
  return keys;
}

function stripQuotes(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
