import { testRule } from '../ruleTester';

testRule('unknown-site', {
  valid: [{ name: 'the clean declaration' }, { name: 'a known site', change: (d) => { d.scope.activities.hardware.sites = ['paris-1']; } }],
  invalid: [{ name: 'a misspelled site', change: (d) => { d.scope.activities.hardware.sites = ['paris-2']; }, message: "did you mean ‘paris-1’?", at: 'paris-2' }],
});
