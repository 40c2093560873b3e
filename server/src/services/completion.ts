// Completion in `*.hds.yaml` files: the keys the schema allows where the cursor is, the values a
// field takes (enumerations, catalog entries such as controls, risk events, activities and
// countries), the ids the declaration defines across its files, and snippets for new entries.
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver';
import { markdownFence, markdownText } from '../engine/markdown';
import { activities, activity, adequacyDecision, certificationBodies, adequacyScopeKeys, controlTheme, controls, countryCodes, countryName, isInEea, legalBasis, requirement, requirements, contractKeyIds, parentRiskEvents, riskEvents } from '../engine/catalog';
import type { CheckResult } from '../engine/check';
import { surveillanceDueDates, usualHdsExpiry } from '../engine/facts/certificates';
import { defaultRiskCriteria, SCALE_ORIGIN_TEXT, type AppliedRiskCriteria } from '../engine/facts/riskCriteria';
import { UNACCEPTABLE_RULES } from '../engine/exceptions';
import { rules } from '../engine/rules';
import { exceptionTarget } from './codeActions';
import type { Locale, Localized } from '../engine/types';
import { dated, localize } from '../engine/text';
import { isScalar, isSeq } from 'yaml';
import { nodeAt, positionAt, type ParsedFile, type Path } from '../engine/yamlFile';
import { indexOf, type DeclarationIndex } from './declarationIndex';
import { choicesOf, isType, keysOf, schemaAt, type KeyInfo, type SchemaAt } from './schema';
import { escapeSnippet, nextRiskId, snippetForSection, starterText } from './snippets';
import { cursorContext, type CursorContext } from './yamlPath';
import { evidenceFolderOf, evidencePathItems, isEvidencePath, typedFolderOf, type FolderListing } from './evidencePaths';

export interface CompletionRequest {
  file: ParsedFile;
  offset: number;
  /** The declaration the file belongs to, checked with the current buffers. */
  checked?: CheckResult;
  locale: Locale;
  /** The character that triggered the request, when typing one did. */
  triggerCharacter?: string;
  /** The folder an evidence path under the cursor names, as listed (see evidenceFolderAt). */
  evidenceFolder?: FolderListing;
}

export const COMPLETION_TRIGGER_CHARACTERS = [' ', '"', "'", '[', '/'];

/**
 * The folder (URI) to list for the evidence path under the cursor, inside `workspaceRoot`; undefined
 * when the cursor is on none. The server lists it through its file access and passes the listing as
 * `evidenceFolder`.
 */
export function evidenceFolderAt(file: ParsedFile, offset: number, workspaceRoot: string | undefined): string | undefined {
  if (isEmptyDocument(file.text)) return undefined;
  return evidenceFolderOf(cursorContext(file, offset), file.uri, workspaceRoot);
}

const text = {
  eea: { en: 'EEA', fr: 'EEE' },
  outsideEea: { en: 'outside the EEA', fr: 'hors de l’EEE' },
  adequacy: { en: 'adequacy decision of {date}', fr: "décision d’adéquation du {date}" },
  inSoa: { en: 'in the SoA', fr: 'dans la DdA' },
  notInSoa: { en: 'not yet in the SoA', fr: 'absente de la DdA' },
  applicable: { en: 'applicable', fr: 'applicable' },
  excluded: { en: 'excluded from the SoA', fr: 'exclue de la DdA' },
  uncovered: { en: 'not covered by any risk yet', fr: 'couvert par aucun risque pour l’instant' },
  family: { en: 'family: covers none of {children}', fr: 'famille\u00a0: ne couvre aucun de {children}' },
  coveredBy: { en: 'covered by {risks}', fr: 'couvert par {risks}' },
  activityNumber: { en: 'activity {number}', fr: 'activité {number}' },
  performs: { en: 'performs this activity', fr: 'réalise cette activité' },
  nextId: { en: 'next free id', fr: 'prochain identifiant libre' },
  starter: { en: 'HDS v2 declaration (starter)', fr: 'Déclaration HDS v2 (modèle)' },
  starterDoc: {
    en: 'A complete declaration to fill in: every section, the six activities, a risk per EXI-05 event, the 93 Annex A controls and the contract clauses.',
    fr: "Une déclaration complète à remplir : toutes les sections, les six activités, un risque par événement EXI-05, les 93 mesures de l’annexe A et les clauses du contrat.",
  },
  theme: { en: 'Theme', fr: 'Thème' },
  noAdequacy: { en: 'no adequacy decision for {country}', fr: 'aucune décision d’adéquation pour {country}' },
  accreditedBody: { en: 'issues HDS certificates (COFRAC accreditation) · partial list, checked {date}', fr: 'délivre des certificats HDS (accréditation COFRAC) · liste partielle, vérifiée le {date}' },
  accreditedShort: { en: 'HDS, COFRAC', fr: 'HDS, COFRAC' },
  sourcesRead: { en: 'Sources read:', fr: 'Sources lues\u00a0:' },
  usualExpiry: { en: 'three years after issue, the day before', fr: 'trois ans après la délivrance, la veille' },
  surveillanceDue: { en: 'surveillance audit of year {year}: due by this anniversary of issue', fr: 'audit de surveillance de l’année {year} : dû à cet anniversaire de la délivrance' },
} satisfies Record<string, Localized>;

