import { testRule } from '../ruleTester';

testRule('storage-outside-eea', {
  valid: [
    { name: 'storage in France' },
    { name: 'storage in La Réunion, an outermost region (TFEU art. 349): part of France and of the EU', change: (d) => { d.scope.storage[0].country = 'RE'; } },
    { name: 'the other outermost regions with codes of their own, and Åland', change: (d) => { d.subcontractors[0].storage_countries = ['GP', 'MQ', 'GF', 'YT', 'MF', 'AX']; } },
    { name: 'storage in Norway, Iceland and Liechtenstein (EEA, not EU)', change: (d) => { d.subcontractors[0].storage_countries = ['NO', 'IS', 'LI']; } },
    { name: 'Norway written NO in YAML', files: { 'main.hds.yaml': 'scope:\n  storage:\n    - { site: oslo, country: NO }\n' } },
  ],
  invalid: [
    {
      name: 'a storage site in French Polynesia, an overseas country and territory',
      change: (d) => { d.scope.storage[0].country = 'PF'; },
      errors: [{
        messageId: 'territory', at: 'PF', line: 38, data: { country: 'PF', case: 'oct' },
        message: 'Storage outside the EEA: French Polynesia (‘PF’). Case: Overseas country or territory (OCT) (TFEU art. 355(2) and Annex II), outside the EU and the EEA.',
      }],
    },
    {
      name: 'Svalbard, which the EEA Agreement does not cover, and Gibraltar, outside since the United Kingdom left',
      change: (d) => { d.subcontractors[0].storage_countries = ['SJ', 'GI']; },
      errors: [
        { messageId: 'territory', at: 'SJ', line: 464, data: { country: 'SJ', subcontractor: 'dc', case: 'excluded' }, message: 'EEA Agreement art. 126 and Protocol 40' },
        { messageId: 'territory', at: 'GI', line: 465, data: { country: 'GI', subcontractor: 'dc', case: 'former-eu-territory' } },
      ],
    },
    {
      name: 'a storage site in India, a third country',
      change: (d) => { d.scope.storage[0].country = 'IN'; },
      errors: [{ messageId: 'site', at: 'IN', line: 38, data: { country: 'IN' }, message: 'Storage outside the EEA: India (‘IN’). EXI-28 requires health data to be stored in the EEA only.' }],
    },
    {
      name: 'storage in Switzerland, which has an adequacy decision',
      change: (d) => { d.subcontractors[0].storage_countries = ['CH']; },
      errors: [{ messageId: 'adequacy', at: 'CH', line: 464, data: { country: 'CH', subcontractor: 'dc' }, message: 'an adequacy decision does not change that' }],
    },
    {
      name: 'storage in French Polynesia, in French',
      change: (d) => { d.scope.storage[0].country = 'PF'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'territory', at: 'PF', line: 38, data: { country: 'PF', case: 'oct' }, message: 'Polynésie française («\u00a0PF\u00a0»). Cas\u00a0: Pays ou territoire d’outre-mer (PTOM) (art. 355, §\u00a02, TFUE et annexe II), hors de l’UE et de l’EEE.' }],
    },
    {
      name: 'storage in the United Kingdom, in French',
      change: (d) => { d.scope.storage[0].country = 'GB'; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'adequacy', at: 'GB', line: 38, data: { country: 'GB' }, message: 'Stockage hors de l’EEE\u00a0: Royaume-Uni' }],
    },
  ],
});
