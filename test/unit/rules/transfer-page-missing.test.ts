import { testRule } from '../ruleTester';

testRule('transfer-page-missing', {
  valid: [
    { name: 'everything in the EEA, and the page says so' },
    { name: 'access from outside the EEA with a public page', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'scc' }]; } },
  ],
  invalid: [
    {
      name: 'no page in a declaration that keeps everything in the EEA (backups in La Réunion included)',
      change: (d) => { delete d.transfers; d.scope.storage[0].country = 'RE'; },
      errors: [{ messageId: 'noTransfer', at: 'hds', line: 0, data: { countries: [] }, message: 'EXI-31 requires one even without any transfer' }],
    },
    {
      name: 'the host’s access from Tunisia and no page',
      change: (d) => { delete d.transfers; d.host.remote_access = [{ from: 'TN', basis: 'scc' }]; },
      errors: [{ messageId: 'missing', at: 'hds', line: 0, data: { countries: ['TN'] }, message: 'Data leaves the EEA (‘TN’) but no public transfer page is given' }],
    },
    {
      name: 'a transfers section without a page, storage in Switzerland',
      change: (d) => { d.scope.storage[0].country = 'CH'; d.transfers = {}; },
      errors: [{ messageId: 'missing', at: 'transfers', line: 482, data: { countries: ['CH'] } }],
    },
    {
      name: 'no page, in French',
      change: (d) => { delete d.transfers; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'noTransfer', at: 'hds', line: 0, data: { countries: [] }, message: 'l’EXI-31 en exige une même sans transfert' }],
    },
  ],
});
