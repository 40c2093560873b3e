import { testRule } from '../ruleTester';

const accepted = (likelihood: number, impact: number, acceptance: Record<string, string> = {}) => ({
  likelihood, impact, treatment: 'accept', controls: [], acceptance: { by: 'Dr Martin, RSSI', date: '2026-03-01', ...acceptance },
});

testRule('risk-acceptance-unjustified', {
  valid: [
    { name: 'accepted at level 8, the default threshold, needs no justification', change: (d) => { Object.assign(d.risks[0], accepted(2, 4)); } },
    { name: 'accepted at level 16 with a justification', change: (d) => { Object.assign(d.risks[0], accepted(4, 4, { justification: 'Replacing the vendor is planned for 2027; until then logs are reviewed weekly.' })); } },
    { name: 'accepted at level 12 under a threshold of 12', change: (d) => { Object.assign(d.risks[0], accepted(3, 4)); }, options: { riskAcceptanceThreshold: 12 } },
    { name: 'accepted at level 12 under the declaration’s threshold of 12, which wins over a setting of 4', change: (d) => { d.risk_criteria = { acceptance_threshold: 12, approved_by: 'Comité de direction', approved_on: '2026-01-15' }; Object.assign(d.risks[0], accepted(3, 4)); }, options: { riskAcceptanceThreshold: 4 } },
    { name: 'level 16 reduced by controls is not an acceptance', change: (d) => { Object.assign(d.risks[0], { likelihood: 4, impact: 4 }); } },
  ],
  invalid: [
    {
      name: 'accepted at level 9 without a justification',
      change: (d) => { Object.assign(d.risks[0], accepted(3, 3)); },
      errors: [{
        messageId: 'unjustified', at: 'accept', line: 328, data: { risk: 'R-01', level: 9, threshold: 8, thresholdFrom: 'default' },
        message: 'Risk ‘R-01’ is accepted at level 9 (3 × 3), above the acceptance threshold of 8 (default): say why under acceptance.justification, or treat the risk. [ISO/IEC 27001 6.1.3 f)]',
      }],
    },
    {
      name: 'a placeholder justification, under a threshold of 4, in French',
      change: (d) => { Object.assign(d.risks[1], accepted(2, 3, { justification: 'TODO' })); },
      options: { riskAcceptanceThreshold: 4, locale: 'fr' },
      errors: [{
        messageId: 'unjustified', at: 'accept', line: 338, data: { risk: 'R-02', level: 6, threshold: 4, thresholdFrom: 'setting' },
        message: 'Le risque «\u00a0R-02\u00a0» est accepté au niveau 6 (2 × 3), au-dessus du seuil d’acceptation de 4 (réglage hds.riskAcceptanceThreshold)\u00a0:',
      }],
    },
    {
      name: 'the declaration’s threshold of 4 wins over a setting of 12, and the finding points at it',
      change: (d) => { d.risk_criteria = { acceptance_threshold: 4, approved_by: 'Comité de direction', approved_on: '2026-01-15' }; Object.assign(d.risks[0], accepted(2, 3)); },
      options: { riskAcceptanceThreshold: 12 },
      errors: [{
        messageId: 'unjustified', at: 'accept', line: 328, data: { risk: 'R-01', level: 6, threshold: 4, thresholdFrom: 'declaration' },
        message: 'above the acceptance threshold of 4 (risk_criteria of the declaration):',
        related: [{ messageId: 'thresholdHere', at: '4', line: 540 }],
      }],
    },
  ],
});
