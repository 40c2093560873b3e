// Data sovereignty: EXI-28 to EXI-31.
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

testRule('remote-access-without-basis', {
  valid: [
    { name: 'no remote access' },
    { name: 'access from inside the EEA needs no basis', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'DE' }]; } },
    { name: 'access from India under SCC', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'scc' }]; } },
    { name: 'access from Switzerland under its adequacy decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'CH', basis: 'adequacy' }]; } },
  ],
  invalid: [
    { name: 'access from India with no basis', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN' }]; }, message: 'without a GDPR legal basis', at: 'IN' },
    { name: 'access from Japan with no basis suggests adequacy', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'JP' }]; }, message: 'basis: adequacy would do' },
    { name: 'adequacy claimed for a country without a decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'adequacy' }]; }, message: 'No EU adequacy decision covers India', at: 'adequacy' },
  ],
});

testRule('law-exposure-incomplete', {
  valid: [
    { name: 'no exposure' },
    { name: 'an exposure with mitigations and residual risks', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'US CLOUD Act', mitigations: 'Encryption', residual_risks: 'Low' }]; } },
  ],
  invalid: [
    { name: 'an exposure with neither', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'US CLOUD Act' }]; }, count: 2, at: 'US CLOUD Act' },
    { name: 'blank residual risks', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'FISA 702', mitigations: 'Encryption', residual_risks: '  ' }]; }, message: 'residual risks' },
  ],
});

testRule('transfer-page-missing', {
  valid: [
    { name: 'everything in the EEA' },
    { name: 'access from outside the EEA with a public page', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc' }]; d.transfers = { public_page: 'https://example.fr/transfers' }; } },
  ],
  invalid: [
    { name: 'access from the US and no page', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc' }]; }, message: 'Data leaves the EEA (‘US’)' },
    { name: 'a transfers section without a page', change: (d) => { d.scope.storage[0].country = 'CH'; d.transfers = {}; }, at: 'transfers' },
  ],
});
