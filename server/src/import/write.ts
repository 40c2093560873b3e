// The imported entries as YAML: a new declaration file, or text edits to an existing one. In an
// existing file only the `soa:` (or `risks:`) section changes: an entry whose control (or risk id) is
// already there is updated key by key, in place (its other keys, its comments and its layout stay);
// the others are added at the end of the section, written as its items are; nothing else is touched.
import type { TextEdit } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { nodeAt, parseFile, type ParsedFile } from '../engine';
import { keyText } from '../engine/yamlFile';
import { editable, entryText, insertMapEntry, insertSequenceItems, removeBlockEntry, replaceEntryValue, rewriteFlowMap, scalar, type NewItem } from '../services/yamlEdits';
import { controlId, KEY_ORDER, type ImportedEntry, type ImportKind, type YamlValue } from './map';

/** A value as YAML text: control ids always quoted ("8.10" is not 8.1), other text plain where that reads back the same. */
export function yamlText(key: string, value: YamlValue): string {
  if (key === 'control') return JSON.stringify(String(value));
  if (key === 'controls' && Array.isArray(value)) return `[${value.map((item) => JSON.stringify(String(item))).join(', ')}]`;
  if (Array.isArray(value)) return `[${value.map((item) => (typeof item === 'number' ? String(item) : scalar(item))).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([name, item]) => `${name}: ${typeof item === 'number' ? String(item) : scalar(String(item))}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' ? scalar(value) : String(value);
}

function newItem(entry: ImportedEntry, kind: ImportKind): NewItem {
  const entries = KEY_ORDER[kind].flatMap((key) => {
    const value = entry.fields.get(key);
    return value === undefined ? [] : [{ key, value: yamlText(key, value) }];
  });
  return { entries, comment: entry.comment };
}

export interface WritePlan {
  edits: TextEdit[];
  added: number;
  updated: number;
  unchanged: number;
  /** Keys that could not be removed in place (row, key): the user removes them. */
  kept: { row: number; key: string }[];
}

/** A new file's text: `header` (comment lines) and the section. */
export function newFileText(uri: string, kind: ImportKind, entries: readonly ImportedEntry[], header: string): string {
  // An empty list to fill: a file of comments alone has no YAML document to edit.
  const text = `${header}${kind}: []\n`;
  const file = parseFile({ uri, text });
  const edits = insertSequenceItems(file, [kind], [{ after: 'end', items: entries.map((entry) => newItem(entry, kind)) }], { flow: kind === 'soa' });
  return applyInOrder(text, file, edits);
}

