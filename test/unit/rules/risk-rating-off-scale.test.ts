import { testRule } from '../ruleTester';

const fivePoint = () => ({
  likelihood: [1, 2, 3, 4, 5].map((level) => ({ level, label: ['Very rare', 'Rare', 'Possible', 'Likely', 'Almost certain'][level - 1] })),
  impact: [1, 2, 3].map((level) => ({ level, label: ['Minor', 'Serious', 'Critical'][level - 1] })),
  acceptance_threshold: 6,
  approved_by: 'Comité de direction',
  approved_on: '2026-01-15',
});

testRule('risk-rating-off-scale', {
  valid: [
    { name: 'likelihood 5 on the declaration’s five-level scale', change: (d) => { d.risk_criteria = fivePoint(); d.risks[0].likelihood = 5; d.risks[0].impact = 3; } },
    { name: 'a threshold equal to the highest level (no acceptance needs a justification)', change: (d) => { d.risk_criteria = { ...fivePoint(), acceptance_threshold: 15 }; } },
    { name: 'a likelihood of 0 is the schema’s finding (invalid-value), not this one', change: (d) => { d.risks[0].likelihood = 0; } },
  ],
  invalid: [
    {
      name: 'likelihood 5 on the default scale',
      change: (d) => { d.risks[0].likelihood = 5; },
      errors: [{
        messageId: 'rating', at: '5', line: 326, data: { risk: 'R-01', rated: 'likelihood', value: 5, scale: 'default' },
        message: 'Risk ‘R-01’: likelihood 5 is not a level of the likelihood scale (1 Rare, 2 Unlikely, 3 Likely, 4 Almost certain; default scale). [ISO/IEC 27001 6.1.2 a)]',
      }],
    },
    {
      name: 'impact 4 and a residual impact 4 on a declared three-level impact scale, in French',
      change: (d) => { d.risk_criteria = fivePoint(); d.risks[0].impact = 4; d.risks[0].residual = { likelihood: 1, impact: 4 }; },
      options: { locale: 'fr' },
      errors: [
        {
          messageId: 'rating', at: '4', line: 327, data: { risk: 'R-01', rated: 'impact', value: 4, scale: 'declaration' },
          message: 'Risque «\u00a0R-01\u00a0»\u00a0: l’impact 4 n’est pas un niveau de l’échelle d’impact (1 Minor, 2 Serious, 3 Critical\u00a0; risk_criteria de la déclaration).',
          related: [{ messageId: 'scaleHere', at: 'impact', line: 552 }],
        },
        {
          messageId: 'rating', at: '4', line: 333, data: { risk: 'R-01', rated: 'residual.impact', value: 4, scale: 'declaration' },
          message: 'l’impact résiduel 4',
          related: [{ messageId: 'scaleHere', at: 'impact', line: 552 }],
        },
      ],
    },
    {
      name: 'a level listed twice, and a threshold above the highest level',
      change: (d) => { d.risk_criteria = { ...fivePoint(), impact: [{ level: 1, label: 'Minor' }, { level: 1, label: 'Low' }, { level: 2, label: 'Critical' }], acceptance_threshold: 11 }; },
      errors: [
        { messageId: 'duplicateLevel', at: '1', line: 552, data: { rated: 'impact', level: 1 }, message: 'Level 1 is listed twice in the impact scale: each level has one label.' },
        { messageId: 'thresholdAbove', at: '11', line: 556, data: { threshold: 11, highest: 10 }, message: 'The acceptance threshold 11 is above the highest risk level the scales give (10)' },
      ],
    },
  ],
});
