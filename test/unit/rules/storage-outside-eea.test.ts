import { testRule } from '../ruleTester';

testRule('storage-outside-eea', {
  valid: [
    { name: 'storage in France' },
    { name: 'storage in Norway, Iceland and Liechtenstein (EEA, not EU)', change: (d) => { d.subcontractors[0].storage_countries = ['NO', 'IS', 'LI']; } },
    { name: 'Norway written NO in YAML', files: { 'main.hds.yaml': 'scope:\n  storage:\n    - { site: oslo, country: NO }\n' } },
  ],
  invalid: [
    { name: 'a storage site in the United States', change: (d) => { d.scope.storage[0].country = 'US'; }, message: 'Storage outside the EEA: United States', at: 'US' },
    {
      name: 'storage in Switzerland, which has an adequacy decision',
      change: (d) => { d.subcontractors[0].storage_countries = ['CH']; },
      message: 'an adequacy decision does not change that',
      data: { country: 'CH', subcontractor: 'dc' },
    },
    { name: 'storage in the United Kingdom, in French', change: (d) => { d.scope.storage[0].country = 'GB'; }, options: { locale: 'fr' }, message: "Stockage hors de l'EEE : Royaume-Uni" },
  ],
});
