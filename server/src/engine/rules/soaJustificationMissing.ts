import { defineRule } from '../rule';

export default defineRule({
  code: 'soa-justification-missing',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.3 d)',
  docs: { en: 'A control excluded from the SoA (`applicable: false`) carries a justification.', fr: 'Une mesure exclue de la DdA (`applicable: false`) porte une justification.' },
  messages: {
    missing: { en: 'Control {id} is excluded without a justification: say why it does not apply.', fr: "La mesure {id} est exclue sans justification : expliquez pourquoi elle ne s’applique pas." },
  },
  check({ declaration, report }) {
    for (const entry of declaration.soa) {
      if (entry.applicable !== false || entry.justification?.trim() || !entry.control) continue;
      report({ messageId: 'missing', at: { file: entry.at.file, path: [...entry.at.path, 'applicable'] }, args: { id: entry.control.id }, data: { control: entry.control.id } });
    }
  },
});
