import { testRule } from '../ruleTester';

testRule('invalid-value', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a misspelled enumeration value', change: (d) => { d.scope.activities.backup.provided = 'inhouse'; }, message: "‘inhouse’ is not allowed here: did you mean ‘in-house’?", at: 'inhouse' },
    { name: 'a date that does not exist', change: (d) => { d.certification.hds.expires = '2027-02-30'; }, message: 'YYYY-MM-DD', at: '2027-02-30' },
    { name: 'a list where a mapping is expected', change: (d) => { d.organization = ['x']; }, message: 'a mapping of keys' },
    { name: 'a likelihood out of range', change: (d) => { d.risks[0].likelihood = 9; }, message: 'from 1 to 4' },
    { name: 'a SIREN written as a number', change: (d) => { d.organization.siren = 552100554; }, message: '9 digits' },
    { name: 'hds version 1', change: (d) => { d.hds = 1; }, message: 'did you mean ‘2’?' },
    { name: 'a boolean where an activity is expected', change: (d) => { d.risks[0].activities = [true]; }, message: 'HDS activity name' },
    { name: 'an empty title', change: (d) => { d.risks[0].title = ''; }, message: 'must not be empty' },
    { name: 'a transfer page over plain http', change: (d) => { d.transfers = { public_page: 'http://clinique-test.fr/transfers' }; }, message: 'https' },
  ],
});
