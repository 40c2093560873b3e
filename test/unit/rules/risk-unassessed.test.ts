import { testRule } from '../ruleTester';

testRule('risk-unassessed', {
  valid: [
    { name: 'every risk assessed and reduced by a control' },
    { name: 'a risk avoided needs no control', change: (d) => { Object.assign(d.risks[0], { treatment: 'avoid', controls: [] }); } },
    { name: 'a risk accepted with who and when', change: (d) => { Object.assign(d.risks[0], { treatment: 'accept', controls: [], acceptance: { by: 'Dr Martin, RSSI', date: '2026-03-01' } }); } },
  ],
  invalid: [
    {
      name: 'likelihood and impact missing',
      change: (d) => { delete d.risks[0].likelihood; delete d.risks[0].impact; },
      errors: [{
        messageId: 'missing', at: 'R-01', line: 321, data: { risk: 'R-01', missing: ['likelihood', 'impact'] },
        message: 'Risk ‘R-01’ is not assessed yet: ‘likelihood’, ‘impact’ to decide. Until it is, it covers no EXI-05 event. [ISO/IEC 27001 6.1.2]',
      }],
    },
    {
      name: 'placeholders are not answers',
      change: (d) => { d.risks[1].likelihood = 'TODO'; d.risks[1].treatment = 'TBD'; },
      errors: [{ messageId: 'missing', at: 'R-02', line: 331, data: { risk: 'R-02', missing: ['likelihood', 'treatment'] } }],
    },
    {
      name: 'reduced without a control, then with only a placeholder control',
      change: (d) => { d.risks[0].controls = []; d.risks[1].controls = ['TODO']; },
      errors: [
        { messageId: 'noControls', at: 'reduce', line: 328, data: { risk: 'R-01', missing: ['controls'] }, message: 'Risk ‘R-01’ is treated by ‘reduce’ but names no control' },
        { messageId: 'noControls', at: 'reduce', line: 337, data: { risk: 'R-02', missing: ['controls'] } },
      ],
    },
    {
      name: 'accepted without saying who accepted it or when',
      change: (d) => { d.risks[0].treatment = 'accept'; },
      errors: [{
        messageId: 'acceptanceUnrecorded', at: 'accept', line: 328, data: { risk: 'R-01', missing: ['acceptance.by', 'acceptance.date'] },
        message: 'Risk ‘R-01’ is accepted, but the acceptance does not record ‘acceptance.by’, ‘acceptance.date’: the risk owner approves the residual risk (`acceptance: { by, date }`). [ISO/IEC 27001 6.1.3 f)]',
        fix: { title: 'Record the acceptance: who, when, why', fixed: '    acceptance: { by: TODO name and role of the risk owner, date: TODO YYYY-MM-DD, justification: TODO why the risk is accepted rather than treated }' },
      }],
    },
    {
      name: 'accepted by someone, but not dated, in French',
      change: (d) => { d.risks[0].treatment = 'accept'; d.risks[0].acceptance = { by: 'Dr Martin', date: '...' }; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'acceptanceUnrecorded', at: 'accept', line: 328, data: { risk: 'R-01', missing: ['acceptance.date'] },
        message: 'Le risque «\u00a0R-01\u00a0» est accepté, mais l’acceptation n’indique pas «\u00a0acceptance.date\u00a0»',
      }],
    },
  ],
});
