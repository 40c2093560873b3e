// Re-parsing a file after an edit: only the parts whose text changed are parsed again.
//
// A declaration file is a mapping of a few top-level sections, and the large ones (soa, risks,
// subcontractors) are block sequences of small items. Such a file is cut into segments: each
// top-level entry, and each item of a top-level block sequence. Every segment is parsed alone and
// the pieces are put together into one document, with the ranges of a parse of the whole text.
// After an edit, a segment whose text is unchanged reuses its previous parse (moved to its new
// offset), so typing in one risk re-parses that risk and the few beside it only.
//
// The result must be exactly what `parseFile` gives. So segments are used only for plain block
// YAML that parses without a single error or warning, with no anchors or aliases (which could
// cross segments), no directives or document markers, and distinct top-level keys; anything else
// is parsed whole, as before.
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Pair, parseAllDocuments, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { SourceDocument } from './types';
import { computeLineStarts, ExpansionLimit, keyText, looksBinary, MAX_EXPANDED_NODES, MAX_FILE_CHARS, parseFile, PARSE_OPTIONS, reportDuplicateKeys, toPlain, type ParsedFile, type Walk } from './yamlFile';

/** A piece of the text parsed alone: a whole top-level entry, the key line of a split one, or a few items of it. */
interface Segment {
  kind: 'entry' | 'header' | 'items';
  start: number;
  text: string;
  /** What the segment parsed alone holds: a mapping of one entry, or a sequence of one item. */
  contents: YAMLMap | YAMLSeq;
  /** The range of the segment's own document, which gives the whole document its end. */
  documentRange: [number, number, number];
  /** The segment's own document, kept for the segment at the start of the file only (it gives the whole its settings). */
  document?: Document.Parsed;
  /** entry/header: the top-level pair; items: the sequence items. Offsets are those of the whole file. */
  node: Pair | Node[];
  /** entry: the plain value of the pair's value; items: those of the items. */
  plain: unknown;
}

const segmentsOf = new WeakMap<ParsedFile, readonly Segment[]>();

/**
 * Parses `source`, reusing the parse of the parts of `previous` (the same file before an edit)
 * whose text is unchanged. Gives the same result as `parseFile(source)`.
 *
 * `previous` is handed over: the nodes it shares with the result are moved to their new offsets
 * in place (copying them made as much garbage as parsing), so its syntax tree must not be read
 * afterwards. The language server keeps one parse per file and replaces it.
 */
export function reparseFile(source: SourceDocument, previous?: ParsedFile): ParsedFile {
  const { text } = source;
  // Files that are not UTF-8 are reported by the whole-file parse, which says where.
  if (source.unread || text.length > MAX_FILE_CHARS || looksBinary(text) || source.invalidUtf8At !== undefined) return parseFile(source);
  const cuts = cutSegments(text);
  if (!cuts) return parseFile(source);
  const reusable = new Map<string, Segment[]>();
  for (const segment of (previous && segmentsOf.get(previous)) ?? []) {
    const key = `${segment.kind}:${segment.text}`;
    const same = reusable.get(key);
    if (same) same.push(segment);
    else reusable.set(key, [segment]);
  }
  if (previous) segmentsOf.delete(previous);
  const segments: Segment[] = [];
  for (const cut of cuts) {
    // Each previous segment is reused once at most: its nodes can sit in one place only.
    const old = reusable.get(`${cut.kind}:${cut.text}`)?.pop();
    const segment = old ? moved(old, cut.start) : parseSegment(cut);
    if (!segment) return parseFile(source);
    segments.push(segment);
  }
  const parsed = assemble(source, segments);
  if (!parsed) return parseFile(source);
  segmentsOf.set(parsed, segments);
  return parsed;
}

// ---- Cutting the text ----------------------------------------------------------------------

interface Cut { kind: Segment['kind']; start: number; text: string; items?: number }

