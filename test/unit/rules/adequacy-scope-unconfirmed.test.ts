import { testRule } from '../ruleTester';

testRule('adequacy-scope-unconfirmed', {
  valid: [
    { name: 'no remote access' },
    { name: 'US adequacy for a DPF-certified recipient', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy', dpf_certified: true }]; } },
    { name: 'US access under SCC: the decision’s scope does not matter', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc', customer_informed: 'Contract §7' }]; } },
    { name: 'Swiss adequacy covers every recipient', change: (d) => { d.host.remote_access = [{ from: 'CH', basis: 'adequacy' }]; } },
  ],
  invalid: [
    {
      name: 'US adequacy, DPF certification not stated',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy' }]; },
      errors: [{
        messageId: 'unconfirmed', at: 'adequacy', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'US', key: 'dpf_certified' },
        message: 'The adequacy decision for United States (‘US’) covers only some recipients: Is the recipient certified under the EU-US Data Privacy Framework and on its active list? Say whether this one is within it (`dpf_certified: true` or `false`).',
      }],
    },
    {
      name: 'the host’s access from Canada and Japan under adequacy',
      change: (d) => { d.host.remote_access = [{ from: 'CA', basis: 'adequacy' }, { from: 'JP', basis: 'adequacy' }]; },
      errors: [
        { messageId: 'unconfirmed', at: 'adequacy', line: 487, data: { actor: 'host', country: 'CA', key: 'pipeda_covered' } },
        { messageId: 'unconfirmed', at: 'adequacy', line: 489, data: { actor: 'host', country: 'JP', key: 'appi_covered' } },
      ],
    },
    {
      name: 'Korea, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'KR', basis: 'adequacy' }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'unconfirmed', at: 'adequacy', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'KR', key: 'pipa_covered' }, message: 'Dites si celui-ci en relève (`pipa_covered: true` ou `false`).' }],
    },
  ],
});
