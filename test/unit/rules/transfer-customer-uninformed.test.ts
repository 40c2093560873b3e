import { testRule } from '../ruleTester';

testRule('transfer-customer-uninformed', {
  valid: [
    { name: 'no remote access' },
    { name: 'SCC, and the contract clause that tells the customer', change: (d) => { d.host.remote_access = [{ from: 'TN', basis: 'scc', customer_informed: 'Contract §8.4' }]; } },
    { name: 'SCC with a DPF-certified US recipient: an adequacy decision applies', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc', dpf_certified: true }]; } },
    { name: 'BCR from Switzerland, which has an adequacy decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'CH', basis: 'bcr' }]; } },
    { name: 'SCC for access from inside the EEA', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'RE', basis: 'scc' }]; } },
  ],
  invalid: [
    {
      name: 'the host’s support team in Tunis under SCC, the customer not told where',
      change: (d) => { d.host.remote_access = [{ from: 'TN', basis: 'scc' }]; },
      errors: [{
        messageId: 'uninformed', at: 'scc', line: 486, data: { actor: 'host', country: 'TN' },
        message: 'No adequacy decision applies to access from Tunisia (‘TN’), which rests on Standard contractual clauses: the customer must be informed.',
      }],
    },
    {
      name: 'BCR with a US recipient outside the Data Privacy Framework',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'bcr', dpf_certified: false }]; },
      errors: [{ messageId: 'uninformed', at: 'bcr', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'US' } }],
    },
    {
      name: 'India under SCC, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'scc' }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'uninformed', at: 'scc', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'IN' }, message: 'Aucune décision d’adéquation ne s’applique à l’accès depuis ce pays (Inde, «\u00a0IN\u00a0»), fondé sur\u00a0: Clauses contractuelles types\u00a0; le client doit en être informé.' }],
    },
  ],
});
