import { controls } from '../catalog';
import { defineRule } from '../rule';

export default defineRule({
  code: 'soa-control-missing',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.3 d)',
  docs: {
    en: 'The Statement of Applicability lists all 93 Annex A controls, each applicable or excluded with a justification.',
    fr: "La déclaration d’applicabilité liste les 93 mesures de l’annexe A, chacune applicable ou exclue avec justification.",
  },
  messages: {
    missing: {
      en: 'Annex A control {id} ({title}) is missing from the SoA: say whether it applies.',
      fr: "La mesure {id} de l’annexe A ({title}) manque dans la DdA : indiquez si elle s’applique.",
    },
  },
  check({ declaration, report }) {
    const soaSection = declaration.sections.get('soa')?.[0];
    if (!soaSection) return;
    const listed = new Set(declaration.soa.flatMap((entry) => (entry.control ? [entry.control.id] : [])));
    for (const control of controls) {
      if (listed.has(control.id)) continue;
      report({ messageId: 'missing', at: soaSection, part: 'key', args: { id: control.id, title: control.title }, data: { control: control.id } });
    }
  },
});