// The patterns are tried at a line's start in the whole text (sticky), so that cutting a file
// makes no string or object per line; `(?=\n|$)` is the end of the line.
const TRIVIA = /[ \t]*(#.*)?\r?(?=\n|$)/y;
const TOP_KEY = /[A-Za-z0-9_]/y;
/** A top-level key with nothing after it but a comment: its value, if a block sequence, can be split. */
const BARE_KEY = /[A-Za-z0-9_][\w.-]*[ \t]*:[ \t]*(#.*)?\r?(?=\n|$)/y;
/** A sequence item's dash, after the line's indentation. */
const DASH = /-( |\r?(?=\n|$))/y;
/** Items per group, on average. */
const GROUPING = 4;

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** The spaces that start the line at `at`. */
function indentAt(text: string, at: number): number {
  let end = at;
  while (text.charCodeAt(end) === 32) end++;
  return end - at;
}

/** FNV-1a of the line that starts at `at`. */
function firstLineHash(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  let value = 2166136261;
  for (let i = at; i < end; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

/** Where each line of `text` starts (lines end at \n; a file's final \n starts no line). */
function lineOffsets(text: string): number[] {
  const starts: number[] = [];
  for (let start = 0; start < text.length;) {
    starts.push(start);
    const end = text.indexOf('\n', start);
    start = end < 0 ? text.length : end + 1;
  }
  return starts;
}

/** The segments of `text`, or undefined when it is not plain block YAML that segments safely. */
function cutSegments(text: string): Cut[] | undefined {
  const lines = lineOffsets(text);
  // Entries: from the trivia before a top-level key to the trivia before the next one.
  const entryStarts: number[] = [];
  let triviaFrom: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const at = lines[index];
    if (matchesAt(TRIVIA, text, at)) {
      triviaFrom ??= index;
      continue;
    }
    if (matchesAt(TOP_KEY, text, at)) entryStarts.push(entryStarts.length === 0 ? 0 : triviaFrom ?? index);
    else if (text.charCodeAt(at) !== 32 && !matchesAt(DASH, text, at)) return undefined; // directives, markers, flow or complex keys, tabs
    else if (entryStarts.length === 0) return undefined;
    triviaFrom = undefined;
  }
  const offset = (index: number) => (index < lines.length ? lines[index] : text.length);
  const cuts: Cut[] = [];
  for (let entry = 0; entry < entryStarts.length; entry++) {
    const from = entryStarts[entry];
    const to = entry + 1 < entryStarts.length ? entryStarts[entry + 1] : lines.length;
    const items = itemStarts(text, lines, from, to);
    if (!items) {
      cuts.push({ kind: 'entry', start: offset(from), text: text.slice(offset(from), offset(to)) });
      continue;
    }
    cuts.push({ kind: 'header', start: offset(from), text: text.slice(offset(from), offset(items[0].start)) });
    // Items go in small groups (fewer documents to make) cut where an item's first line hashes to
    // a multiple of GROUPING: an edit moves only the cuts around it, so the other groups are reused.
    const groupStarts = items.flatMap((item, index) => (index === 0 || firstLineHash(text, lines[item.dash]) % GROUPING === 0 ? [index] : []));
    groupStarts.forEach((first, index) => {
      // Items are in order: a group holds those up to the next group's first (counted, not searched for).
      const next = index + 1 < groupStarts.length ? groupStarts[index + 1] : items.length;
      const groupTo = next < items.length ? items[next].start : to;
      const groupFrom = items[first].start;
      cuts.push({ kind: 'items', start: offset(groupFrom), text: text.slice(offset(groupFrom), offset(groupTo)), items: next - first });
    });
  }
  // One piece is the whole file: nothing to gain. A file holding one long sequence (the risks of a
  // split declaration) is still cut into its groups of items.
  return cuts.length > 1 ? cuts : undefined;
}

/**
 * Where the items of the entry in lines [from, to) start, when its value is a block sequence
 * indented under a bare key: the first item takes the lines just after the key, and each later
 * one the trivia lines before it.
 */
function itemStarts(text: string, lines: readonly number[], from: number, to: number): { start: number; dash: number }[] | undefined {
  let keyLine = from;
  while (keyLine < to && matchesAt(TRIVIA, text, lines[keyLine])) keyLine++;
  if (keyLine >= to || !matchesAt(BARE_KEY, text, lines[keyLine])) return undefined;
  let indent: number | undefined;
  const starts: { start: number; dash: number }[] = [];
  let triviaFrom: number | undefined;
  for (let index = keyLine + 1; index < to; index++) {
    const at = lines[index];
    if (matchesAt(TRIVIA, text, at)) {
      triviaFrom ??= index;
      continue;
    }
    const lineIndent = indentAt(text, at);
    const isItem = lineIndent > 0 && matchesAt(DASH, text, at + lineIndent);
    if (isItem && (indent === undefined || lineIndent === indent)) {
      indent = lineIndent;
      starts.push({ start: starts.length === 0 ? keyLine + 1 : triviaFrom ?? index, dash: index });
    } else if (indent === undefined || lineIndent <= indent) {
      return undefined;
    }
    triviaFrom = undefined;
  }
  return starts.length > 1 ? starts : undefined;
}

// ---- Parsing a segment -----------------------------------------------------------------------

class NotSegmentable extends Error {}

function parseSegment(cut: Cut): Segment | undefined {
  // A segment outlives the text it was cut from, and so do the strings its parse slices from it
  // (scalars, keys): parsed from a slice of that text, they would keep the whole of it alive, one
  // version of the file for each segment parsed at a different edit.
  cut = { ...cut, text: detached(cut.text) };
  const documents = parseAllDocuments(cut.text, PARSE_OPTIONS);
  if (!Array.isArray(documents) || documents.length !== 1) return undefined;
  const document = documents[0];
  reportDuplicateKeys(document);
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  const contents = document.contents as Node | null;
  let node: Pair | Node[];
  if (cut.kind === 'items') {
    if (!isSeq(contents) || contents.flow || contents.items.length !== cut.items) return undefined;
    node = contents.items as Node[];
  } else {
    if (!isMap(contents) || contents.flow || contents.items.length !== 1) return undefined;
    const pair = contents.items[0] as Pair;
    if (!isScalar(pair.key) || keyText(pair) === undefined) return undefined;
    // A key with nothing after it: its (empty) value is replaced by the items that follow.
    if (cut.kind === 'header' && !(pair.value === null || (isScalar(pair.value) && pair.value.value === null && !pair.value.source))) return undefined;
    node = pair;
  }
  try {
    shiftInPlace(document, cut.start);
    // Depth as in the whole file: an entry's value sits one level down, an item two.
    // A segment holds no alias (see shiftInPlace): nothing counts against the expansion guard.
    const budget: Walk = { left: MAX_EXPANDED_NODES, mergeKeys: [] };
    let plain: unknown;
    if (cut.kind === 'entry') plain = toPlain((node as Pair).value, document, budget, 1);
    else if (cut.kind === 'items') plain = (node as Node[]).map((item) => toPlain(item, document, budget, 2));
    // A merge key is reported by the whole-file parse: leave such a file to it.
    if (budget.mergeKeys.length > 0) return undefined;
    return {
      kind: cut.kind, start: cut.start, text: cut.text, contents: contents as YAMLMap | YAMLSeq, documentRange: document.range,
      document: cut.start === 0 ? document : undefined, node, plain,
    };
  } catch (error) {
    if (error instanceof NotSegmentable || error instanceof ExpansionLimit) return undefined;
    throw error;
  }
}

/** A copy of `text` that shares no memory with the string it was sliced from. */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Adds `delta` to the ranges of the segment's document, and refuses anchors and aliases. */
function shiftInPlace(document: Document.Parsed, delta: number): void {
  const visit = (node: unknown): void => {
    if (node === null || node === undefined) return;
    if (isAlias(node) || (node as { anchor?: string }).anchor) throw new NotSegmentable();
    if (isPair(node)) {
      visit(node.key);
      visit(node.value);
      return;
    }
    const withRange = node as { range?: [number, number, number] };
    if (withRange.range) withRange.range = [withRange.range[0] + delta, withRange.range[1] + delta, withRange.range[2] + delta];
    if (isCollection(node)) for (const item of node.items) visit(item);
  };
  visit(document.contents);
  document.range = [document.range[0] + delta, document.range[1] + delta, document.range[2] + delta];
}

/** A previous segment at its new offset: its nodes are moved there in place. */
function moved(segment: Segment, start: number): Segment {
  const delta = start - segment.start;
  if (delta === 0) return segment;
  shiftRanges(segment.contents, delta);
  const range = segment.documentRange;
  return { ...segment, start, documentRange: [range[0] + delta, range[1] + delta, range[2] + delta], document: undefined };
}

/** Adds `delta` to every range under `node` (arrays the segment's parse made its own, see shiftInPlace). */
function shiftRanges(node: unknown, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  if (isPair(node)) {
    shiftRanges(node.key, delta);
    shiftRanges(node.value, delta);
    return;
  }
  const range = (node as { range?: [number, number, number] }).range;
  if (range) {
    range[0] += delta;
    range[1] += delta;
    range[2] += delta;
  }
  if (isCollection(node)) for (const item of node.items) shiftRanges(item, delta);
}

/**
 * A copy of one node (its children shared) made through its class's constructor, so that it is
 * as fast to read as a parsed one (copies made from property descriptors are much slower).
 */
function shallowCopy<T extends Node | Pair>(node: T): T {
  let copy: Node | Pair;
  if (isPair(node)) copy = new Pair(node.key, node.value);
  else if (isScalar(node)) copy = new Scalar(node.value);
  else if (isMap(node)) copy = new YAMLMap(node.schema);
  else if (isSeq(node)) copy = new YAMLSeq(node.schema);
  else throw new NotSegmentable();
  return Object.assign(copy, node) as T;
}

// ---- Putting the pieces together -------------------------------------------------------------

function assemble(source: SourceDocument, segments: readonly Segment[]): ParsedFile | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first.document) return undefined; // a segment moved to the start of the file: parse whole
  const firstMap = first.contents as YAMLMap;
  const pairs: Pair[] = [];
  const value: Record<string, unknown> = {};
  const keys = new Set<string>();
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (segment.kind === 'items') continue;
    const pair = segment.node as Pair;
    const key = keyText(pair)!;
    if (keys.has(key)) return undefined; // a duplicate key: the whole parse reports it
    keys.add(key);
    let plain = segment.plain;
    if (segment.kind === 'header') {
      // The items that follow make up the pair's value: one block sequence.
      const items: Segment[] = [];
      while (segments[index + 1]?.kind === 'items') items.push(segments[++index]);
      const firstSeq = items[0].contents as YAMLSeq;
      const lastSeq = items[items.length - 1].contents as YAMLSeq;
      const sequence = shallowCopy(firstSeq);
      sequence.items = items.flatMap((item) => item.node as Node[]);
      sequence.range = [firstSeq.range![0], lastSeq.range![1], lastSeq.range![2]];
      const splitPair = shallowCopy(pair);
      splitPair.value = sequence;
      pairs.push(splitPair);
      plain = items.flatMap((item) => item.plain as unknown[]);
    } else {
      pairs.push(pair);
    }
    Object.defineProperty(value, key, { value: plain, enumerable: true, writable: true, configurable: true });
  }
  // The mapping ends where the last segment's content ends (an item's sequence ends with the file's).
  const lastContents = last.contents;
  const map = shallowCopy(firstMap);
  map.items = pairs;
  map.range = [firstMap.range![0], lastContents.range![1], lastContents.range![2]];
  const document = Object.create(Object.getPrototypeOf(first.document), Object.getOwnPropertyDescriptors(first.document)) as Document.Parsed;
  document.contents = map as Document.Parsed['contents'];
  document.range = [first.documentRange[0], last.documentRange[1], last.documentRange[2]];
  document.errors = [];
  document.warnings = [];
  return { uri: source.uri, text: source.text, document, value, problems: [], lineStarts: computeLineStarts(source.text) };
}
