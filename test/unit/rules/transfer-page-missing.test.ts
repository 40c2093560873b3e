import { testRule } from '../ruleTester';

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
