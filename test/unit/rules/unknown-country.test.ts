import { testRule } from '../ruleTester';

testRule('unknown-country', {
  valid: [
    { name: 'Norway written NO (a string in YAML 1.2)', files: { 'main.hds.yaml': 'scope:\n  storage:\n    - { site: oslo, country: NO }\n' } },
    { name: 'codes outside the EEA are still countries', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc' }, { from: 'IN', basis: 'scc' }]; } },
  ],
  invalid: [
    {
      name: 'a lower-case code',
      change: (d) => { d.scope.storage[0].country = 'fr'; },
      errors: [{
        messageId: 'suggestion', at: 'fr', line: 38, message: 'did you mean ‘FR’?', data: { code: 'fr', suggestion: 'FR' },
        fix: { title: 'Change to ‘FR’', fixed: '      country: FR' },
      }],
    },
    {
      name: 'EL for Greece',
      change: (d) => { d.subcontractors[0].storage_countries = ['EL']; },
      errors: [{ messageId: 'greece', at: 'EL', line: 464, message: 'Greece is GR', data: { code: 'EL', suggestion: 'GR' }, fix: { title: 'Change to ‘GR’', fixed: '      - GR' } }],
    },
    {
      name: 'IC for the Canary Islands, part of Spain',
      change: (d) => { d.scope.storage[0].country = 'IC'; },
      errors: [{
        messageId: 'reserved', at: 'IC', line: 38, data: { code: 'IC', suggestion: 'ES' },
        message: '‘IC’ is not an assigned ISO 3166-1 code: IC is only exceptionally reserved in ISO 3166-1; the Canary Islands, an outermost region (TFEU art. 349), are part of Spain: write ES.',
        fix: { title: 'Change to ‘ES’', fixed: '      country: ES' },
      }],
    },
    {
      name: 'a code that does not exist, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'XX', basis: 'scc' }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'unknown', at: 'XX', line: 466, data: { code: 'XX' } }],
    },
  ],
});
