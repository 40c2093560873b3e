import { testRule } from '../ruleTester';

testRule('offer-activity-not-provided', {
  valid: [
    { name: 'no offers' },
    { name: 'no scope section (missing-section’s concern)', change: (d) => { delete d.scope; d.transfers.offers = [{ id: 'o', name: 'Offer', activities: ['backup'] }]; } },
    { name: 'an offer of activities the scope provides, in-house or subcontracted', change: (d) => { d.transfers.offers = [{ id: 'o', name: 'Offer', activities: ['application-platform', 'hardware'] }]; } },
    { name: 'an unknown activity (unknown-activity’s concern)', change: (d) => { d.transfers.offers = [{ id: 'o', name: 'Offer', activities: ['archiving'] }]; } },
    { name: 'an activity whose provision is not yet answered (placeholder-left’s concern)', change: (d) => { d.scope.activities.backup = { provided: 'TODO' }; d.transfers.offers = [{ id: 'o', name: 'Offer', activities: ['backup'] }]; } },
  ],
  invalid: [
    {
      name: 'an offer of an activity the scope does not provide',
      change: (d) => { d.transfers.offers = [{ id: 'o', name: 'Backup vault', activities: ['administration', 'backup'] }]; },
      errors: [{ messageId: 'notProvided', at: 'backup', line: 489, severity: 'warning', data: { offer: 'o', activity: 'backup' }, message: 'The offer ‘Backup vault’ lists ‘backup’, which the scope does not provide: provide it under `scope.activities`, or take it out of the offer. [EXI-31]' }],
    },
    {
      name: 'in French, with the activity written as its number',
      change: (d) => { d.transfers.offers = [{ id: 'o', name: 'Coffre', activities: [3] }]; }, options: { locale: 'fr' },
      errors: [{ messageId: 'notProvided', at: '3', line: 488, data: { offer: 'o', activity: 'virtual-infrastructure' }, message: 'L’offre «\u00a0Coffre\u00a0» mentionne «\u00a0virtual-infrastructure\u00a0», que le périmètre n’assure pas\u00a0: assurez-la sous `scope.activities`, ou retirez-la de l’offre. [EXI-31]' }],
    },
  ],
});
