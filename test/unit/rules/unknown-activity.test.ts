import { testRule } from '../ruleTester';

testRule('unknown-activity', {
  valid: [{ name: 'the clean declaration' }, { name: 'activities by number', change: (d) => { d.risks[0].activities = [1, 2, 5, 6]; } }],
  invalid: [
    { name: 'a misspelled activity in a risk', change: (d) => { d.risks[0].activities = ['harware']; }, message: "did you mean ‘hardware’?", at: 'harware' },
    { name: 'activity number 7', change: (d) => { d.subcontractors[0].activities = [7]; }, message: "‘7’ is not an HDS activity" },
    { name: 'an unknown activity key in the scope', change: (d) => { d.scope.activities.hosting = { provided: 'in-house' }; }, count: 0 },
  ],
});