const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

export function complete(request: CompletionRequest): CompletionList | null {
  const { file, offset, locale } = request;
  const index = request.checked ? indexOf(request.checked) : undefined;

  if (isEmptyDocument(file.text)) return emptyFileCompletions(request, index);

  const context = cursorContext(file, offset);
  if (!context) return null;
  // A space only asks for completion right after `key: `, `- `, `[` or `,`: not in prose.
  if (request.triggerCharacter === ' ' && !/(?:[:,[{-]|^)\s$/.test(file.text.slice(file.text.lastIndexOf('\n', offset - 1) + 1, offset))) return null;
  // A slash asks only inside an evidence path.
  if (request.triggerCharacter === '/' && !(context.kind === 'value' && isEvidencePath(context.path))) return null;

  const range = rangeOf(file, context.start, context.end);
  const builder = new Builder(file, context, range, locale, index, request.evidenceFolder, request.checked?.riskCriteria ?? defaultRiskCriteria(locale));
  if (context.kind === 'key') builder.keyCompletions(context.path.slice(0, -1));
  else builder.valueCompletions(context.path);
  return { isIncomplete: false, items: builder.items };
}

/** Nothing but blank lines and comments. Stops at the first line with content. */
function isEmptyDocument(source: string): boolean {
  let lineStart = 0;
  while (lineStart <= source.length) {
    const lineEnd = source.indexOf('\n', lineStart);
    const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    if (lineEnd < 0) return true;
    lineStart = lineEnd + 1;
  }
  return true;
}

function rangeOf(file: ParsedFile, start: number, end: number): Range {
  return { start: positionAt(file, start), end: positionAt(file, end) };
}

function emptyFileCompletions(request: CompletionRequest, index: DeclarationIndex | undefined): CompletionList {
  const { file, locale } = request;
  const items: CompletionItem[] = [];
  // Another file of the declaration already starts it: a second `hds:` root would conflict.
  const rootElsewhere = index?.declaration.version && index.declaration.version.at.file.uri !== file.uri;
  if (!rootElsewhere) {
    const starter = starterText(locale);
    items.push({
      label: localize(text.starter, locale),
      kind: CompletionItemKind.Snippet,
      detail: 'hds: 2',
      documentation: { kind: MarkupKind.Markdown, value: localize(text.starterDoc, locale) },
      filterText: 'hds declaration déclaration',
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: rangeOf(file, 0, file.text.length), newText: escapeSnippet(starter) },
      sortText: '0',
    });
  }
  const context = cursorContext(file, request.offset);
  if (context && context.kind === 'key') {
    const builder = new Builder(file, context, rangeOf(file, context.start, context.end), locale, index, undefined, defaultRiskCriteria(locale));
    builder.keyCompletions([]);
    items.push(...builder.items);
  }
  return { isIncomplete: false, items };
}

class Builder {
  readonly items: CompletionItem[] = [];
  /** Values go on a line of a block sequence that has no `- ` yet: they bring their own. */
  private needsDash: boolean;

  constructor(
    private readonly file: ParsedFile,
    private readonly context: CursorContext,
    private readonly range: Range,
    private readonly locale: Locale,
    private readonly index: DeclarationIndex | undefined,
    private readonly evidenceFolder: FolderListing | undefined,
    private readonly criteria: AppliedRiskCriteria,
  ) {
    this.needsDash = context.itemStart?.dash === false;
  }

  // ---- keys ------------------------------------------------------------------------------

  keyCompletions(mappingPath: Path): void {
    const at = schemaAt(mappingPath);
    if (!at) return;
    if (isType(at.schema, 'array')) {
      // Typing directly under a sequence's key: the user is starting an item, dash not written yet.
      this.itemSnippet(mappingPath, false);
      const newItem = [...mappingPath, Number.MAX_SAFE_INTEGER];
      const itemAt = schemaAt(newItem);
      if (itemAt && !isType(itemAt.schema, 'object') && !isType(itemAt.schema, 'array')) {
        this.needsDash = true;
        this.scalarValues(newItem, itemAt);
      }
      return;
    }
    const present = new Set(this.context.siblingKeys);
    if (mappingPath.length === 1 && mappingPath[0] === 'contract') return this.contractKeys(present);
    if (mappingPath.length === 1 && mappingPath[0] === 'requirements') return this.registerKeys(present);
    const offered = this.keyFilter(mappingPath);
    keysOf(at).forEach((key, order) => {
      if (present.has(key.key) || !offered(key.key)) return;
      this.items.push(this.keyItem(key, order, mappingPath));
    });
  }

  /**
   * Which keys of the mapping at `mappingPath` to offer. In a remote access, the key an adequacy
   * decision's scope asks for (`dpf_certified` for US…) only for the country of that decision:
   * Tunisia has no decision, so none of them.
   */
  private keyFilter(mappingPath: Path): (key: string) => boolean {
    if (mappingPath.length < 2 || typeof mappingPath[mappingPath.length - 1] !== 'number' || mappingPath[mappingPath.length - 2] !== 'remote_access') return () => true;
    const from = nodeAt(this.file, [...mappingPath, 'from'])?.node;
    const scopeKey = isScalar(from) && typeof from.value === 'string' ? adequacyDecision(from.value.trim().toUpperCase())?.requires?.key : undefined;
    return (key) => !adequacyScopeKeys.includes(key) || key === scopeKey;
  }

  private keyItem(key: KeyInfo, order: number, mappingPath: Path): CompletionItem {
    const item: CompletionItem = {
      label: key.key,
      kind: CompletionItemKind.Property,
      sortText: `${key.required ? '0' : '1'}${String(order).padStart(3, '0')}`,
      textEdit: { range: this.range, newText: key.key },
    };
    const description = key.description?.[this.locale];
    const activityEntry = mappingPath.length === 2 && mappingPath[0] === 'scope' && mappingPath[1] === 'activities' ? activity(key.key) : undefined;
    if (activityEntry) {
      item.detail = `${activityEntry.number}. ${activityEntry.name[this.locale]}`;
      item.labelDetails = { description: item.detail };
      item.documentation = { kind: MarkupKind.Markdown, value: activityEntry.summary[this.locale] };
      item.sortText = `0${activityEntry.number}`;
    } else if (description) {
      item.documentation = { kind: MarkupKind.Markdown, value: description };
      item.detail = description.length > 60 ? `${description.slice(0, 57)}…` : description;
    }
    // Only the key when the colon is already written after it.
    if (/^\s*:/.test(this.file.text.slice(this.context.end))) return item;
    const snippet = this.afterKey(key);
    item.textEdit = { range: this.range, newText: snippet };
    item.insertTextFormat = InsertTextFormat.Snippet;
    item.insertTextMode = InsertTextMode.adjustIndentation;
    if (key.hasChoices || key.shape === 'array-of-scalars') item.command = TRIGGER_SUGGEST;
    return item;
  }

  /** What follows the key: the shape of its value, ready to type into. */
  private afterKey(key: KeyInfo): string {
    const name = escapeSnippet(key.key);
    if (this.context.flow) return key.shape === 'array-of-scalars' ? `${name}: [$0]` : `${name}: $0`;
    switch (key.shape) {
      case 'object':
        return `${name}:\n  $0`;
      case 'array-of-objects':
        return `${name}:\n  - $0`;
      case 'array-of-scalars':
        return `${name}: [$0]`;
      default:
        return `${name}: $0`;
    }
  }

  private contractKeys(present: Set<string>): void {
    for (const id of contractKeyIds) {
      if (present.has(id) || this.index?.contractClauses.has(id)) continue;
      const entry = requirement(id)!;
      const withColon = /^\s*:/.test(this.file.text.slice(this.context.end));
      this.items.push({
        label: id,
        kind: CompletionItemKind.Property,
        detail: entry.title[this.locale],
        labelDetails: { description: entry.title[this.locale] },
        documentation: { kind: MarkupKind.Markdown, value: entry.summary[this.locale] },
        filterText: `${id} ${entry.title[this.locale]}`,
        sortText: id,
        textEdit: { range: this.range, newText: withColon ? id : `${id}: ` },
      });
    }
  }

  /** The keys of the requirements register: the requirements that need an answer first, then the others. */
  private registerKeys(present: Set<string>): void {
    const answered = new Set(this.index?.declaration.requirements.map((entry) => entry.requirement));
    const withColon = /^\s*:/.test(this.file.text.slice(this.context.end));
    for (const entry of requirements) {
      if (present.has(entry.id) || answered.has(entry.id)) continue;
      this.items.push({
        label: entry.id,
        kind: CompletionItemKind.Property,
        detail: entry.title[this.locale],
        labelDetails: { description: entry.title[this.locale] },
        documentation: { kind: MarkupKind.Markdown, value: entry.summary[this.locale] },
        filterText: `${entry.id} ${entry.title[this.locale]}`,
        sortText: `${entry.checkedBy === 'answer' ? '0' : '1'}${entry.id}`,
        textEdit: withColon ? { range: this.range, newText: entry.id } : { range: this.range, newText: `${entry.id}:\n  status: $0` },
        insertTextFormat: withColon ? undefined : InsertTextFormat.Snippet,
        insertTextMode: withColon ? undefined : InsertTextMode.adjustIndentation,
        command: withColon ? undefined : TRIGGER_SUGGEST,
      });
    }
  }

  // ---- values ----------------------------------------------------------------------------

  valueCompletions(path: Path): void {
    const at = schemaAt(path);
    if (!at) return;
    const last = path[path.length - 1];
    if (this.context.itemStart || isType(at.schema, 'object')) {
      if (typeof last === 'number') this.itemSnippet(path.slice(0, -1), this.context.itemStart?.dash ?? true);
      if (isType(at.schema, 'object') && (!this.context.itemStart || this.context.itemStart.dash)) {
        // `- ` then a first key: the keys of the item's mapping.
        const offered = this.keyFilter(path);
        keysOf(at).forEach((key, order) => offered(key.key) && this.items.push(this.keyItem(key, order, path)));
        return;
      }
      if (isType(at.schema, 'object')) return;
    }
    if (isType(at.schema, 'array')) return this.inlineListValues(path, at);
    this.scalarValues(path, at);
  }

  /** `controls: ` with nothing yet: offer items written as a one-item flow list. */
  private inlineListValues(path: Path, at: SchemaAt): void {
    if (!at.schema.items || this.context.quote) return;
    const before = this.items.length;
    this.scalarValues([...path, 0], schemaAt([...path, 0])!);
    for (const item of this.items.slice(before)) {
      if (item.textEdit && 'range' in item.textEdit) item.textEdit.newText = `[${item.textEdit.newText}]`;
    }
  }

  private scalarValues(path: Path, at: SchemaAt): void {
    const defs = at.defs;
    const key = [...path].reverse().find((segment) => typeof segment === 'string');
    if (isEvidencePath(path)) return this.evidenceValues();
    if (defs.includes('controlId')) return this.controlValues(path);
    if (defs.includes('riskEvent')) return this.riskEventValues(path);
    if (defs.includes('activity')) return this.activityValues(path);
    if (defs.includes('country')) return this.countryValues(path.length >= 3 && path[path.length - 3] === 'remote_access' && key === 'from');
    if (path[0] === 'exceptions' && typeof path[1] === 'number' && path.length === 3 && key === 'rule') return this.exceptionRuleValues();
    if (path[0] === 'exceptions' && typeof path[1] === 'number' && path.length === 3 && key === 'target') return this.exceptionTargetValues(path);
    if (defs.includes('id')) {
      if (key === 'by' || key === 'operator' || (key === 'subcontractors' && path[0] === 'transfers')) return this.subcontractorValues(path);
      if (key === 'sites') return this.siteValues(path);
      if (key === 'id' && path[0] === 'risks') return this.nextRiskIdValue();
      return;
    }
    if (defs.includes('date')) return this.dateValues(path);
    if (key === 'body' && (path[0] === 'certification' || path[path.length - 2] === 'certificate')) return this.certificationBodyValues();
    if ((key === 'likelihood' || key === 'impact') && path[0] === 'risks') return this.scaleValues(key, at);
    const choices = choicesOf(at);
    if (choices.length === 0) return this.rangeValues(at);
    // The referential and the edition still valid (HDS v2, ISO/IEC 27001:2022) before the lapsed ones.
    const current = (key === 'referential' && path[0] === 'certification') ? 2 : key === 'edition' && path[0] === 'certification' ? 2022 : undefined;
    // The legal basis of a remote access: an adequacy decision first when its country has one, last when it has none.
    const fromCountry = key === 'basis' && path.length >= 3 && path[path.length - 3] === 'remote_access' ? this.accessCountry(path.slice(0, -1)) : undefined;
    const decision = fromCountry ? adequacyDecision(fromCountry) : undefined;
    choices.forEach((choice, order) => {
      const label = String(choice);
      const basis = key === 'basis' ? legalBasis(label) : undefined;
      let rank = current === undefined || choice === current ? 0 : 1;
      if (fromCountry && !isInEea(fromCountry) && label === 'adequacy') rank = decision ? 0 : 2;
      else if (fromCountry && !isInEea(fromCountry)) rank = 1;
      const item = this.value(label, label, CompletionItemKind.EnumMember, `${rank}${String(order).padStart(2, '0')}`);
      if (basis) {
        item.detail = `${basis.name[this.locale]} (${this.locale === 'fr' ? 'RGPD' : 'GDPR'} ${basis.gdpr})`;
        item.labelDetails = { description: basis.name[this.locale] };
        item.documentation = { kind: MarkupKind.Markdown, value: basis.summary[this.locale] };
        if (fromCountry && !isInEea(fromCountry) && label === 'adequacy') {
          const fit = decision ? localize(text.adequacy, this.locale, { date: dated(decision.adopted) }) : localize(text.noAdequacy, this.locale, { country: countryName(fromCountry, this.locale) });
          item.labelDetails = { description: fit };
          item.detail = `${item.detail} — ${fit}`;
        }
      } else if (at.description) {
        item.documentation = { kind: MarkupKind.Markdown, value: at.description[this.locale] };
      }
      this.items.push(item);
    });
  }

  /** The country (`from`) of the remote access at `accessPath`, upper-cased, when written. */
  private accessCountry(accessPath: Path): string | undefined {
    const from = nodeAt(this.file, [...accessPath, 'from'])?.node;
    return isScalar(from) && typeof from.value === 'string' && from.value.trim() ? from.value.trim().toUpperCase() : undefined;
  }

  /** The certification bodies of the catalog, with their sources and what the sources disagree on; any other name may be written. */
  private certificationBodyValues(): void {
    const note = certificationBodies.note[this.locale];
    const sourceList = certificationBodies.sources.map((entry) => `- [${markdownText(entry.title)}](${entry.url})`).join('\n');
    certificationBodies.bodies.forEach((body, order) => {
      const item = this.value(body.name, /^[\w .-]+$/u.test(body.name) ? body.name : JSON.stringify(body.name), CompletionItemKind.Value, String(order).padStart(2, '0'));
      item.detail = localize(text.accreditedBody, this.locale, { date: dated(certificationBodies.checked) });
      item.labelDetails = { description: localize(text.accreditedShort, this.locale) };
      const own = body.sources.map((entry) => `- [${markdownText(entry.title)}](${entry.url})`).join('\n');
      item.documentation = { kind: MarkupKind.Markdown, value: `**${markdownText(body.name)}**\n\n${markdownText(note)}\n\n${own}\n\n${localize(text.sourcesRead, this.locale)}\n\n${sourceList}` };
      this.items.push(item);
    });
  }

  /** A likelihood or impact: each level of the scale that applies (the declaration's risk_criteria, else the default), with its label. */
  private scaleValues(which: 'likelihood' | 'impact', at: SchemaAt): void {
    const scale = this.criteria[which];
    const origin = localize(SCALE_ORIGIN_TEXT[scale.origin], this.locale);
    scale.levels.forEach((entry, order) => {
      const item = this.value(String(entry.level), String(entry.level), CompletionItemKind.Value, String(order).padStart(2, '0'));
      item.detail = entry.label;
      item.labelDetails = { description: entry.label };
      item.documentation = { kind: MarkupKind.Markdown, value: [`**${markdownText(entry.label)}** (${markdownText(origin)})`, at.description?.[this.locale]].filter(Boolean).join('\n\n') };
      this.items.push(item);
    });
  }

  /** The entries of the folder the evidence path names, when the server listed the one it asks for. */
  private evidenceValues(): void {
    const listing = this.evidenceFolder;
    if (!listing || this.context.itemStart?.dash === false) return;
    // A listing of another folder (the text moved on while it was read) offers nothing.
    if (listing.uri !== typedFolderOf(this.context, this.file.uri)) return;
    this.items.push(...evidencePathItems(this.context, listing, this.range, this.locale, this.file.text));
  }

  /** A small whole-number scale: each of its values, in order. */
  private rangeValues(at: SchemaAt): void {
    const schema = at.schema as SchemaAt['schema'] & { minimum?: number; maximum?: number };
    if (!isType(schema, 'integer') || !Number.isInteger(schema.minimum) || !Number.isInteger(schema.maximum)) return;
    const [minimum, maximum] = [schema.minimum!, schema.maximum!];
    if (maximum < minimum || maximum - minimum > 9) return;
    for (let value = minimum; value <= maximum; value++) {
      const item = this.value(String(value), String(value), CompletionItemKind.Value, String(value - minimum).padStart(2, '0'));
      if (at.description) item.documentation = { kind: MarkupKind.Markdown, value: at.description[this.locale] };
      this.items.push(item);
    }
  }

  /** A value item replacing the token; `insert` is quoted when the user opened no quote and the value needs one. */
  private value(label: string, insert: string, kind: CompletionItemKind, sortText: string, quoteIfBare = false): CompletionItem {
    let newText = insert;
    const quote = this.context.quote;
    if (quote) {
      const closed = this.file.text[this.context.end] === quote;
      newText = closed ? insert : `${insert}${quote}`;
    } else if (quoteIfBare) {
      newText = `"${insert}"`;
    }
    if (this.needsDash) newText = `- ${newText}`;
    return { label, kind, sortText, textEdit: { range: this.range, newText } };
  }

  private controlValues(path: Path): void {
    const index = this.index;
    const inSoa = path[0] === 'soa';
    const risk = path[0] === 'risks' && typeof path[1] === 'number' ? this.siblingValues(path) : new Set<string>();
    for (const [order, entry] of controls.entries()) {
      if (risk.has(entry.id)) continue;
      const title = entry.title[this.locale];
      const soaEntry = index?.soa.get(entry.id);
      const theme = controlTheme(entry.theme);
      const item = this.value(entry.id, entry.id, CompletionItemKind.Value, '', true);
      item.filterText = `${entry.id} ${title}`;
      item.detail = title;
      let status: string;
      let rank: number;
      if (inSoa) {
        // The SoA lists each control once: the missing ones are what is being added.
        status = soaEntry ? localize(text.inSoa, this.locale) : localize(text.notInSoa, this.locale);
        rank = soaEntry ? 1 : 0;
      } else {
        // A risk is treated by applicable controls: those first, excluded ones last.
        status = soaEntry?.applicable === true ? `${localize(text.applicable, this.locale)}${soaEntry.status ? ` · ${soaEntry.status}` : ''}` : soaEntry?.applicable === false ? localize(text.excluded, this.locale) : localize(text.notInSoa, this.locale);
        rank = soaEntry?.applicable === true ? 0 : soaEntry?.applicable === false ? 2 : 1;
      }
      item.labelDetails = { detail: ` ${title}`, description: status };
      item.documentation = { kind: MarkupKind.Markdown, value: `**${entry.id} ${title}**\n\n${localize(text.theme, this.locale)}: ${theme?.name[this.locale] ?? entry.theme}\n\n${markdownText(status)}` };
      item.sortText = `${rank}${String(order).padStart(3, '0')}`;
      this.items.push(item);
    }
  }

  private riskEventValues(path: Path): void {
    const taken = typeof path[path.length - 1] === 'number' ? this.siblingValues(path) : new Set<string>();
    // The 13 events, those no assessed risk covers first; then the families B and D, which cover none of them.
    [...riskEvents, ...parentRiskEvents].forEach((event, order) => {
      if (taken.has(event.id)) return;
      const risks = this.index?.risksByEvent.get(event.id) ?? [];
      const coverage = event.children ? localize(text.family, this.locale, { children: event.children.join(', ') })
        : risks.length === 0 ? localize(text.uncovered, this.locale) : localize(text.coveredBy, this.locale, { risks: risks.map((risk) => risk.id ?? '?').slice(0, 5).join(', ') });
      const item = this.value(event.id, event.id, CompletionItemKind.EnumMember, `${event.children ? 2 : risks.length === 0 ? 0 : 1}${String(order).padStart(2, '0')}`);
      const title = event.title[this.locale];
      item.filterText = `${event.id} ${title}`;
      item.detail = title;
      item.labelDetails = { detail: ` ${title}`, description: coverage };
      const group = event.group ? `${event.group[this.locale]} — ` : '';
      item.documentation = { kind: MarkupKind.Markdown, value: `**${event.id}** ${group}${title}\n\n${event.summary[this.locale]}\n\n${markdownText(coverage)}` };
      this.items.push(item);
    });
  }

  private activityValues(path: Path): void {
    const taken = typeof path[path.length - 1] === 'number' ? this.siblingValues(path) : new Set<string>();
    // In a subcontractor's lists, the activities it is named for come first.
    for (const entry of activities) {
      if (taken.has(entry.id) || taken.has(String(entry.number))) continue;
      const name = entry.name[this.locale];
      const item = this.value(entry.id, entry.id, CompletionItemKind.EnumMember, String(entry.number));
      item.filterText = `${entry.id} ${entry.number} ${name}`;
      item.detail = `${entry.number}. ${name}`;
      item.labelDetails = { description: `${entry.number}. ${name}` };
      item.documentation = { kind: MarkupKind.Markdown, value: `**${localize(text.activityNumber, this.locale, { number: entry.number })} — ${name}**\n\n${entry.summary[this.locale]}` };
      this.items.push(item);
    }
  }

  /** `outsideFirst`: for `remote_access.from`, where only access from outside the EEA is a transfer to declare. */
  private countryValues(outsideFirst = false): void {
    for (const code of countryCodes) {
      const name = countryName(code, this.locale);
      const inEea = isInEea(code);
      const decision = inEea ? undefined : adequacyDecision(code);
      const where = inEea ? localize(text.eea, this.locale) : localize(text.outsideEea, this.locale) + (decision ? ` · ${localize(text.adequacy, this.locale, { date: dated(decision.adopted) })}` : '');
      const rank = outsideFirst ? (inEea ? 1 : 0) : inEea ? 0 : decision ? 1 : 2;
      const item = this.value(code, code, CompletionItemKind.Value, `${rank}${code}`);
      item.filterText = `${code} ${name}`;
      item.detail = `${name} — ${where}`;
      item.labelDetails = { detail: ` ${name}`, description: where };
      this.items.push(item);
    }
  }

  private subcontractorValues(path: Path): void {
    const taken = typeof path[path.length - 1] === 'number' ? this.siblingValues(path) : new Set<string>();
    // `scope.activities.<activity>.by`: subcontractors that perform this activity come first.
    const activityKey = path[0] === 'scope' && path[1] === 'activities' ? path[2] : undefined;
    const activityId = typeof activityKey === 'string' ? (activity(activityKey)?.id ?? activities.find((entry) => String(entry.number) === activityKey)?.id) : undefined;
    for (const [id, subcontractor] of this.index?.subcontractors ?? []) {
      if (taken.has(id)) continue;
      const performs = activityId !== undefined && subcontractor.activities.some((entry) => entry.id === activityId);
      const item = this.value(id, id, CompletionItemKind.Reference, `${performs ? 0 : 1}${id}`);
      item.detail = subcontractor.name ?? id;
      item.labelDetails = { detail: subcontractor.name ? ` ${subcontractor.name}` : undefined, description: performs ? localize(text.performs, this.locale) : undefined };
      const certificate = subcontractor.certificate?.number ? `HDS ${subcontractor.certificate.number}` : '';
      item.documentation = { kind: MarkupKind.Markdown, value: [`**${markdownText(subcontractor.name ?? id)}**`, markdownText(subcontractor.role ?? ''), markdownText(certificate)].filter(Boolean).join('\n\n') };
      this.items.push(item);
    }
  }

  private siteValues(path: Path): void {
    const taken = this.siblingValues(path);
    for (const [id, site] of this.index?.sites ?? []) {
      if (taken.has(id)) continue;
      const country = site.country?.value;
      const where = [site.country ? `${countryName(site.country.value, this.locale)}` : '', site.operator ? `(${site.operator.value})` : ''].filter(Boolean).join(' ');
      const item = this.value(id, id, CompletionItemKind.Reference, `${country && isInEea(country) ? 0 : 1}${id}`);
      item.detail = where || undefined;
      item.labelDetails = { description: where || undefined };
      this.items.push(item);
    }
  }

  /** Dates the HDS cycle implies: the usual expiry three years after issue, the surveillance anniversaries. */
  private dateValues(path: Path): void {
    if (path[0] !== 'certification' || path[1] !== 'hds') return;
    const issuedNode = nodeAt(this.file, ['certification', 'hds', 'issued'])?.node;
    const issued = isScalar(issuedNode) && typeof issuedNode.value === 'string' ? issuedNode.value : undefined;
    if (!issued) return;
    const key = path[path.length - 1];
    const suggestions: { date: string; detail: string }[] = [];
    if (path.length === 3 && key === 'expires') {
      const expiry = usualHdsExpiry(issued);
      if (expiry) suggestions.push({ date: expiry, detail: localize(text.usualExpiry, this.locale) });
    } else if (path[2] === 'surveillance' && key === 'date') {
      surveillanceDueDates(issued).forEach((date, index) => suggestions.push({ date, detail: localize(text.surveillanceDue, this.locale, { year: index + 1 }) }));
    }
    suggestions.forEach(({ date, detail }, order) => {
      const item = this.value(date, date, CompletionItemKind.Value, String(order));
      item.detail = detail;
      this.items.push(item);
    });
  }

  /** Rule codes for an exception: those with findings in the declaration first. */
  private exceptionRuleValues(): void {
    const found = new Set([...(this.index?.findingsByUri.values() ?? [])].flat().map((finding) => finding.code));
    rules.forEach((rule, order) => {
      if (UNACCEPTABLE_RULES.has(rule.code)) return;
      const item = this.value(rule.code, rule.code, CompletionItemKind.EnumMember, `${found.has(rule.code) ? 0 : 1}${String(order).padStart(3, '0')}`);
      item.detail = rule.requirement ? `${rule.severity} · ${rule.requirement}` : rule.severity;
      item.documentation = { kind: MarkupKind.Markdown, value: rule.docs[this.locale] };
      this.items.push(item);
    });
  }

  /** What the findings of the exception's rule are about, to accept one of them. */
  private exceptionTargetValues(path: Path): void {
    const rule = nodeAt(this.file, [...path.slice(0, -1), 'rule'])?.node;
    const code = isScalar(rule) ? String(rule.value) : undefined;
    if (!code || !this.index) return;
    const seen = new Set<string>();
    [...this.index.findingsByUri.values()].flat().filter((finding) => finding.code === code && !finding.accepted).forEach((finding, order) => {
      const target = exceptionTarget(this.index!.declaration, finding);
      if (target === undefined || seen.has(target)) return;
      seen.add(target);
      const item = this.value(target, /^[\d.]+$/.test(target) ? JSON.stringify(target) : target, CompletionItemKind.Value, String(order).padStart(4, '0'));
      item.detail = finding.message;
      this.items.push(item);
    });
  }

  private nextRiskIdValue(): void {
    const item = this.value(nextRiskId(this.index), nextRiskId(this.index), CompletionItemKind.Value, '0');
    item.detail = localize(text.nextId, this.locale);
    this.items.push(item);
  }

  /** Values already written in the list holding the item at `path` (its other items). */
  private siblingValues(path: Path): Set<string> {
    const list = nodeAt(this.file, path.slice(0, -1))?.node;
    const values = new Set<string>();
    if (!isSeq(list)) return values;
    list.items.forEach((item, position) => {
      if (position === path[path.length - 1] || !isScalar(item)) return;
      values.add(item.source !== undefined && typeof item.value === 'number' ? item.source : String(item.value));
    });
    return values;
  }

  // ---- snippets --------------------------------------------------------------------------

  /** A new entry of `risks`, `subcontractors` or `soa`, written with its dash when the line has none. */
  private itemSnippet(sequencePath: Path, hasDash: boolean): void {
    if (sequencePath.length !== 1 || this.context.flow) return;
    const snippet = snippetForSection(sequencePath[0], this.locale, this.index, this.criteria);
    if (!snippet) return;
    // Continuation lines are indented by the editor like the snippet's line, plus the dash's width.
    const lineStart = this.file.text.lastIndexOf('\n', this.context.start - 1) + 1;
    const lineIndent = /^[ ]*/.exec(this.file.text.slice(lineStart))![0].length;
    const contentColumn = this.context.start - lineStart;
    const pad = ' '.repeat(Math.max(2, hasDash ? contentColumn - lineIndent : 2));
    const body = snippet.body.split('\n').map((line, number) => (number === 0 || line === '' ? line : `${pad}${line}`)).join('\n');
    this.items.push({
      label: snippet.label[this.locale],
      kind: CompletionItemKind.Snippet,
      detail: snippet.description[this.locale],
      documentation: { kind: MarkupKind.Markdown, value: markdownFence(`${hasDash ? '' : '- '}${body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '')}`, 'yaml') },
      filterText: `${snippet.keywords} ${snippet.label[this.locale]}`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: this.range, newText: hasDash ? body : `- ${body}` },
      sortText: '!',
    });
  }
}

