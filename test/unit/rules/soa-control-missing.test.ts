import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('soa-control-missing', {
  valid: [
    { name: 'all 93 controls listed' },
    { name: 'excluded controls count as listed', change: (d) => { d.soa[92] = { control: '8.34', applicable: false, justification: 'No audit tests on production' }; } },
    { name: 'no soa section at all (missing-section\'s concern)', change: (d) => { delete d.soa; } },
    { name: 'the SoA split over two files', files: (() => { const { main, soa, risks, subcontractors } = splitDeclaration(); return { 'main.hds.yaml': { ...main, ...risks, ...subcontractors, soa: soa.soa.slice(0, 50) }, 'soa.hds.yaml': { soa: soa.soa.slice(50) } }; })() },
  ],
  invalid: [
    {
      name: 'control 8.24 missing', change: (d) => { d.soa = d.soa.filter((entry: { control: string }) => entry.control !== '8.24'); },
      errors: [
        { messageId: 'missing', at: 'soa', line: 40, data: { control: '8.24' }, message: 'Annex A control 8.24 (Use of cryptography) is missing from the SoA: say whether it applies.', fix: { title: 'Add the missing Annex A control to the SoA', fixed: '  - control: "8.24"  # Use of cryptography\n    applicable: TODO' } },
      ],
    },
    {
      name: 'the first control missing, in French: added at the top', change: (d) => { d.soa = d.soa.slice(1); }, options: { locale: 'fr' },
      errors: [
        { messageId: 'missing', at: 'soa', line: 40, data: { control: '5.1' }, message: 'La mesure 5.1 de l’annexe A (Politiques de sécurité de l’information) manque dans la DdA\u00a0: indiquez si elle s’applique.', fix: { title: 'Ajouter à la DdA la mesure manquante de l’annexe A', fixed: '  - control: "5.1"  # Politiques de sécurité de l’information\n    applicable: TODO' } },
      ],
    },
    {
      name: 'the last two controls missing: one fix adds both, at the end', change: (d) => { d.soa = d.soa.slice(0, 91); },
      errors: [
        { messageId: 'missing', at: 'soa', line: 40, data: { control: '8.33' }, message: 'Annex A control 8.33 (Test information) is missing from the SoA: say whether it applies.', fix: { title: 'Add the 2 missing Annex A controls to the SoA', fixed: '  - control: "8.33"  # Test information\n    applicable: TODO\n  - control: "8.34"  # Protection of information systems during audit testing\n    applicable: TODO' } },
        { messageId: 'missing', at: 'soa', line: 40, data: { control: '8.34' }, message: 'Annex A control 8.34 (Protection of information systems during audit testing) is missing from the SoA: say whether it applies.', fix: { title: 'Add the 2 missing Annex A controls to the SoA', fixed: '  - control: "8.33"  # Test information\n    applicable: TODO\n  - control: "8.34"  # Protection of information systems during audit testing\n    applicable: TODO' } },
      ],
    },
    { name: 'an empty SoA: all 93', change: (d) => { d.soa = []; }, errors: 93 },
  ],
});
