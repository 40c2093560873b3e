import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import { isPlaceholder } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';
import { positionAt, type ParsedFile } from '../yamlFile';

export default defineRule({
  code: 'placeholder-left',
  severity: 'warning',
  docs: {
    en: 'No value is still a placeholder (TODO, TBD, N/A, a lone dash, ..., xxx, an example.com/.fr/.org address, a date in 2099 or later): the starter declaration and the quick fixes leave TODO where only you know the answer.',
    fr: 'Aucune valeur n’est encore un texte provisoire (TODO, TBD, N/A, un tiret seul, ..., xxx, une adresse example.com/.fr/.org, une date en 2099 ou après) : la déclaration de départ et les correctifs rapides laissent TODO là où vous seul connaissez la réponse.',
  },
  messages: {
    placeholder: {
      en: '{value} is a placeholder: write the real answer before the audit.',
      fr: '{value} est un texte provisoire\u00a0: écrivez la vraie réponse avant l’audit.',
    },
  },
  check({ declaration, findings, report }) {
    // A placeholder an earlier rule already reports as a missing answer (a required key, a contract
    // clause…) is not reported twice: that finding says more, at its own severity.
    const reported = new Set(findings.map((finding) => `${finding.uri}\u0000${finding.range.start.line}:${finding.range.start.character}`));
    for (const file of declaration.files) {
      // Unreadable files (alias bombs, binary) have no model; their AST is not worth walking.
      if (!file.document || file.value === undefined) continue;
      for (const { start, end, value } of placeholdersOf(file)) {
        if (reported.size > 0) {
          const at = positionAt(file, start);
          if (reported.has(`${file.uri}\u0000${at.line}:${at.character}`)) continue;
        }
        report({ messageId: 'placeholder', at: { file, start, end }, args: { value: quoted(value) } });
      }
    }
  },
});

/**
 * The placeholders of a parsed file, found once per parse: the language server hands the same
 * ParsedFile to every check until its text changes, so an edit of one file of a split declaration
 * walks only that file. What is found depends on nothing but the file's syntax tree.
 */
const foundPlaceholders = new WeakMap<ParsedFile, readonly { start: number; end: number; value: string }[]>();
function placeholdersOf(file: ParsedFile): readonly { start: number; end: number; value: string }[] {
  let found = foundPlaceholders.get(file);
  if (!found) {
    const placeholders: { start: number; end: number; value: string }[] = [];
    // A loop, not push(...): a part may hold more placeholders than a call takes arguments.
    const add = (node: unknown) => {
      for (const scalar of placeholderScalars(node)) placeholders.push({ start: scalar.range![0], end: scalar.range![1], value: scalar.value as string });
    };
    const contents = file.document?.contents;
    if (isMap(contents)) {
      for (const pair of contents.items) {
        if (!isScalar(pair.key)) add(pair.key);
        if (isSeq(pair.value)) for (const item of pair.value.items) add(item);
        else add(pair.value);
      }
    } else {
      add(contents);
    }
    foundPlaceholders.set(file, (found = placeholders));
  }
  return found;
}

/**
 * The placeholder scalars under a top-level value or an item of a top-level sequence, found once
 * per node: after an edit, the incremental parse hands over the nodes of the parts whose text did
 * not change (their ranges moved in place), so an edit of one risk in a large file walks that
 * risk's group only.
 */
const placeholdersUnder = new WeakMap<object, readonly Scalar[]>();
function placeholderScalars(node: unknown): readonly Scalar[] {
  if (node === null || typeof node !== 'object') return [];
  let found = placeholdersUnder.get(node);
  if (!found) {
    const scalars: Scalar[] = [];
    forEachValueScalar(node, (scalar) => {
      if (typeof scalar.value === 'string' && isPlaceholder(scalar.value) && scalar.range) scalars.push(scalar);
    });
    placeholdersUnder.set(node, (found = scalars));
  }
  return found;
}

/**
 * Every scalar under `node` that is not a mapping key, in document order; aliases are not followed.
 * A plain recursive walk: the `yaml` library's `visit` allocates a frozen path array per node,
 * which made this rule most of the rules' time on a large declaration.
 */
function forEachValueScalar(node: unknown, found: (scalar: Scalar) => void, isKey = false): void {
  if (isScalar(node)) {
    if (!isKey) found(node);
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) forEachValueScalar(item, found);
  } else if (isPair(node)) {
    forEachValueScalar(node.key, found, true);
    forEachValueScalar(node.value, found);
  }
}
