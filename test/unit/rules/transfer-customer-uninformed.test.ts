import { testRule } from '../ruleTester';

testRule('transfer-customer-uninformed', {
  valid: [
    { name: 'no remote access' },
    { name: 'SCC, and the contract clause that tells the customer', change: (d) => { d.host.remote_access = [{ from: 'TN', basis: 'scc', customer_informed: 'Contract §8.4' }]; } },
    { name: 'access from inside the EEA is no transfer', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'RE', basis: 'scc' }, { from: 'NO' }]; } },
    {
      name: 'one contract clause for EXI-29 informs the customer of every access, the host’s and the subcontractors’',
      change: (d) => {
        d.contract['EXI-29'] = 'Contract, art. 8.4 (remote access)';
        d.host.remote_access = [{ from: 'TN', basis: 'scc' }];
        d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy', dpf_certified: true }];
      },
    },
  ],
  invalid: [
    {
      name: 'the host’s support team in Tunis under SCC, the customer not told where: no adequacy decision to tell of',
      change: (d) => { d.host.remote_access = [{ from: 'TN', basis: 'scc' }]; },
      errors: [{
        messageId: 'noAdequacy', at: 'scc', line: 487, data: { actor: 'host', country: 'TN' },
        message: 'No adequacy decision applies to access from Tunisia (‘TN’), which rests on Standard contractual clauses: the host must inform the customer that there is none and which safeguards frame the access (EXI-29).',
      }],
    },
    {
      name: 'BCR with a US recipient outside the Data Privacy Framework',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'bcr', dpf_certified: false }]; },
      errors: [{ messageId: 'noAdequacy', at: 'bcr', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'US' } }],
    },
    {
      name: 'India under SCC, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'scc' }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'noAdequacy', at: 'scc', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'IN' }, message: 'Aucune décision d’adéquation ne s’applique à l’accès depuis ce pays (Inde, «\u00a0IN\u00a0»), fondé sur\u00a0: Clauses contractuelles types\u00a0; l’hébergeur doit informer le client de cette absence et des garanties qui encadrent l’accès (EXI-29).' }],
    },
    {
      name: 'an adequacy decision does not spare the information: Switzerland, on the access’s country (decree no. 2026-209)',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'CH', basis: 'bcr' }]; },
      errors: [{
        messageId: 'uninformed', at: 'CH', line: 466, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'CH' },
        message: 'Access from Switzerland (‘CH’) is a transfer outside the EEA: the hosting contract must inform the customer of it, adequacy decision or not (decree no. 2026-209). Say where with customer_informed, or give the clause under contract: EXI-29.',
      }],
    },
    {
      name: 'SCC with a DPF-certified US recipient: an adequacy decision applies, the transfer is still told, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc', dpf_certified: true }]; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'uninformed', at: 'US', line: 466, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'US' },
        message: 'L’accès depuis ce pays (États-Unis, «\u00a0US\u00a0») est un transfert hors de l’EEE\u00a0: le contrat d’hébergement doit en informer le client, qu’une décision d’adéquation s’applique ou non (décret n° 2026-209).',
      }],
    },
    {
      name: 'a subcontractor under the host’s supervision, with no basis yet: its access is a transfer too',
      change: (d) => { d.subcontractors[0].under_host_supervision = true; d.subcontractors[0].remote_access = [{ from: 'MA' }]; },
      errors: [{ messageId: 'uninformed', at: 'MA', line: 466, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'MA' } }],
    },
    {
      name: 'a placeholder is no answer: TODO in customer_informed, N/A as the EXI-29 clause',
      change: (d) => { d.contract['EXI-29'] = 'N/A'; d.host.remote_access = [{ from: 'JP', basis: 'adequacy', appi_covered: true, customer_informed: 'TODO' }]; },
      errors: [{ messageId: 'uninformed', at: 'JP', line: 487, data: { actor: 'host', country: 'JP' } }],
    },
  ],
});
