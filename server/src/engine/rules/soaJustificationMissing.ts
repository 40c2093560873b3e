import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { nodeAt } from '../yamlFile';

export default defineRule({
  code: 'soa-justification-missing',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.3 d)',
  docs: { en: 'A control excluded from the SoA (`applicable: false`) carries a justification.', fr: 'Une mesure exclue de la DdA (`applicable: false`) porte une justification.' },
  messages: {
    missing: { en: 'Control {id} is excluded without a justification: say why it does not apply.', fr: "La mesure {id} est exclue sans justification : expliquez pourquoi elle ne s’applique pas." },
    placeholder: {
      en: 'Control {id} is excluded, but its justification is still a placeholder: say why it does not apply.',
      fr: 'La mesure {id} est exclue, mais sa justification est encore un texte provisoire\u00a0: expliquez pourquoi elle ne s’applique pas.',
    },
  },
  check({ declaration, report }) {
    for (const entry of declaration.soa) {
      if (entry.applicable !== false || entry.justification?.trim() || !entry.control) continue;
      // The model reads a placeholder as no justification; it is marked where it is written.
      const justification = { file: entry.at.file, path: [...entry.at.path, 'justification'] };
      const node = nodeAt(justification.file, justification.path)?.node;
      if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
        report({ messageId: 'placeholder', at: justification, args: { id: entry.control.id }, data: { control: entry.control.id, undecided: true } });
      } else {
        report({ messageId: 'missing', at: { file: entry.at.file, path: [...entry.at.path, 'applicable'] }, args: { id: entry.control.id }, data: { control: entry.control.id } });
      }
    }
  },
});
