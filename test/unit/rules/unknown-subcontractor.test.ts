import { testRule } from '../ruleTester';

testRule('unknown-subcontractor', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a misspelled subcontractor in an activity', change: (d) => { d.scope.activities.hardware.by = ['dcc']; }, message: "did you mean ‘dc’?", at: 'dcc', data: { id: 'dcc', activity: 'hardware' } },
    { name: 'an unknown storage operator', change: (d) => { d.scope.storage[0].operator = 'acme-hosting'; }, message: "No subcontractor has the id ‘acme-hosting’." },
  ],
});
