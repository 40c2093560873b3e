import { testRule } from '../ruleTester';

testRule('unquoted-control-id', {
  valid: [
    { name: 'quoted ids, double and single', files: { 'main.hds.yaml': 'soa:\n  - { control: "8.10", applicable: true }\n  - { control: \'5.1\', applicable: true }\n' } },
    { name: 'a bare 2013 id is text, not a number', files: { 'main.hds.yaml': 'soa:\n  - { control: A.9.2.1, applicable: true }\n' } },
  ],
  invalid: [
    {
      name: 'a bare 8.10, read as 8.10 and not 8.1', files: { 'main.hds.yaml': 'soa:\n  - { control: 8.10, applicable: true }\n' },
      errors: [
        { messageId: 'unquoted', at: '8.10', line: 1, data: { id: '8.10' }, message: 'Write control ids in quotes ("8.10"): YAML reads a bare 8.10 as a number, which other tools may read as another control.', fix: { title: 'Write it in quotes: "8.10"', fixed: '  - { control: "8.10", applicable: true }' } },
      ],
    },
    {
      name: 'a bare 8.1 in the SoA, in French', files: { 'main.hds.yaml': 'soa:\n  - control: 8.1\n    applicable: true\n' }, options: { locale: 'fr' },
      errors: [
        { messageId: 'unquoted', at: '8.1', line: 1, data: { id: '8.1' }, message: 'Écrivez les identifiants de mesure entre guillemets ("8.1")\u00a0: YAML lit 8.1 sans guillemets comme un nombre, que d’autres outils peuvent prendre pour une autre mesure.', fix: { title: 'L’écrire entre guillemets\u00a0: "8.1"', fixed: '  - control: "8.1"' } },
      ],
    },
    {
      name: 'bare ids in a risk\'s controls', files: { 'main.hds.yaml': 'risks:\n  - id: R-1\n    controls: [5.15, "8.2", 8.20]\n' },
      errors: [
        { messageId: 'unquoted', at: '5.15', line: 2, data: { id: '5.15' }, message: 'Write control ids in quotes ("5.15"): YAML reads a bare 5.15 as a number, which other tools may read as another control.', fix: { title: 'Write it in quotes: "5.15"', fixed: '    controls: ["5.15", "8.2", 8.20]' } },
        { messageId: 'unquoted', at: '8.20', line: 2, data: { id: '8.20' }, message: 'Write control ids in quotes ("8.20"): YAML reads a bare 8.20 as a number, which other tools may read as another control.', fix: { title: 'Write it in quotes: "8.20"', fixed: '    controls: [5.15, "8.2", "8.20"]' } },
      ],
    },
  ],
});
