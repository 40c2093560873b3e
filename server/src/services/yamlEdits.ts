// Small, surgical edits to a parsed `*.hds.yaml` file, as LSP TextEdits: insert a list item or a
// key, replace a scalar, rename a key. Edits are computed from the AST's offsets and written in the
// style the file already uses (indent unit, list items indented or flush, flow or block items,
// line endings), so comments, blank lines and key order stay as the author left them. A document
// is never re-serialised as a whole.
import type { Range, TextEdit } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, parse, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { nodeAt, offsetAt, positionAt, type ParsedFile, type Path } from '../engine';
import { keyText } from '../engine/yamlFile';

/** One `key: value` of a new item; `value` is YAML text already (see `scalar` and `flowList`). */
export interface Entry {
  key: string;
  value: string;
  /** Written after the entry in block style, at the end of the line in flow style. */
  comment?: string;
}

export interface NewItem {
  entries: Entry[];
  /** Trailing comment of the whole item (flow style) or of its first line (block style). */
  comment?: string;
}

/** Where new items go in a sequence: after the existing item at `after` (-1: before the first), or at the end. */
export interface ItemInsertion {
  after: number | 'end';
  items: NewItem[];
}

/** Where a new key goes in a mapping. */
export type KeyPlacement = { after: string } | { before: string } | 'end';

export interface Style {
  eol: string;
  /** Spaces per nesting level. */
  indentUnit: number;
  /** Whether block sequence items sit one level under their key (`key:\n  - a`) or flush (`key:\n- a`). */
  itemsIndented: boolean;
}

/**
 * Whether the file's AST can be trusted for offsets: edits on a file with syntax errors are refused,
 * and so are edits in a file with a tagged collection (`!!set`, `!!omap`, a custom tag): new items
 * written as plain map entries or list items would not be valid members of it.
 */
export function editable(file: ParsedFile): boolean {
  if (file.document === undefined || file.problems.length > 0) return false;
  const contents = file.document.contents;
  if (contents !== null && !isMap(contents)) return false;
  let known = editableFiles.get(file);
  if (known === undefined) editableFiles.set(file, (known = !hasTaggedCollection(contents)));
  return known;
}

/**
 * A new section is appended as block text: only where the root is a block mapping (or the file is
 * empty), before any document end marker, and not after a block scalar that keeps its trailing line breaks (`|+`), which would
 * take in the new lines.
 */
function blockRoot(file: ParsedFile): boolean {
  const contents = file.document?.contents;
  if (contents === null || contents === undefined) return true;
  if (!isMap(contents) || contents.flow) return false;
  // After a document end marker (`...`), appended lines would start another document.
  if (/(^|[\r\n])(\.\.\.|---)([ \t\r\n]|$)/.test(file.text.slice(contents.range?.[1] ?? 0))) return false;
  let last: unknown = contents;
  while (isMap(last) || isSeq(last)) {
    const items: unknown[] = last.items;
    const item = items[items.length - 1];
    last = isMap(last) ? (item as Pair | undefined)?.value : item;
  }
  return !(isScalar(last) && last.range && /^[|>](\d?\+|\+\d?)/.test(file.text.slice(last.range[0], last.range[0] + 3)));
}

const editableFiles = new WeakMap<ParsedFile, boolean>();

function hasTaggedCollection(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      if (node.tag) return true;
      for (const pair of node.items) pending.push(pair.key, pair.value);
    } else if (isSeq(node)) {
      if (node.tag) return true;
      pending.push(...node.items);
    }
  }
  return false;
}

/** The indentation conventions of `file`, read from its text and its block sequences. */
const styles = new WeakMap<ParsedFile, Style>();

/** A parsed file never changes, so its style is read once (each offered fix asks for it). */
export function detectStyle(file: ParsedFile): Style {
  let style = styles.get(file);
  if (!style) styles.set(file, (style = readStyle(file)));
  return style;
}

function readStyle(file: ParsedFile): Style {
  const eol = /\r\n/.test(file.text) ? '\r\n' : '\n';
  let indentUnit = 0;
  for (const line of file.text.split(/\r?\n/)) {
    const indent = /^( *)\S/.exec(line)?.[1].length ?? 0;
    if (indent > 0 && !line.trimStart().startsWith('#') && (indentUnit === 0 || indent < indentUnit)) indentUnit = indent;
  }
  let itemsIndented: boolean | undefined;
  visitPairs(file.document?.contents as Node | undefined, (pair) => {
    if (itemsIndented !== undefined || !isSeq(pair.value) || pair.value.flow || !pair.key || !isScalar(pair.key)) return;
    const keyColumn = columnOf(file, (pair.key as Scalar).range![0]);
    const dashColumn = columnOf(file, pair.value.range![0]);
    if (lineOf(file, pair.value.range![0]) !== lineOf(file, (pair.key as Scalar).range![0])) itemsIndented = dashColumn > keyColumn;
  });
  return { eol, indentUnit: indentUnit || 2, itemsIndented: itemsIndented ?? true };
}

