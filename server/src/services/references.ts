// Where each id the declaration defines is defined and used, across its files: the one place
// that knows it, for go to definition, find references and rename.
import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { isScalar, type Scalar } from 'yaml';
import schema from '../../../schemas/hds.schema.json';
import type { CheckResult } from '../engine/check';
import { activityByNumberOrName, control, isCountry, requirement } from '../engine/catalog';
import type { Ref } from '../engine/declaration';
import { localize, quoted } from '../engine/text';
import type { Locale, Position } from '../engine/types';
import { nodeAt, offsetAt, offsetRange, type ParsedFile } from '../engine/yamlFile';
import { replaceScalar, scalarAt } from './yamlEdits';

/** What an id names. Controls are catalog ids: they have a definition (the SoA entry) but no new name. */
export type IdKind = 'subcontractor' | 'site' | 'risk' | 'control';

export interface Occurrence {
  kind: IdKind;
  id: string;
  file: ParsedFile;
  node: Scalar;
  /** The place that declares the id (the first one, when it is declared twice). */
  definition: boolean;
}

const RENAMABLE: readonly IdKind[] = ['subcontractor', 'site', 'risk'];
const ID_PATTERN = new RegExp(schema.$defs.id.pattern);

const text = {
  notRenamable: {
    en: 'Only the ids this declaration defines can be renamed: subcontractors, storage sites and risks.',
    fr: 'Seuls les identifiants que définit cette déclaration se renomment : sous-traitants, sites de stockage et risques.',
  },
  catalogControl: {
    en: '{id} is an ISO/IEC 27001 Annex A control: its id is fixed by the standard.',
    fr: '{id} est une mesure de l’annexe A de l’ISO/IEC 27001 : son identifiant est fixé par la norme.',
  },
  catalogId: {
    en: '{id} is fixed by the HDS referential or ISO 3166: it cannot be renamed.',
    fr: '{id} est fixé par le référentiel HDS ou l’ISO 3166 : il ne se renomme pas.',
  },
  invalidName: {
    en: '{id} is not a valid id: use letters, digits, ‘.’, ‘_’ and ‘-’, starting with a letter or a digit.',
    fr: '{id} n’est pas un identifiant valide : lettres, chiffres, « . », « _ » et « - », en commençant par une lettre ou un chiffre.',
  },
  taken: {
    en: 'The declaration already has a {kind} {id}.',
    fr: 'La déclaration a déjà un {kind} {id}.',
  },
  kind: {
    subcontractor: { en: 'subcontractor', fr: 'sous-traitant' },
    site: { en: 'storage site', fr: 'site de stockage' },
    risk: { en: 'risk', fr: 'risque' },
    control: { en: 'control', fr: 'mesure' },
  },
};

const occurrencesByResult = new WeakMap<CheckResult, Occurrence[]>();

/** Every definition and use of an id in the declaration, definitions first. */
export function occurrences(result: CheckResult): Occurrence[] {
  const cached = occurrencesByResult.get(result);
  if (cached) return cached;
  const { declaration } = result;
  const found: Occurrence[] = [];
  const defined = new Set<string>();
  const add = (kind: IdKind, ref: Ref | undefined, definition: boolean) => {
    if (!ref) return;
    const node = nodeAt(ref.file, ref.path)?.node;
    if (!isScalar(node) || !node.range || (typeof node.value !== 'string' && typeof node.value !== 'number')) return;
    const id = String(node.value);
    const first = definition && !defined.has(`${kind}:${id}`);
    if (first) defined.add(`${kind}:${id}`);
    found.push({ kind, id, file: ref.file, node, definition: first });
  };
  const field = (at: Ref, key: string): Ref => ({ file: at.file, path: [...at.path, key] });

  for (const subcontractor of declaration.subcontractors) if (subcontractor.id !== undefined) add('subcontractor', field(subcontractor.at, 'id'), true);
  for (const site of declaration.storage) if (site.site !== undefined) add('site', field(site.at, 'site'), true);
  for (const risk of declaration.risks) if (risk.id !== undefined) add('risk', field(risk.at, 'id'), true);
  for (const entry of declaration.soa) add('control', entry.control?.at, true);
  for (const scope of declaration.activities) {
    for (const by of scope.by) add('subcontractor', by.at, false);
    for (const site of scope.sites) add('site', site.at, false);
  }
  for (const site of declaration.storage) add('subcontractor', site.operator?.at, false);
  for (const risk of declaration.risks) for (const used of risk.controls) add('control', used.at, false);
  // An exception's target names what its finding is about: when that is an id the declaration defines, it is a use of it.
  for (const exception of declaration.exceptions) {
    const target = exception.target;
    const kind = target && (['risk', 'subcontractor', 'site', 'control'] as const).find((candidate) => defined.has(`${candidate}:${target.value}`));
    if (kind) add(kind, target!.at, false);
  }

  occurrencesByResult.set(result, found);
  return found;
}

