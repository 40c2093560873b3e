import { visit } from 'yaml';
import { isPlaceholder } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';

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
      visit(file.document, {
        Scalar(key, node) {
          if (key === 'key' || typeof node.value !== 'string' || !isPlaceholder(node.value) || !node.range) return;
          report({ messageId: 'placeholder', at: { file, start: node.range[0], end: node.range[1] }, args: { value: quoted(node.value) } });
        },
      });
    }
  },
});
