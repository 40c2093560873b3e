// The outline of a `*.hds.yaml` file (sections, then the entries that matter in each) and the
// workspace symbols (subcontractors, storage sites and risks of every declaration).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { CheckResult } from '../engine/check';
import { activityByNumberOrName, control } from '../engine/catalog';
import type { Locale } from '../engine/types';
import { keyText, positionAt, type ParsedFile } from '../engine/yamlFile';
import { locationOf, occurrences, type IdKind } from './references';

/** For list items: the keys that name an entry, and those that describe it, by section. */
const itemNaming: Record<string, { name: string[]; detail: string[]; kind: SymbolKind }> = {
  storage: { name: ['site'], detail: ['country', 'city'], kind: SymbolKind.Object },
  soa: { name: ['control'], detail: ['status'], kind: SymbolKind.Constant },
  risks: { name: ['id'], detail: ['title'], kind: SymbolKind.Event },
  subcontractors: { name: ['id'], detail: ['name'], kind: SymbolKind.Class },
  remote_access: { name: ['from'], detail: ['basis'], kind: SymbolKind.Object },
  third_country_laws: { name: ['law'], detail: [], kind: SymbolKind.Object },
};

/** Sections whose mapping entries are shown (with their own entries, one level down). */
const mappingSections = new Set(['certification', 'scope', 'activities', 'contract', 'organization', 'host', 'transfers', 'hds', 'iso27001']);

const MAX_DEPTH = 3;

export function documentSymbols(file: ParsedFile, locale: Locale): DocumentSymbol[] {
  const root = file.document?.contents;
  if (!isMap(root)) return [];
  return root.items.flatMap((pair) => pairSymbol(file, pair, 0, locale) ?? []);
}

function pairSymbol(file: ParsedFile, pair: Pair, depth: number, locale: Locale): DocumentSymbol | undefined {
  const key = keyText(pair);
  const keyNode = pair.key as Node | null;
  if (key === undefined || !keyNode?.range) return undefined;
  const value = pair.value as Node | null;
  const end = value?.range ? value.range[1] : keyNode.range[1];
  const symbol: DocumentSymbol = {
    name: key,
    kind: depth === 0 ? SymbolKind.Module : SymbolKind.Property,
    range: span(file, keyNode.range[0], end),
    selectionRange: span(file, keyNode.range[0], keyNode.range[1]),
  };
  const detail = describePair(key, value, locale);
  if (detail) symbol.detail = detail;
  if (depth < MAX_DEPTH) {
    if (isSeq(value) && itemNaming[key]) symbol.children = value.items.flatMap((item) => itemSymbol(file, item as Node, key, locale) ?? []);
    else if (isMap(value) && mappingSections.has(key)) symbol.children = value.items.flatMap((child) => pairSymbol(file, child, depth + 1, locale) ?? []);
  }
  return symbol;
}

function itemSymbol(file: ParsedFile, item: Node, section: string, locale: Locale): DocumentSymbol | undefined {
  if (!isMap(item) || !item.range) return undefined;
  const naming = itemNaming[section];
  const field = (keys: string[]) => keys.map((key) => scalarValue(item.get(key, true) as Node | undefined)).find((value) => value !== undefined);
  const name = field(naming.name);
  const namePair = item.items.find((pair) => naming.name.includes(keyText(pair) ?? ''));
  const selection = (namePair?.value as Node | null)?.range ?? item.range;
  let detail = field(naming.detail);
  if (section === 'soa' && name) detail = [control(name)?.title[locale], detail].filter(Boolean).join(' · ');
  const symbol: DocumentSymbol = {
    name: name ?? '?',
    kind: naming.kind,
    range: span(file, item.range[0], item.range[1]),
    selectionRange: span(file, selection[0], selection[1]),
  };
  if (detail) symbol.detail = detail;
  const children = item.items.flatMap((pair) => {
    const key = keyText(pair);
    return key && isSeq(pair.value) && itemNaming[key] ? (pairSymbol(file, pair, MAX_DEPTH - 1, locale) ?? []) : [];
  });
  if (children.length) symbol.children = children;
  return symbol;
}

/** Activities show their number and who provides them; scalar entries show their value. */
function describePair(key: string, value: Node | null, locale: Locale): string | undefined {
  const activity = activityByNumberOrName(key);
  if (activity && isMap(value)) {
    const provided = scalarValue(value.get('provided', true) as Node | undefined);
    return [`${activity.number}. ${activity.name[locale]}`, provided].filter(Boolean).join(' · ');
  }
  return scalarValue(value ?? undefined);
}

function scalarValue(node: Node | undefined): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function span(file: ParsedFile, start: number, end: number) {
  // Trailing blank lines and comments belong to no entry.
  let last = end;
  while (last > start && /\s/.test(file.text[last - 1])) last--;
  return { start: positionAt(file, start), end: positionAt(file, last) };
}

const symbolKinds: Record<IdKind, SymbolKind> = {
  subcontractor: SymbolKind.Class,
  site: SymbolKind.Object,
  risk: SymbolKind.Event,
  control: SymbolKind.Constant,
};

/** Subcontractors, storage sites and risks of every declaration whose id or description matches `query`. */
export function workspaceSymbols(results: readonly CheckResult[], query: string): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const result of results) {
    const describe = descriptions(result);
    for (const occurrence of occurrences(result)) {
      if (!occurrence.definition || occurrence.kind === 'control') continue;
      const description = describe.get(`${occurrence.kind}:${occurrence.id}`);
      if (wanted && !`${occurrence.id} ${description ?? ''}`.toLowerCase().includes(wanted)) continue;
      symbols.push({ name: occurrence.id, kind: symbolKinds[occurrence.kind], location: locationOf(occurrence), containerName: description });
    }
  }
  return symbols;
}

function descriptions(result: CheckResult): Map<string, string> {
  const map = new Map<string, string>();
  for (const subcontractor of result.declaration.subcontractors) if (subcontractor.id && subcontractor.name) map.set(`subcontractor:${subcontractor.id}`, subcontractor.name);
  for (const risk of result.declaration.risks) if (risk.id && risk.title) map.set(`risk:${risk.id}`, risk.title);
  for (const site of result.declaration.storage) if (site.site && site.country) map.set(`site:${site.site}`, site.country.value);
  return map;
}