// ---- Values ------------------------------------------------------------------------------

/** `value` as a YAML scalar that reads back as the same string, plain when that is safe in any context. */
export function scalar(value: string): string {
  const plainSafe =
    value.length > 0 &&
    value === value.trim() &&
    !/[\n\r\t,[\]{}#&*!|>"%@`]/.test(value) &&
    !/^[-?:'\s]/.test(value) &&
    !/:(\s|$)/.test(value) &&
    readsBackAs(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** Answers remembered: fixes write the same titles and ids again and again, and a parse is costly. */
const readBack = new Map<string, boolean>();
const READ_BACK_ENTRIES = 5000;

function readsBackAs(text: string): boolean {
  const known = readBack.get(text);
  if (known !== undefined) return known;
  let same: boolean;
  try {
    same = parse(text) === text;
  } catch {
    same = false;
  }
  if (readBack.size >= READ_BACK_ENTRIES) readBack.clear();
  readBack.set(text, same);
  return same;
}

/** A flow list of scalars: `[a, b]`. */
export function flowList(values: readonly string[]): string {
  return `[${values.map(scalar).join(', ')}]`;
}

// ---- Edits -------------------------------------------------------------------------------

/**
 * Replaces a scalar's text, keeping its quoting style (`quote` forces quotes on a plain scalar; `raw`:
 * the value is YAML text already, written as is) and the column of a comment lined up after it.
 */
export function replaceScalar(file: ParsedFile, node: Scalar, value: string, options: { quote?: boolean; raw?: boolean } = {}): TextEdit[] {
  let text: string;
  if (options.raw) text = value;
  else if (node.type === 'QUOTE_SINGLE') text = `'${value.replace(/'/g, "''")}'`;
  else if (node.type === 'QUOTE_DOUBLE' || options.quote) text = JSON.stringify(value);
  else text = scalar(value);
  return keepingCommentColumn(file, node.range![0], node.range![1], text);
}

/**
 * Renames a mapping key. When the value was aligned in a column (`3:        { … }`), the padding
 * shrinks so the value stays in that column where it can.
 */
export function renameKey(file: ParsedFile, pair: Pair, key: string): TextEdit {
  const keyNode = pair.key as Scalar;
  const [start, end] = keyNode.range!;
  const newKey = keyNode.type === 'QUOTE_DOUBLE' || keyNode.type === 'QUOTE_SINGLE' ? JSON.stringify(key) : scalar(key);
  const valueStart = isNode(pair.value) ? pair.value.range![0] : undefined;
  const between = valueStart !== undefined ? file.text.slice(end, valueStart) : '';
  const padding = /^:( +)$/.exec(between)?.[1];
  if (padding && padding.length > 1 && valueStart !== undefined) {
    const spaces = Math.max(1, padding.length - (newKey.length - (end - start)));
    return edit(file, start, valueStart, `${newKey}:${' '.repeat(spaces)}`);
  }
  return edit(file, start, end, newKey);
}

/**
 * Inserts items into the sequence at `path`, creating it (as a top-level section at the end of the
 * file) when absent. `flow` says how to write items when there is no sibling to copy.
 */
export function insertSequenceItems(file: ParsedFile, path: Path, insertions: readonly ItemInsertion[], options: { flow?: boolean } = {}): TextEdit[] {
  const items = insertions.flatMap((insertion) => insertion.items);
  if (items.length === 0 || !editable(file)) return [];
  const style = detectStyle(file);
  const found = nodeAt(file, path);
  const sequence = found?.node;

  if (!found) {
    if (path.length !== 1 || !blockRoot(file)) return [];
    const dash = style.itemsIndented ? style.indentUnit : 0;
    const lines = items.map((item) => renderItem(item, { flow: options.flow ?? false, dashColumn: dash, keyColumn: dash + 2, spaceInBraces: true }, style.eol));
    return [appendSection(file, style, `${scalar(String(path[0]))}:${style.eol}${lines.join(style.eol)}`)];
  }

  const keyColumn = found.key?.range ? columnOf(file, found.key.range[0]) : 0;
  const defaultDash = keyColumn + (style.itemsIndented ? style.indentUnit : 0);
  const defaults = { flow: options.flow ?? false, dashColumn: defaultDash, keyColumn: defaultDash + 2, spaceInBraces: true };

  // `key:` with nothing after it, or `key: []`: the items go on the lines below the key.
  if (!isNode(sequence) || (isScalar(sequence) && (sequence.value === null || sequence.value === '')) || (isSeq(sequence) && sequence.items.length === 0)) {
    const lines = items.map((item) => renderItem(item, defaults, style.eol)).join(style.eol);
    const keyEnd = found.key?.range?.[1];
    if (keyEnd === undefined) return [];
    // `key: []` loses its `[]`; the items go below the key line, after any comment on it.
    const colon = file.text.indexOf(':', keyEnd);
    const valueEnd = isNode(sequence) ? Math.max(colon + 1, contentEnd(file, sequence)) : colon + 1;
    const edits: TextEdit[] = [];
    if (valueEnd > colon + 1) edits.push(edit(file, colon + 1, valueEnd, ''));
    const at = lineContentEnd(file, valueEnd);
    edits.push(edit(file, at, at, `${style.eol}${lines}`));
    return edits;
  }
  if (!isSeq(sequence)) return [];

  if (sequence.flow) {
    // `[a, b]`: new items are flow mappings inserted after their anchor, comma-separated.
    return insertions.flatMap((insertion) => {
      if (insertion.items.length === 0) return [];
      const rendered = insertion.items.map((item) => renderFlowMap(item, true));
      if (insertion.after === -1) return [edit(file, itemNode(sequence, 0).range![0], itemNode(sequence, 0).range![0], `${rendered.join(', ')}, `)];
      const anchor = itemNode(sequence, insertion.after === 'end' ? sequence.items.length - 1 : insertion.after);
      return [edit(file, anchor.range![1], anchor.range![1], rendered.map((text) => `, ${text}`).join(''))];
    });
  }

  const dashColumn = columnOf(file, sequence.range![0]);
  const edits: TextEdit[] = [];
  const blankBetween = blankLineBetweenItems(file, sequence);
  for (const insertion of insertions) {
    if (insertion.items.length === 0) continue;
    const anchorIndex = insertion.after === 'end' ? sequence.items.length - 1 : insertion.after;
    const sibling = itemNode(sequence, Math.max(0, anchorIndex));
    const layout = itemLayout(file, sequence, sibling, dashColumn, defaults);
    const separator = blankBetween ? style.eol + style.eol : style.eol;
    const rendered = insertion.items.map((item) => renderItem(item, layout, style.eol));
    if (anchorIndex < 0) {
      const start = file.lineStarts[lineOf(file, sibling.range![0])];
      edits.push(edit(file, start, start, rendered.join(separator) + separator));
    } else {
      const at = itemEnd(file, sibling, dashColumn);
      edits.push(edit(file, at, at, separator + rendered.join(separator)));
    }
  }
  return edits;
}

/**
 * Adds `key: value` to the mapping at `path` (creating a top-level section when absent). Callers
 * check first that the key is not there: this only inserts.
 */
export function insertMapEntry(file: ParsedFile, path: Path, entry: Entry, placement: KeyPlacement = 'end'): TextEdit[] {
  if (!editable(file)) return [];
  const style = detectStyle(file);
  const found = path.length === 0 ? { node: file.document!.contents as Node | undefined, key: undefined } : nodeAt(file, path);
  const map = found?.node;
  const comment = entry.comment ? `  # ${entry.comment}` : '';

  if (!found) {
    if (path.length !== 1 || !blockRoot(file)) return [];
    return [appendSection(file, style, `${scalar(String(path[0]))}:${style.eol}${' '.repeat(style.indentUnit)}${entry.key}: ${entry.value}${comment}`)];
  }
  const keyColumn = found.key?.range ? columnOf(file, found.key.range[0]) : 0;

  if (!isNode(map) || (isScalar(map) && (map.value === null || map.value === ''))) {
    const keyEnd = found.key?.range?.[1];
    if (keyEnd === undefined) return [];
    const at = lineContentEnd(file, keyEnd);
    return [edit(file, at, at, `${style.eol}${' '.repeat(keyColumn + style.indentUnit)}${entry.key}: ${entry.value}${comment}`)];
  }
  if (!isMap(map)) return [];

  const pairs = map.items.filter((pair) => isNode(pair.key) && pair.key.range);
  if (map.flow) {
    const text = `${entry.key}: ${entry.value}`;
    if (pairs.length === 0) return [edit(file, map.range![0], contentEnd(file, map), `{ ${text} }`)];
    const before = typeof placement === 'object' && 'before' in placement ? pairs.find((pair) => keyText(pair) === placement.before) : undefined;
    if (before) {
      const start = (before.key as Node).range![0];
      return keepingCommentColumn(file, start, start, `${text}, `);
    }
    const anchor = anchorPair(pairs, placement);
    const end = pairEnd(file, anchor!);
    return keepingCommentColumn(file, end, end, `, ${text}`);
  }

  const firstKeyColumn = pairs.length > 0 ? columnOf(file, (pairs[0].key as Node).range![0]) : keyColumn + style.indentUnit;
  const before = typeof placement === 'object' && 'before' in placement ? pairs.find((pair) => keyText(pair) === placement.before) : undefined;
  const sibling = before ?? anchorPair(pairs, placement);
  const keyColon = `${entry.key}:`;
  const aligned = sibling ? alignedValueColumn(file, sibling) : undefined;
  const gap = aligned !== undefined ? Math.max(1, aligned - firstKeyColumn - keyColon.length) : 1;
  const line = `${' '.repeat(firstKeyColumn)}${keyColon}${' '.repeat(gap)}${entry.value}${comment}`;
  if (before) {
    const start = file.lineStarts[lineOf(file, (before.key as Node).range![0])];
    return [edit(file, start, start, line + style.eol)];
  }
  if (!sibling) return [];
  const at = lineContentEnd(file, pairEnd(file, sibling));
  return [edit(file, at, at, style.eol + line)];
}

/**
 * Replaces the value of a block mapping entry (`key: value`) with `text` (YAML text already): a
 * one-line value in place, the column of a comment after it kept; a value on the lines below its key
 * (a block list or mapping) is replaced by `text` on the key's line.
 */
export function replaceEntryValue(file: ParsedFile, pair: Pair, text: string): TextEdit[] {
  const key = pair.key as Node;
  const colon = file.text.indexOf(':', key.range![1]);
  const value = isNode(pair.value) && pair.value.range ? pair.value : undefined;
  if (value && !(isScalar(value) && (value.value === null || value.range![0] === value.range![1])) && lineOf(file, value.range![0]) === lineOf(file, key.range![0]) && lineOf(file, contentEnd(file, value)) === lineOf(file, key.range![0])) {
    return keepingCommentColumn(file, value.range![0], contentEnd(file, value), text);
  }
  const end = value ? Math.max(colon + 1, contentEnd(file, value)) : colon + 1;
  return [edit(file, colon + 1, end, ` ${text}`)];
}

/**
 * Removes an entry of a block mapping, with its lines (its value's lines below it included). Returns
 * undefined when the entry shares its line with something else (the first key of a list item, `- key:`),
 * which only a rewrite of the item could remove.
 */
export function removeBlockEntry(file: ParsedFile, pair: Pair): TextEdit | undefined {
  const key = pair.key as Node;
  const line = lineOf(file, key.range![0]);
  const lineStart = file.lineStarts[line];
  if (file.text.slice(lineStart, key.range![0]).trim() !== '') return undefined;
  const last = isNode(pair.value) && pair.value.range && pair.value.range[1] > key.range![1] ? contentEnd(file, pair.value) : key.range![1];
  const end = lineContentEnd(file, Math.max(last, key.range![1] + 1));
  // From the end of the line before: the line and its break go, and an insertion at `end` stays valid.
  const from = line === 0 ? lineStart : lineContentEnd(file, lineStart);
  return edit(file, from, end, '');
}

/** The text of a mapping entry as written, `key: value`, without what follows it. */
export function entryText(file: ParsedFile, pair: Pair): string {
  return file.text.slice((pair.key as Node).range![0], pairEnd(file, pair));
}

/** Rewrites a one-line flow mapping (`{ a: 1, b: 2 }`) with these entries (YAML text each), spaced as it was; a comment after it keeps its column. */
export function rewriteFlowMap(file: ParsedFile, map: YAMLMap, entries: readonly string[]): TextEdit[] {
  const spaced = file.text[map.range![0] + 1] === ' ' || map.items.length === 0;
  const body = entries.join(', ');
  return keepingCommentColumn(file, map.range![0], contentEnd(file, map), spaced ? `{ ${body} }` : `{${body}}`);
}

/** A key of a mapping to set (`value`: a string written as a scalar, or YAML text with `raw`) or to remove (`value` undefined). */
export interface EntryChange {
  key: string;
  value?: string;
  raw?: boolean;
}

/**
 * Sets or removes several keys of the mapping at `path` in one go: a present value is replaced in
 * place (keeping its quotes), an absent key is added after the present key that precedes it in
 * `order` (the schema's key order), a removed key takes its separator or its line with it. A comment
 * lined up in a column after a flow mapping stays in its column, however many values of the line
 * changed. Undefined when the node is not a mapping or the file cannot be edited safely.
 */
export function setMapEntries(file: ParsedFile, path: Path, changes: readonly EntryChange[], order: readonly string[]): TextEdit[] | undefined {
  if (!editable(file)) return undefined;
  const map = nodeAt(file, path)?.node;
  if (!isMap(map) || !map.range) return undefined;
  const style = detectStyle(file);
  const pairs = map.items.filter((pair) => isScalar(pair.key) && pair.key.range);
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const raw: OffsetEdit[] = [];
  const added: EntryChange[] = [];
  for (const change of changes) {
    const index = pairs.findIndex((pair) => keyText(pair) === change.key);
    const pair = pairs[index];
    if (!pair) {
      if (change.value !== undefined) added.push(change);
      continue;
    }
    const keyNode = pair.key as Scalar;
    if (change.value === undefined) {
      const removal = removalOf(file, map, pairs, index);
      if (!removal) return undefined;
      raw.push(removal);
      continue;
    }
    const value = pair.value;
    if (isScalar(value) && value.range && value.range[1] > value.range[0]) {
      raw.push({ start: value.range[0], end: value.range[1], text: scalarText(value, change) });
    } else if (isNode(value) && value.range && value.range[1] > value.range[0]) {
      raw.push({ start: value.range[0], end: contentEnd(file, value), text: change.raw ? change.value : scalar(change.value) });
    } else {
      // `key:` with no value: the value goes after the colon.
      const colon = file.text.indexOf(':', keyNode.range![1]);
      if (colon < 0) return undefined;
      raw.push({ start: colon + 1, end: colon + 1, text: ` ${change.raw ? change.value : scalar(change.value)}` });
    }
  }
  if (added.length > 0) {
    added.sort((a, b) => rank(a.key) - rank(b.key));
    const present = pairs.map((pair) => ({ pair, rank: rank(keyText(pair) ?? '') }));
    const groups = new Map<Pair | undefined, EntryChange[]>();
    for (const change of added) {
      const anchor = present.filter((candidate) => candidate.rank <= rank(change.key)).pop()?.pair ?? (present.length > 0 ? undefined : null);
      if (anchor === null) return undefined; // an empty mapping: `{}` or nothing, not written here
      groups.set(anchor, [...(groups.get(anchor) ?? []), change]);
    }
    const text = (change: EntryChange) => `${change.key}: ${change.raw ? change.value : scalar(change.value!)}`;
    const firstKeyColumn = columnOf(file, (pairs[0].key as Node).range![0]);
    for (const [anchor, group] of groups) {
      if (map.flow) {
        if (anchor) {
          const at = pairEnd(file, anchor);
          raw.push({ start: at, end: at, text: group.map((change) => `, ${text(change)}`).join('') });
        } else {
          const at = (pairs[0].key as Node).range![0];
          raw.push({ start: at, end: at, text: group.map((change) => `${text(change)}, `).join('') });
        }
      } else if (anchor) {
        const at = lineContentEnd(file, pairEnd(file, anchor));
        raw.push({ start: at, end: at, text: group.map((change) => `${style.eol}${' '.repeat(firstKeyColumn)}${text(change)}`).join('') });
      } else {
        // Before the first key, which may sit on the item's dash line: the new keys take its place.
        const at = (pairs[0].key as Node).range![0];
        raw.push({ start: at, end: at, text: group.map((change) => `${text(change)}${style.eol}${' '.repeat(firstKeyColumn)}`).join('') });
      }
    }
  }
  return keepingCommentColumns(file, raw).map((change) => edit(file, change.start, change.end, change.text));
}

/** An edit by offsets, before it becomes a TextEdit. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

function scalarText(node: Scalar, change: EntryChange): string {
  const value = change.value!;
  if (change.raw) return value;
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  return scalar(value);
}

/** The text a key takes with it when removed: its separator in a flow mapping, its lines in a block one. */
function removalOf(file: ParsedFile, map: YAMLMap, pairs: Pair[], index: number): OffsetEdit | undefined {
  const pair = pairs[index];
  const keyStart = (pair.key as Node).range![0];
  const next = pairs[index + 1];
  if (pairs.length === 1) return undefined; // the mapping would be left empty
  if (map.flow) {
    if (index > 0) return { start: pairEnd(file, pairs[index - 1]), end: pairEnd(file, pair), text: '' };
    return { start: keyStart, end: (next.key as Node).range![0], text: '' };
  }
  // A block mapping: the key's lines go, or, on the item's dash line, the next key moves up to it.
  const line = lineOf(file, keyStart);
  const dashLine = file.text.slice(file.lineStarts[line], keyStart).trim() !== '';
  if (dashLine) return next ? { start: keyStart, end: (next.key as Node).range![0], text: '' } : undefined;
  const end = lineContentEnd(file, pairEnd(file, pair));
  const nextLine = lineOf(file, end) + 1;
  return { start: file.lineStarts[line], end: file.lineStarts[nextLine] ?? end, text: '' };
}

/**
 * Edits of one or more values on lines that end with a comment lined up in a column: the padding
 * before each comment absorbs the change of length of all the edits of its line, once.
 */
function keepingCommentColumns(file: ParsedFile, edits: OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const byLine = new Map<number, OffsetEdit[]>();
  for (const change of sorted) {
    const line = lineOf(file, change.start);
    if (change.text.includes('\n') || lineOf(file, change.end) !== line) continue;
    byLine.set(line, [...(byLine.get(line) ?? []), change]);
  }
  const padding: OffsetEdit[] = [];
  for (const lineEdits of byLine.values()) {
    const last = lineEdits[lineEdits.length - 1];
    const delta = lineEdits.reduce((total, change) => total + change.text.length - (change.end - change.start), 0);
    const rest = file.text.slice(last.end, Math.max(last.end, lineContentEnd(file, last.end + 1)));
    const comment = /^([^'"#\n]*?)( {2,})#/.exec(rest);
    if (!comment || delta === 0) continue;
    const paddingStart = last.end + comment[1].length;
    const spaces = comment[2].length;
    if (delta > 0) {
      const removed = Math.min(delta, spaces - 2);
      if (removed > 0) padding.push({ start: paddingStart, end: paddingStart + removed, text: '' });
    } else padding.push({ start: paddingStart, end: paddingStart, text: ' '.repeat(-delta) });
  }
  return [...sorted, ...padding].sort((a, b) => a.start - b.start);
}

/**
 * TextEdits of one file as one list VS Code accepts: sorted, and edits that touch (one ends where the
 * next starts) joined into one. Undefined when two overlap: they were computed for the same text.
 */
export function joinEdits(file: ParsedFile, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const offsets = edits
    .map((change, index) => ({ start: offsetAt(file, change.range.start), end: offsetAt(file, change.range.end), text: change.newText, index }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const joined: OffsetEdit[] = [];
  for (const change of offsets) {
    const previous = joined[joined.length - 1];
    if (previous && change.start < previous.end) return undefined;
    if (previous && change.start === previous.end) {
      previous.end = change.end;
      previous.text += change.text;
    } else joined.push({ start: change.start, end: change.end, text: change.text });
  }
  return joined.map((change) => edit(file, change.start, change.end, change.text));
}

// ---- Locating nodes ----------------------------------------------------------------------

export interface Located {
  node: Scalar;
  path: Path;
  /** The mapping entry whose key (role 'key') or value (role 'value') is `node`. */
  pair?: Pair;
  role: 'key' | 'value' | 'item';
  /** The collection that holds the node. */
  parent: YAMLMap | YAMLSeq;
}

/** The scalar (key, value or list item) that starts at `offset`, with its path. */
export function scalarAt(file: ParsedFile, offset: number): Located | undefined {
  let found: Located | undefined;
  const walk = (node: unknown, path: Path): void => {
    if (found || !isNode(node) || !node.range || offset < node.range[0] || offset > node.range[2]) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyText(pair);
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) found = { node: pair.key, path: [...path, key ?? ''], pair, role: 'key', parent: node };
        else if (isScalar(pair.value) && pair.value.range?.[0] === offset) found = { node: pair.value, path: [...path, key ?? ''], pair, role: 'value', parent: node };
        else if (key !== undefined) walk(pair.value, [...path, key]);
        if (found) return;
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (found) return;
        if (isScalar(item) && item.range?.[0] === offset) found = { node: item, path: [...path, index], role: 'item', parent: node };
        else walk(item, [...path, index]);
      });
    }
  };
  walk(file.document?.contents, []);
  return found;
}

// ---- Internals ---------------------------------------------------------------------------

interface ItemLayout {
  flow: boolean;
  dashColumn: number;
  /** Column of the item's keys in block style. */
  keyColumn: number;
  spaceInBraces: boolean;
  /** Column of a sibling's trailing comment, to line new comments up with it. */
  commentColumn?: number;
}

function itemLayout(file: ParsedFile, sequence: YAMLSeq, sibling: Node, dashColumn: number, defaults: ItemLayout): ItemLayout {
  if (isMap(sibling) && sibling.flow) {
    return { ...defaults, flow: true, dashColumn, spaceInBraces: file.text[sibling.range![0] + 1] === ' ', commentColumn: commonCommentColumn(file, sequence) };
  }
  if (isMap(sibling)) {
    const sameLine = lineOf(file, sibling.range![0]) === lineOf(file, dashOffset(file, sibling));
    return { ...defaults, flow: false, dashColumn, keyColumn: sameLine ? columnOf(file, sibling.range![0]) : dashColumn + 2 };
  }
  return { ...defaults, dashColumn, keyColumn: dashColumn + 2 };
}

/** The column most trailing comments of one-line items start at, when the author lines them up. */
function commonCommentColumn(file: ParsedFile, sequence: YAMLSeq): number | undefined {
  const counts = new Map<number, number>();
  for (const item of sequence.items) {
    if (!isNode(item) || !item.range) continue;
    const line = lineOf(file, item.range[0]);
    const lineText = file.text.slice(file.lineStarts[line], file.lineStarts[line + 1] ?? file.text.length);
    const hash = lineText.indexOf(' #', columnOf(file, contentEnd(file, item)) - 1);
    if (hash >= 0) counts.set(hash + 1, (counts.get(hash + 1) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [column, count] of counts) if (best === undefined || count > counts.get(best)!) best = column;
  return best;
}

function renderItem(item: NewItem, layout: ItemLayout, eol: string): string {
  const dash = ' '.repeat(layout.dashColumn);
  if (layout.flow) {
    const body = `${dash}- ${renderFlowMap(item, layout.spaceInBraces)}`;
    const comments = [item.comment, ...item.entries.map((entry) => entry.comment)].filter(Boolean);
    if (comments.length === 0) return body;
    const pad = layout.commentColumn !== undefined ? Math.max(2, layout.commentColumn - body.length) : 2;
    return `${body}${' '.repeat(pad)}# ${comments.join('; ')}`;
  }
  return item.entries
    .map((entry, index) => {
      const prefix = index === 0 ? `${dash}-${' '.repeat(Math.max(1, layout.keyColumn - layout.dashColumn - 1))}` : ' '.repeat(layout.keyColumn);
      const comment = [index === 0 ? item.comment : undefined, entry.comment].filter(Boolean);
      return `${prefix}${entry.key}: ${entry.value}${comment.length ? `  # ${comment.join('; ')}` : ''}`;
    })
    .join(eol);
}

function renderFlowMap(item: NewItem, spaced: boolean): string {
  const body = item.entries.map((entry) => `${entry.key}: ${entry.value}`).join(', ');
  return spaced ? `{ ${body} }` : `{${body}}`;
}

/** Appends a new top-level section at the end of the file, after a blank line. */
function appendSection(file: ParsedFile, style: Style, text: string): TextEdit {
  const trimmed = file.text.replace(/\s+$/, '');
  const lead = trimmed.length === 0 ? '' : file.text.endsWith(style.eol + style.eol) ? '' : file.text.endsWith(style.eol) ? style.eol : style.eol + style.eol;
  return edit(file, file.text.length, file.text.length, `${lead}${text}${style.eol}`);
}

/** Whether the author separates the items of this block sequence with blank lines. */
function blankLineBetweenItems(file: ParsedFile, sequence: YAMLSeq): boolean {
  if (sequence.items.length < 2) return false;
  const last = itemNode(sequence, sequence.items.length - 1);
  const previous = itemNode(sequence, sequence.items.length - 2);
  const between = file.text.slice(lineContentEnd(file, contentEnd(file, previous)), dashOffset(file, last));
  return /\n[ \t]*\r?\n/.test(between);
}

/** The end of an item: its last content line, plus comment lines indented under it. */
function itemEnd(file: ParsedFile, item: Node, dashColumn: number): number {
  let end = lineContentEnd(file, contentEnd(file, item));
  for (let line = lineOf(file, end) + 1; line < file.lineStarts.length; line++) {
    const start = file.lineStarts[line];
    const text = file.text.slice(start, file.lineStarts[line + 1] ?? file.text.length).replace(/\r?\n$/, '');
    const match = /^( *)#/.exec(text);
    if (!match || match[1].length <= dashColumn) break;
    end = start + text.length;
  }
  return end;
}

function dashOffset(file: ParsedFile, item: Node): number {
  const index = file.text.lastIndexOf('-', item.range![0] - 1);
  return index < 0 ? item.range![0] : index;
}

/** Offset just after the last non-blank character of a node (its range may include trailing comments and newlines). */
function contentEnd(file: ParsedFile, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(file.text[end - 1])) end--;
  return end;
}

/** The end of the line holding the character before `offset`, before its line break (a trailing comment stays on its line). */
function lineContentEnd(file: ParsedFile, offset: number): number {
  const line = lineOf(file, Math.max(0, offset - 1));
  let end = file.lineStarts[line + 1] ?? file.text.length;
  while (end > file.lineStarts[line] && (file.text[end - 1] === '\n' || file.text[end - 1] === '\r')) end--;
  return end;
}

/** Offset just after a mapping entry's last character (its value, or its key when the value is empty). */
function pairEnd(file: ParsedFile, pair: Pair): number {
  if (isNode(pair.value) && pair.value.range && !(isScalar(pair.value) && pair.value.range[0] === pair.value.range[1])) return contentEnd(file, pair.value);
  return (pair.key as Node).range![1] + 1;
}

function anchorPair(pairs: Pair[], placement: KeyPlacement): Pair | undefined {
  if (typeof placement === 'object' && 'after' in placement) {
    const found = pairs.find((pair) => keyText(pair) === placement.after);
    if (found) return found;
  }
  return pairs[pairs.length - 1];
}

/** The column a sibling's value starts at, when it is padded into a column (`key:    value`). */
function alignedValueColumn(file: ParsedFile, pair: Pair): number | undefined {
  const key = pair.key as Node;
  if (!isNode(pair.value) || !pair.value.range) return undefined;
  const between = file.text.slice(key.range![1], pair.value.range[0]);
  return /^: {2,}$/.test(between) ? columnOf(file, pair.value.range[0]) : undefined;
}

function itemNode(sequence: YAMLSeq, index: number): Node {
  return sequence.items[index] as Node;
}

function visitPairs(node: Node | undefined, visit: (pair: Pair) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      visit(pair);
      visitPairs(pair.value as Node | undefined, visit);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) visitPairs(item as Node, visit);
  }
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

function lineOf(file: ParsedFile, offset: number): number {
  return positionAt(file, offset).line;
}

function columnOf(file: ParsedFile, offset: number): number {
  return positionAt(file, offset).character;
}

/**
 * Replaces `start..end` on one line with `newText` and, when a comment lined up in a column follows
 * on that line (`value    # note`), takes the length difference out of (or adds it to) its padding
 * so the comment stays in its column.
 */
function keepingCommentColumn(file: ParsedFile, start: number, end: number, newText: string): TextEdit[] {
  const main = edit(file, start, end, newText);
  const line = lineOf(file, start);
  if (newText.includes('\n') || lineOf(file, end) !== line) return [main];
  const rest = file.text.slice(end, Math.max(end, lineContentEnd(file, end + 1)));
  // Quotes in between could hide a `#`: only plain text before the comment is trusted.
  const comment = /^([^'"#]*?)( {2,})#/.exec(rest);
  const delta = newText.length - (end - start);
  if (!comment || delta === 0) return [main];
  const paddingStart = end + comment[1].length;
  const padding = comment[2].length;
  if (delta > 0) {
    const removed = Math.min(delta, padding - 2);
    return removed > 0 ? [main, edit(file, paddingStart, paddingStart + removed, '')] : [main];
  }
  return [main, edit(file, paddingStart, paddingStart, ' '.repeat(-delta))];
}

function edit(file: ParsedFile, start: number, end: number, newText: string): TextEdit {
  const range: Range = { start: positionAt(file, start), end: positionAt(file, end) };
  return { range, newText };
}
