import { testRule } from '../ruleTester';

testRule('activity-not-certified', {
  valid: [{ name: 'in-house activities covered by the certificate' }, { name: 'a not-provided activity outside the certificate' }],
  invalid: [
    { name: 'an in-house activity the certificate omits', change: (d) => { d.scope.activities.backup = { provided: 'in-house' }; }, message: /backup/i, at: 'in-house', data: { activity: 'backup' } },
    { name: 'no own certificate at all', change: (d) => { delete d.certification.hds; }, count: 2, message: 'no HDS certificate of the organisation' },
  ],
});
