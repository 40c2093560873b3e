import { testRule } from '../ruleTester';

testRule('unknown-site', {
  valid: [
    { name: 'a known site', change: (d) => { d.scope.activities.hardware.sites = ['paris-1']; } },
    { name: 'a site declared after the activity that names it', change: (d) => { d.scope.activities.hardware.sites = ['lyon-2']; d.scope.storage.push({ site: 'lyon-2', country: 'FR', operator: 'dc' }); } },
  ],
  invalid: [
    {
      name: 'a misspelled site', change: (d) => { d.scope.activities.hardware.sites = ['paris-2']; },
      errors: [
        { messageId: 'suggestion', at: 'paris-2', line: 29, data: { id: 'paris-2', suggestion: 'paris-1' }, message: 'No storage site has the id ‘paris-2’: did you mean ‘paris-1’?', fix: { title: 'Change to ‘paris-1’', fixed: '        - paris-1' } },
      ],
    },
    {
      name: 'a site unlike any declared, in French', change: (d) => { d.scope.activities['physical-sites'].sites = ['paris-1', 'montreal']; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'unknown', at: 'montreal', line: 26, data: { id: 'montreal' }, message: 'Aucun site de stockage n’a l’identifiant «\u00a0montreal\u00a0».' },
      ],
    },
    {
      name: 'no storage declared at all', change: (d) => { delete d.scope.storage; d.scope.activities.hardware.sites = ['paris-1']; },
      errors: [
        { messageId: 'unknown', at: 'paris-1', line: 29, data: { id: 'paris-1' }, message: 'No storage site has the id ‘paris-1’.' },
      ],
    },
  ],
});
