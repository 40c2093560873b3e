// Completion and hover in the repository configuration file (.hds-studio.yaml), from its JSON
// schema (schemas/hds-studio.schema.json): its keys, the rule codes under `rules` with what each
// rule checks, the severities, the languages. Its diagnostics come from the engine's reader.
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Hover } from 'vscode-languageserver';
import { configSchema, SEVERITY_SETTINGS } from '../engine/repositoryConfig';
import { markdownText } from '../engine/markdown';
import { localize } from '../engine/text';
import type { Locale, Position } from '../engine/types';
import { offsetAt, parseFile, positionAt } from '../engine/yamlFile';
import { cursorContext } from './yamlPath';

const say = {
  severity: { en: 'Severity `{severity}`{off}', fr: 'Sévérité `{severity}`{off}' },
  off: { en: ': the rule is turned off', fr: '\u00a0: la règle est désactivée' },
};

type Described = { description: string; 'x-description-fr': string; enum?: string[] };
const describe = (entry: Described | undefined, locale: Locale) => (entry ? (locale === 'fr' ? entry['x-description-fr'] : entry.description) : undefined);
const ruleEntries = () => configSchema.properties.rules.properties ?? {};

/** The schema entry the path names: a top-level key, or a rule under `rules`. */
function entryAt(path: readonly (string | number)[]): Described | undefined {
  if (path.length === 1 && typeof path[0] === 'string') return Object.hasOwn(configSchema.properties, path[0]) ? configSchema.properties[path[0]] : undefined;
  if (path.length === 2 && path[0] === 'rules' && typeof path[1] === 'string') return Object.hasOwn(ruleEntries(), path[1]) ? ruleEntries()[path[1]] : undefined;
  return undefined;
}

export function configCompletion(uri: string, text: string, position: Position, locale: Locale): CompletionList | null {
  const file = parseFile({ uri, text });
  const offset = offsetAt(file, position);
  const context = cursorContext(file, offset);
  if (!context) return null;
  const range = { start: positionAt(file, context.start), end: positionAt(file, context.end) };
  const items: CompletionItem[] = [];
  const add = (label: string, kind: CompletionItemKind, documentation: string | undefined, newText = label) =>
    items.push({ label, kind, textEdit: { range, newText }, ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: markdownText(documentation) } } : {}) });
  if (context.kind === 'key') {
    const parent = context.path.slice(0, -1);
    const present = new Set(context.siblingKeys);
    if (parent.length === 0) {
      for (const [key, entry] of Object.entries(configSchema.properties)) if (!present.has(key) || key === context.text) add(key, CompletionItemKind.Property, describe(entry, locale), `${key}: `);
    } else if (parent.length === 1 && parent[0] === 'rules') {
      for (const [code, entry] of Object.entries(ruleEntries())) if (!present.has(code) || code === context.text) add(code, CompletionItemKind.Property, describe(entry, locale), `${code}: `);
    }
  } else {
    const path = context.path;
    if (path.length === 2 && path[0] === 'rules') for (const severity of SEVERITY_SETTINGS) add(severity, CompletionItemKind.EnumMember, localize(say.severity, locale, { severity, off: severity === 'off' ? localize(say.off, locale) : '' }).replace(/`/g, ''));
    else if (path.length === 1 && path[0] === 'language') for (const language of configSchema.properties.language.enum ?? []) add(language, CompletionItemKind.EnumMember, describe(configSchema.properties.language, locale));
  }
  return items.length > 0 ? { isIncomplete: false, items } : null;
}

export function configHover(uri: string, text: string, position: Position, locale: Locale): Hover | null {
  const file = parseFile({ uri, text });
  const context = cursorContext(file, offsetAt(file, position));
  if (!context || context.text.trim() === '') return null;
  const path = context.path;
  const entry = context.kind === 'key' ? entryAt(path) : path.length === 2 && path[0] === 'rules' ? entryAt(path) : entryAt(path.slice(0, 1));
  const description = describe(entry, locale);
  if (!description) return null;
  const key = context.kind === 'key' ? String(path[path.length - 1]) : String(path[path.length - 1]);
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${markdownText(key)}** — ${markdownText(description)}` },
    range: { start: positionAt(file, context.start), end: positionAt(file, context.end) },
  };
}
