import { testRule } from '../ruleTester';

const complete = { law: 'US CLOUD Act', mitigations: 'Encryption, keys held in France', residual_risks: 'Low', customer_informed: 'Contract §8.5' };

testRule('law-exposure-incomplete', {
  valid: [
    { name: 'no exposure (none is an answer)' },
    { name: 'a subcontractor’s exposure with mitigations, residual risks and where the customer is told', change: (d) => { d.subcontractors[0].third_country_laws = [complete]; } },
    { name: 'the host’s own exposure, complete', change: (d) => { d.host.third_country_laws = [{ ...complete, law: 'FISA 702' }]; } },
    {
      name: 'one contract clause for EXI-30 tells the customer of every law: no customer_informed needed',
      change: (d) => { d.contract['EXI-30'] = 'Contract, art. 8.5'; d.host.third_country_laws = [{ law: 'FISA 702', mitigations: 'Keys in France', residual_risks: 'Low' }]; },
    },
  ],
  invalid: [
    {
      name: 'the host’s exposure, with nothing but the law',
      change: (d) => { d.host.third_country_laws = [{ law: 'US CLOUD Act' }]; },
      errors: [
        { messageId: 'mitigations', at: 'US CLOUD Act', line: 487, data: { actor: 'host', key: 'mitigations' }, message: 'Exposure to ‘US CLOUD Act’ must state its mitigations (EXI-30): add mitigations.' },
        { messageId: 'residual', at: 'US CLOUD Act', line: 487, data: { actor: 'host', key: 'residual_risks' }, message: 'Exposure to ‘US CLOUD Act’ must state its residual risks (EXI-30): add residual_risks.' },
        { messageId: 'customer', at: 'US CLOUD Act', line: 487, data: { actor: 'host', key: 'customer_informed' }, message: 'must say where the contract tells the customer about it (EXI-30): add customer_informed' },
      ],
    },
    {
      name: 'a subcontractor’s blank residual risks',
      change: (d) => { d.subcontractors[0].third_country_laws = [{ ...complete, law: 'FISA 702', residual_risks: '  ' }]; },
      errors: [{ messageId: 'residual', at: 'FISA 702', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'residual_risks' } }],
    },
    {
      name: 'the customer left uninformed, in French',
      change: (d) => { d.subcontractors[0].third_country_laws = [{ ...complete, customer_informed: undefined }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'customer', at: 'US CLOUD Act', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'customer_informed' }, message: 'doit dire où le contrat en informe le client (EXI-30)\u00a0: ajoutez customer_informed' }],
    },
    {
      name: 'a contract EXI-30 written “none” informs no one',
      change: (d) => { d.contract['EXI-30'] = 'none'; d.subcontractors[0].third_country_laws = [{ ...complete, customer_informed: undefined }]; },
      errors: [{ messageId: 'customer', at: 'US CLOUD Act', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'customer_informed' } }],
    },
  ],
});
