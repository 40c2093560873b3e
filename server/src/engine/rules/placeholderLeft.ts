import { visit } from 'yaml';
import { defineRule, quoted } from '../rule';

/** Starter declarations and quick fixes write this word where only the user knows the answer. */
const PLACEHOLDER = /^\s*TODO\b/;

export default defineRule({
  code: 'placeholder-left',
  severity: 'warning',
  docs: {
    en: 'No value still reads TODO: the starter declaration and the quick fixes leave TODO where only you know the answer.',
    fr: 'Aucune valeur n’est encore TODO : la déclaration de départ et les correctifs rapides laissent TODO là où vous seul connaissez la réponse.',
  },
  messages: {
    placeholder: {
      en: '{value} is a placeholder: write the real answer before the audit.',
      fr: '{value} est un texte provisoire : écrivez la vraie réponse avant l’audit.',
    },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      // Unreadable files (alias bombs, binary) have no model; their AST is not worth walking.
      if (!file.document || file.value === undefined) continue;
      visit(file.document, {
        Scalar(key, node) {
          if (key === 'key' || typeof node.value !== 'string' || !PLACEHOLDER.test(node.value) || !node.range) return;
          report({ messageId: 'placeholder', at: { file, start: node.range[0], end: node.range[1] }, args: { value: quoted(node.value) } });
        },
      });
    }
  },
});
