import { testRule } from '../ruleTester';

const scale = (labels: string[]) => labels.map((label, index) => ({ level: index + 1, label }));
const complete = () => ({
  likelihood: scale(['Rare', 'Unlikely', 'Likely', 'Almost certain']),
  impact: scale(['Minor', 'Significant', 'Serious', 'Critical']),
  acceptance_threshold: 6,
  approved_by: 'Comité de direction',
  approved_on: '2026-01-15',
});

testRule('risk-criteria-incomplete', {
  valid: [
    { name: 'complete criteria', change: (d) => { d.risk_criteria = complete(); } },
    { name: 'no risk_criteria: an older declaration, the defaults and the setting apply', change: (d) => { delete d.risk_criteria; } },
  ],
  invalid: [
    {
      name: 'no approver, a placeholder date',
      change: (d) => { d.risk_criteria = { ...complete(), approved_by: undefined, approved_on: 'TODO' }; },
      errors: [{ messageId: 'approval', at: 'risk_criteria', line: 537, data: { missing: ['approved_by', 'approved_on'] }, message: 'The risk criteria do not say ‘approved_by’, ‘approved_on’' }],
    },
    {
      name: 'no threshold: the setting’s applies, and the message says so',
      change: (d) => { d.risk_criteria = { ...complete(), acceptance_threshold: undefined }; },
      options: { riskAcceptanceThreshold: 10 },
      errors: [{ messageId: 'threshold', at: 'risk_criteria', line: 537, data: { missing: 'acceptance_threshold', threshold: 10, thresholdFrom: 'setting' }, message: 'The risk criteria state no acceptance_threshold: the threshold of 10 (setting hds.riskAcceptanceThreshold) applies.' }],
    },
    {
      name: 'no impact scale, in French',
      change: (d) => { d.risk_criteria = { ...complete(), impact: undefined }; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'scale', at: 'risk_criteria', line: 537, data: { missing: 'impact' }, message: 'Les critères de risque ne fixent pas d’échelle impact\u00a0: l’échelle par défaut, de 1 à 4, s’applique.' }],
    },
  ],
});
