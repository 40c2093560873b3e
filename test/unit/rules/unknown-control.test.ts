import { testRule } from '../ruleTester';

testRule('unknown-control', {
  valid: [
    { name: 'the first and last control of each theme', change: (d) => { d.risks[0].controls = ['5.1', '5.37', '6.1', '6.8', '7.1', '7.14', '8.1', '8.34']; } },
    { name: 'a bare number YAML reads as a real control (8.1)', files: { 'main.hds.yaml': 'soa:\n  - { control: 8.1, applicable: true }\n' } },
  ],
  invalid: [
    {
      name: 'a control just beyond the last of its theme', change: (d) => { d.risks[0].controls = ['8.35', '5.38']; },
      errors: [
        { messageId: 'suggestion', at: '"8.35"', line: 330, data: { id: '8.35', suggestion: '5.35' }, message: '‘8.35’ is not an ISO/IEC 27001:2022 Annex A control: did you mean ‘5.35’?', fix: { title: 'Change to ‘5.35’', fixed: '      - "5.35"' } },
        { messageId: 'suggestion', at: '"5.38"', line: 331, data: { id: '5.38', suggestion: '5.3' }, message: '‘5.38’ is not an ISO/IEC 27001:2022 Annex A control: did you mean ‘5.3’?', fix: { title: 'Change to ‘5.3’', fixed: '      - "5.3"' } },
      ],
    },
    {
      name: 'a 2013 control number in the SoA', change: (d) => { d.soa[0].control = 'A.9.2.1'; },
      errors: [
        { messageId: 'legacy', at: 'A.9.2.1', line: 41, data: { id: 'A.9.2.1' }, message: '‘A.9.2.1’ is a control number of ISO/IEC 27001:2013; the 2022 edition numbers Annex A controls 5.1 to 8.34.' },
      ],
    },
    {
      name: 'in French', change: (d) => { d.risks[0].controls = ['9.1']; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'suggestion', at: '"9.1"', line: 330, data: { id: '9.1', suggestion: '5.1' }, message: '«\u00a09.1\u00a0» n’est pas une mesure de l’annexe A de l’ISO/IEC 27001:2022\u00a0: vouliez-vous dire «\u00a05.1\u00a0»\u00a0?', fix: { title: 'Remplacer par «\u00a05.1\u00a0»', fixed: '      - "5.1"' } },
      ],
    },
    {
      name: 'an id nothing like a control', change: (d) => { d.risks[0].controls = ['firewall']; },
      errors: [
        { messageId: 'unknown', at: 'firewall', line: 330, data: { id: 'firewall' }, message: '‘firewall’ is not an ISO/IEC 27001:2022 Annex A control.' },
      ],
    },
  ],
});