function applyInOrder(text: string, file: ParsedFile, edits: readonly TextEdit[]): string {
  const offsets = edits.map((edit) => ({ start: offset(file, edit.range.start), end: offset(file, edit.range.end), text: edit.newText }));
  let result = text;
  for (const edit of offsets.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function offset(file: ParsedFile, position: { line: number; character: number }): number {
  return (file.lineStarts[position.line] ?? file.text.length) + position.character;
}

/** Why the section cannot be edited, or undefined. */
export type MergeRefusal = 'not-editable' | 'not-a-list';

/** Edits that merge `entries` into the `kind` section of `file`. */
export function mergeEdits(file: ParsedFile, kind: ImportKind, entries: readonly ImportedEntry[]): WritePlan | MergeRefusal {
  if (!editable(file)) return 'not-editable';
  const found = nodeAt(file, [kind]);
  const section = found?.node;
  const plan: WritePlan = { edits: [], added: 0, updated: 0, unchanged: 0, kept: [] };
  const flow = kind === 'soa';
  const empty = !found || section === null || section === undefined || (isScalar(section) && (section.value === null || section.value === '')) || (isSeq(section) && section.items.length === 0);
  if (empty) {
    plan.edits = insertSequenceItems(file, [kind], [{ after: 'end', items: entries.map((entry) => newItem(entry, kind)) }], { flow });
    plan.added = entries.length;
    return plan.edits.length > 0 || entries.length === 0 ? plan : 'not-editable';
  }
  if (!isSeq(section) || section.flow) return 'not-a-list';

  const existing = new Map<string, number>();
  section.items.forEach((item, index) => {
    const key = isMap(item) ? itemKey(item, kind) : undefined;
    if (key !== undefined && !existing.has(key)) existing.set(key, index);
  });
  const added: NewItem[] = [];
  for (const entry of entries) {
    const index = entry.key === undefined ? undefined : existing.get(entry.key);
    if (index === undefined) {
      added.push(newItem(entry, kind));
      continue;
    }
    const item = section.items[index] as YAMLMap;
    const edits = item.flow ? flowItemEdits(file, item, entry, kind) : blockItemEdits(file, [kind, index], item, entry, kind, plan);
    if (edits.length === 0) plan.unchanged++;
    else plan.updated++;
    plan.edits.push(...edits);
  }
  if (added.length > 0) {
    const inserted = insertSequenceItems(file, [kind], [{ after: 'end', items: added }], { flow });
    if (inserted.length === 0) return 'not-editable';
    plan.edits.push(...inserted);
    plan.added = added.length;
  }
  return plan;
}

/** The catalog id of an item's control (soa), or its risk id (risks). */
function itemKey(item: YAMLMap, kind: ImportKind): string | undefined {
  const pair = item.items.find((candidate) => keyText(candidate) === (kind === 'soa' ? 'control' : 'id'));
  if (!pair || !isScalar(pair.value)) return undefined;
  const value = pair.value;
  if (kind === 'risks') return typeof value.value === 'string' ? value.value.trim() : value.value === null ? undefined : String(value.value);
  // An unquoted 8.10 is read as written, as the checker reads it.
  const written = typeof value.value === 'number' && value.source ? value.source : String(value.value ?? '');
  return controlId(written).id ?? written.trim();
}

function plainOf(node: unknown): unknown {
  return isMap(node) || isSeq(node) || isScalar(node) ? (node as Node).toJSON() : node;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return a === b;
}

const rank = (kind: ImportKind, key: string | undefined) => (key === undefined ? -1 : KEY_ORDER[kind].indexOf(key));

/** A one-line item `{ control: "5.1", … }`: rewritten as a whole when a key changes, unknown keys kept as written. */
function flowItemEdits(file: ParsedFile, item: YAMLMap, entry: ImportedEntry, kind: ImportKind): TextEdit[] {
  let changed = false;
  const parts: { key?: string; text: string }[] = [];
  for (const pair of item.items as Pair[]) {
    const key = keyText(pair);
    if (key === undefined || !entry.fields.has(key)) {
      parts.push({ key, text: entryText(file, pair) });
      continue;
    }
    const value = entry.fields.get(key);
    if (value === undefined) {
      changed = true;
      continue;
    }
    if (same(plainOf(pair.value), value)) parts.push({ key, text: entryText(file, pair) });
    else {
      changed = true;
      parts.push({ key, text: `${key}: ${yamlText(key, value)}` });
    }
  }
  for (const key of KEY_ORDER[kind]) {
    const value = entry.fields.get(key);
    if (value === undefined || parts.some((part) => part.key === key)) continue;
    changed = true;
    // After the last key written before it in the usual order.
    let at = parts.length;
    for (let index = parts.length - 1; index >= 0; index--) {
      const partRank = rank(kind, parts[index].key);
      if (partRank >= 0 && partRank > rank(kind, key)) at = index;
      else if (partRank >= 0) break;
    }
    parts.splice(at, 0, { key, text: `${key}: ${yamlText(key, value)}` });
  }
  return changed ? rewriteFlowMap(file, item, parts.map((part) => part.text)) : [];
}

/** A block item: each changed key edited on its own line(s); a new key goes after the last key before it in the usual order. */
function blockItemEdits(file: ParsedFile, path: (string | number)[], item: YAMLMap, entry: ImportedEntry, kind: ImportKind, plan: WritePlan): TextEdit[] {
  const edits: TextEdit[] = [];
  const pairs = item.items as Pair[];
  const byKey = new Map(pairs.map((pair) => [keyText(pair), pair]));
  for (const key of KEY_ORDER[kind]) {
    if (!entry.fields.has(key)) continue;
    const value = entry.fields.get(key);
    const pair = byKey.get(key);
    if (pair) {
      if (value === undefined) {
        const removal = removeBlockEntry(file, pair);
        if (removal) edits.push(removal);
        else plan.kept.push({ row: entry.row, key });
      } else if (!same(plainOf(pair.value), value)) edits.push(...replaceEntryValue(file, pair, yamlText(key, value)));
      continue;
    }
    if (value === undefined) continue;
    const before = [...KEY_ORDER[kind].slice(0, KEY_ORDER[kind].indexOf(key))].reverse().find((candidate) => byKey.has(candidate));
    edits.push(...insertMapEntry(file, path, { key, value: yamlText(key, value) }, before ? { after: before } : 'end'));
  }
  return edits;
}
