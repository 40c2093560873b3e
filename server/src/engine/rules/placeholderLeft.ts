import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import { isPlaceholder } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';
import type { ParsedFile } from '../yamlFile';

export default defineRule({
  code: 'placeholder-left',
  severity: 'warning',
  docs: {
    en: 'No value is still a placeholder (TODO, TBD, ..., xxx, an example.com/.fr/.org address, a date in 2099 or later): the starter declaration and the quick fixes leave TODO where only you know the answer.',
    fr: 'Aucune valeur n’est encore un texte provisoire (TODO, TBD, ..., xxx, une adresse example.com/.fr/.org, une date en 2099 ou après) : la déclaration de départ et les correctifs rapides laissent TODO là où vous seul connaissez la réponse.',
  },
  messages: {
    placeholder: {
      en: '{value} is a placeholder: write the real answer before the audit.',
      fr: '{value} est un texte provisoire\u00a0: écrivez la vraie réponse avant l’audit.',
    },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      // Unreadable files (alias bombs, binary) have no model; their AST is not worth walking.
      if (!file.document || file.value === undefined) continue;
      for (const { start, end, value } of placeholdersOf(file)) report({ messageId: 'placeholder', at: { file, start, end }, args: { value: quoted(value) } });
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
    forEachValueScalar(file.document?.contents, (node) => {
      if (typeof node.value === 'string' && isPlaceholder(node.value) && node.range) placeholders.push({ start: node.range[0], end: node.range[1], value: node.value });
    });
    foundPlaceholders.set(file, (found = placeholders));
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
