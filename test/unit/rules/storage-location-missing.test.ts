import { testRule } from '../ruleTester';

testRule('storage-location-missing', {
  valid: [
    { name: 'a storage site with its country' },
    { name: 'no storage site, but a subcontractor’s storage country', change: (d) => { delete d.scope.storage; } },
    { name: 'storage sites only, no subcontractor storage country', change: (d) => { d.subcontractors[0].storage_countries = []; } },
    {
      name: 'a scope that provides administration only stores nothing',
      change: (d) => {
        d.scope.storage = [];
        d.subcontractors[0].storage_countries = [];
        for (const name of Object.keys(d.scope.activities)) d.scope.activities[name] = { provided: name === 'administration' ? 'in-house' : 'not-provided' };
      },
    },
    { name: 'no scope section at all: missing-section asks for it', change: (d) => { delete d.scope; d.subcontractors[0].storage_countries = []; } },
  ],
  invalid: [
    {
      name: 'an empty storage list and no subcontractor storage country',
      change: (d) => { d.scope.storage = []; d.subcontractors[0].storage_countries = []; },
      errors: [{
        messageId: 'missing', at: 'storage', line: 36,
        message: 'No storage location is declared: no storage site with its country under scope.storage, and no subcontractor storage_countries. EXI-28: document where health data is stored',
      }],
    },
    {
      name: 'a storage site without a country, a storage country left TODO, in French',
      change: (d) => { d.scope.storage = [{ site: 'paris-1', operator: 'dc' }]; d.subcontractors[0].storage_countries = ['TODO']; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'missing', at: 'storage', line: 36, message: 'Aucun lieu de stockage n’est déclaré\u00a0: ni site de stockage avec son pays sous scope.storage' }],
    },
    {
      name: 'no storage key at all: reported on scope',
      change: (d) => { delete d.scope.storage; d.subcontractors[0].storage_countries = []; },
      errors: [{ messageId: 'missing', at: 'scope', line: 18 }],
    },
  ],
});