/** The occurrence under the cursor, if the cursor is on an id the declaration defines or uses. */
export function occurrenceAt(result: CheckResult, uri: string, position: Position): Occurrence | undefined {
  const file = result.declaration.files.find((candidate) => candidate.uri === uri);
  if (!file) return undefined;
  const offset = offsetAt(file, position);
  return occurrences(result).find((occurrence) => occurrence.file === file && occurrence.node.range![0] <= offset && offset <= occurrence.node.range![1]);
}

const sameId = (a: Occurrence) => (b: Occurrence) => a.kind === b.kind && a.id === b.id;

export function locationOf(occurrence: Occurrence): Location {
  return { uri: occurrence.file.uri, range: rangeOf(occurrence) };
}

function rangeOf(occurrence: Occurrence): Range {
  return offsetRange(occurrence.file, occurrence.node.range![0], occurrence.node.range![1]);
}

export function definitionAt(result: CheckResult, uri: string, position: Position): Location[] {
  const at = occurrenceAt(result, uri, position);
  if (!at) return [];
  return occurrences(result).filter((candidate) => candidate.definition && sameId(at)(candidate)).map(locationOf);
}

export function referencesAt(result: CheckResult, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const at = occurrenceAt(result, uri, position);
  if (!at) return [];
  return occurrences(result).filter((candidate) => sameId(at)(candidate) && (includeDeclaration || !candidate.definition)).map(locationOf);
}

export type RenameCheck = { range: Range; placeholder: string } | { error: string };

/** Whether the id under the cursor can be renamed, and if not, why, in the user's language. */
export function prepareRename(result: CheckResult, file: ParsedFile, position: Position, locale: Locale): RenameCheck {
  const at = occurrenceAt(result, file.uri, position);
  if (at && RENAMABLE.includes(at.kind)) return { range: rangeOf(at), placeholder: at.id };
  if (at?.kind === 'control') return { error: localize(text.catalogControl, locale, { id: quoted(at.id) }) };
  const scalar = scalarAt(file, scalarStartAt(file, offsetAt(file, position)) ?? -1)?.node;
  const written = scalar && isScalar(scalar) ? String(scalar.value) : undefined;
  if (written !== undefined && isCatalogId(written)) return { error: localize(text.catalogId, locale, { id: quoted(written) }) };
  return { error: localize(text.notRenamable, locale) };
}

/** The edits that rename the id under the cursor in every file of the declaration. */
export function rename(result: CheckResult, file: ParsedFile, position: Position, newName: string, locale: Locale): WorkspaceEdit | { error: string } {
  const check = prepareRename(result, file, position, locale);
  if ('error' in check) return check;
  const at = occurrenceAt(result, file.uri, position)!;
  if (!ID_PATTERN.test(newName)) return { error: localize(text.invalidName, locale, { id: quoted(newName) }) };
  if (newName === at.id) return { changes: {} };
  if (occurrences(result).some((candidate) => candidate.definition && candidate.kind === at.kind && candidate.id === newName)) {
    return { error: localize(text.taken, locale, { kind: text.kind[at.kind], id: quoted(newName) }) };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrences(result).filter(sameId(at))) {
    (changes[occurrence.file.uri] ??= []).push(...replaceScalar(occurrence.file, occurrence.node, newName));
  }
  return { changes };
}

function isCatalogId(written: string): boolean {
  return control(written) !== undefined || requirement(written) !== undefined || activityByNumberOrName(written) !== undefined || isCountry(written);
}

/** The start offset of the scalar that contains `offset`, found by walking back over the token. */
function scalarStartAt(file: ParsedFile, offset: number): number | undefined {
  let start = offset;
  while (start > 0 && !/[\s,[\]{}:]/.test(file.text[start - 1])) start--;
  return start < file.text.length ? start : undefined;
}
